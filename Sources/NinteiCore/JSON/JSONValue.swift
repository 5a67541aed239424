/// A JSON value that keeps object keys in document order and tells booleans from numbers,
/// so documents can be read strictly and written back in a stable shape.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            // Key order carries no meaning in JSON; compare as maps.
            guard a.count == b.count else { return false }
            let right = Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            return a.allSatisfy { right[$0.key] == $0.value }
        default: return false
        }
    }

    /// The kind of value, in words, for error messages.
    public var kindName: LocalizedText {
        switch self {
        case .null: return LocalizedText(ja: "null", en: "null")
        case .bool: return LocalizedText(ja: "真偽値", en: "a boolean")
        case .number: return LocalizedText(ja: "数値", en: "a number")
        case .string: return LocalizedText(ja: "文字列", en: "a string")
        case .array: return LocalizedText(ja: "配列", en: "an array")
        case .object: return LocalizedText(ja: "オブジェクト", en: "an object")
        }
    }
}
