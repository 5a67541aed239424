import Foundation

/// How the model's values travel between the office server and its clients (JSON, through
/// `Codable`). A document travels in the public application format, so the API carries what
/// `nintei export` writes; reading it needs the checklists, which the coder's `userInfo` holds.
extension CodingUserInfoKey {
    /// The `ChecklistLibrary` that documents are written and read with.
    public static let checklistLibrary = CodingUserInfoKey(rawValue: "nintei.checklistLibrary")!
    /// The `DocumentRules` a document read from the wire is held to (`.incoming` on the server).
    public static let documentRules = CodingUserInfoKey(rawValue: "nintei.documentRules")!
}

/// A value missing from a coder's `userInfo`: a programming error of the side that coded.
struct WireContextMissing: Error, CustomStringConvertible {
    let what: String
    var description: String { "the coder has no \(what) in its userInfo" }
}

extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date (YYYY-MM-DD): \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !array.isAtEnd { values.append(try array.decode(JSONValue.self)) }
            self = .array(values)
        } else if let object = try? decoder.container(keyedBy: AnyKey.self) {
            self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let bool = try? single.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? single.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try single.decode(String.self))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .number(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .string(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .array(let values):
            var array = encoder.unkeyedContainer()
            for value in values { try array.encode(value) }
        case .object(let members):
            var object = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in members { try object.encode(value, forKey: AnyKey(key)) }
        }
    }
}

/// A path travels as its components: keys as strings, indexes as numbers (`["answers", "1-1"]`).
extension JSONPath: Codable {
    public init(from decoder: any Decoder) throws {
        var array = try decoder.unkeyedContainer()
        var components: [Component] = []
        while !array.isAtEnd {
            if let index = try? array.decode(Int.self) {
                components.append(.index(index))
            } else {
                components.append(.key(try array.decode(String.self)))
            }
        }
        self.init(components)
    }

    public func encode(to encoder: any Encoder) throws {
        var array = encoder.unkeyedContainer()
        for component in components {
            switch component {
            case .key(let key): try array.encode(key)
            case .index(let index): try array.encode(index)
            }
        }
    }
}

extension ApplicationDocument: Codable {
    public init(from decoder: any Decoder) throws {
        guard let checklists = decoder.userInfo[.checklistLibrary] as? ChecklistLibrary else {
            throw WireContextMissing(what: "checklist library")
        }
        let rules = decoder.userInfo[.documentRules] as? DocumentRules ?? .incoming
        let json = JSONWriter.write(try JSONValue(from: decoder), pretty: false)
        do {
            self = try ApplicationReader.read(json, checklists: checklists, rules: rules)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.text(.en), underlyingError: error))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        guard let checklists = encoder.userInfo[.checklistLibrary] as? ChecklistLibrary else {
            throw WireContextMissing(what: "checklist library")
        }
        guard let checklist = checklists.checklist(checklistID) else {
            throw EncodingError.invalidValue(checklistID, .init(codingPath: encoder.codingPath, debugDescription: "unknown checklist \(checklistID)"))
        }
        try ApplicationWriter.json(self, checklist: checklist).encode(to: encoder)
    }
}

struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
