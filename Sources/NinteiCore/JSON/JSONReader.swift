/// Reads a JSON value strictly, remembering where it is, so every refusal names the key path.
public struct JSONReader: Sendable {
    public let value: JSONValue
    public let path: JSONPath

    public init(_ value: JSONValue, path: JSONPath = .root) {
        self.value = value
        self.path = path
    }

    public func fail(_ message: LocalizedText) -> DataError {
        DataError(path: path, message: message)
    }

    func wrongKind(expected: LocalizedText) -> DataError {
        fail(LocalizedText(
            ja: "\(expected.ja)が必要ですが、\(value.kindName.ja)です",
            en: "expected \(expected.en), found \(value.kindName.en)"))
    }

    public func string() throws(DataError) -> String {
        guard case .string(let text) = value else {
            throw wrongKind(expected: LocalizedText(ja: "文字列", en: "a string"))
        }
        return text
    }

    public func bool() throws(DataError) -> Bool {
        guard case .bool(let flag) = value else {
            throw wrongKind(expected: LocalizedText(ja: "真偽値（true / false）", en: "a boolean (true / false)"))
        }
        return flag
    }

    public func number() throws(DataError) -> Double {
        guard case .number(let number) = value else {
            throw wrongKind(expected: LocalizedText(ja: "数値", en: "a number"))
        }
        return number
    }

    public func integer() throws(DataError) -> Int {
        guard case .number(let number) = value else {
            throw wrongKind(expected: LocalizedText(ja: "整数", en: "a whole number"))
        }
        guard number.rounded() == number, abs(number) < 1e15 else {
            throw fail(LocalizedText(ja: "整数が必要ですが、\(number.plainText) です", en: "expected a whole number, found \(number.plainText)"))
        }
        return Int(number)
    }

    public func array() throws(DataError) -> [JSONReader] {
        guard case .array(let elements) = value else {
            throw wrongKind(expected: LocalizedText(ja: "配列", en: "an array"))
        }
        return elements.enumerated().map { JSONReader($0.element, path: path.appending(index: $0.offset)) }
    }

    public func object() throws(DataError) -> ObjectReader {
        guard case .object(let members) = value else {
            throw wrongKind(expected: LocalizedText(ja: "オブジェクト（{ … }）", en: "an object ({ … })"))
        }
        return ObjectReader(members: members, path: path)
    }

    /// The text of a `{"ja": …, "en": …}` object.
    public func localizedText() throws(DataError) -> LocalizedText {
        let object = try self.object()
        let text = LocalizedText(ja: try object.required("ja").string(), en: try object.required("en").string())
        try object.finish()
        return text
    }
}

/// Reads the members of one JSON object; `finish()` refuses any key that was not read,
/// so a misspelt key is an error instead of being ignored.
public final class ObjectReader {
    public let path: JSONPath
    private let members: [(key: String, value: JSONValue)]
    /// Which members were read, by position (hashing each key cost more than the reading).
    private var read: [Bool]

    init(members: [(key: String, value: JSONValue)], path: JSONPath) {
        self.members = members
        self.path = path
        read = Array(repeating: false, count: members.count)
    }

    public var keys: [String] { members.map(\.key) }

    public func contains(_ key: String) -> Bool {
        members.contains { $0.key == key }
    }

    public func optional(_ key: String) -> JSONReader? {
        guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
        for other in index..<members.count where members[other].key == key { read[other] = true }
        let member = members[index]
        if case .null = member.value { return nil }
        return JSONReader(member.value, path: path.appending(key))
    }

    public func required(_ key: String) throws(DataError) -> JSONReader {
        guard let reader = optional(key) else {
            throw DataError(path: path.appending(key), message: LocalizedText(
                ja: "必須のキー「\(key)」がありません", en: "the required key \"\(key)\" is missing"))
        }
        return reader
    }

    /// Every member not yet read, as readers (for maps keyed by id).
    public func remaining() -> [(key: String, reader: JSONReader)] {
        let unread = members.indices.filter { !read[$0] }
        for index in unread { read[index] = true }
        return unread.map { (members[$0].key, JSONReader(members[$0].value, path: path.appending(members[$0].key))) }
    }

    public func finish() throws(DataError) {
        if let unknown = members.indices.first(where: { !read[$0] }).map({ members[$0] }) {
            throw DataError(path: path.appending(unknown.key), message: LocalizedText(
                ja: "知らないキー「\(unknown.key)」です（綴りを確認してください）",
                en: "unknown key \"\(unknown.key)\" (check the spelling)"))
        }
    }
}

extension Double {
    /// A number as a person writes it: 45 rather than 45.0, 61.5 as is.
    public var plainText: String {
        if rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}

extension JSONReader {
    /// A string that must be one of an enumeration's raw values.
    public func oneOf<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) throws(DataError) -> Value where Value.RawValue == String {
        let raw = try string()
        guard let value = Value(rawValue: raw) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(LocalizedText(ja: "「\(raw)」は使えません（\(allowed) のどれか）", en: "\"\(raw)\" is not allowed (one of \(allowed))"))
        }
        return value
    }
}

extension JSONReader {
    /// A date written `YYYY-MM-DD` that exists on the calendar.
    public func isoDate() throws(DataError) -> LocalDate {
        let text = try string()
        guard let date = LocalDate(iso: text) else {
            throw fail(LocalizedText(
                ja: "日付「\(text)」は YYYY-MM-DD（例 2023-07-14）の形の実在する日付で書いてください",
                en: "the date \"\(text)\" must be a real date written YYYY-MM-DD (e.g. 2023-07-14)"))
        }
        return date
    }
}

extension JSONReader {
    /// Parses a data file's text and reads it with `read`; a syntax error and a wrong value
    /// keep their kinds, so the message names the line and column or the key path.
    public static func readDocument<T>(_ text: String, _ read: (JSONReader) throws(DataError) -> T) throws(DocumentReadError) -> T {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw .syntax(error)
        }
        do {
            return try read(JSONReader(value))
        } catch {
            throw .invalid(error)
        }
    }
}

extension ObjectReader {
    /// Checks the file's `schema` key: each data format names its version there.
    public func requireSchema(_ schema: String) throws(DataError) {
        let schemaReader = try required("schema")
        guard try schemaReader.string() == schema else {
            throw schemaReader.fail(LocalizedText(ja: "「\(schema)」が必要です", en: "expected \"\(schema)\""))
        }
    }
}
