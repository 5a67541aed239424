/// One field of a document changed: where, and the value before and after (nil = absent).
/// The store saves and audits at this granularity.
public struct FieldChange: Sendable, Equatable {
    public let path: JSONPath
    public let before: JSONValue?
    public let after: JSONValue?
}

/// A document with one field changed: the document read back strictly, the change, and the
/// document as written (what a store keeps), so a save writes the JSON tree once.
public struct DocumentEdit: Sendable {
    public let document: ApplicationDocument
    public let change: FieldChange
    public let json: JSONValue
}

/// Changes one field of an application document and reads the result strictly, so a save is
/// checked by exactly the rules an imported document is.
public enum DocumentEditor {
    public static func set(
        _ value: JSONValue?, at path: JSONPath, in document: ApplicationDocument, checklists: ChecklistLibrary
    ) throws(DocumentReadError) -> DocumentEdit {
        guard let checklist = checklists.checklist(document.checklistID) else {
            throw .invalid(DataError(path: JSONPath([.key("checklist")]), message: LocalizedText(
                ja: "チェックシート「\(document.checklistID)」は知りません", en: "unknown checklist \"\(document.checklistID)\"")))
        }
        guard !path.components.isEmpty else {
            throw .invalid(DataError(path: path, message: LocalizedText(ja: "項目の場所が空です", en: "the field path is empty")))
        }
        // Text too long for its field is refused before the document is copied and read.
        if let value {
            do throws(DataError) {
                try InputLimits.check(value, at: path)
            } catch {
                throw .invalid(error)
            }
        }
        // A renewal made new keeps nothing of the renewal behind the officer's back: the previous
        // certificate number is cleared by its own edit first.
        if path == JSONPath([.key("kind")]), value == .string(ApplicationKind.new.rawValue), let previous = document.previousCertificate {
            throw .invalid(DataError(path: path, message: LocalizedText(
                ja: "前回の認定番号（\(previous)）が入っているので新規にできません。先に前回の認定番号を消してください",
                en: "the previous certificate number (\(previous)) is filled in, so this cannot be a new application; clear the previous certificate number first")))
        }
        var current = ApplicationWriter.json(document, checklist: checklist)
        // Filling in evidence of an item not yet answered starts its answer as blank.
        if path.components.count > 2, path.components[0] == .key("answers"), case .key = path.components[1],
           current.value(at: path.components.prefix(2)) == nil {
            current = current.setting(.object([("mark", .string(Mark.blank.rawValue))]), at: path.components.prefix(2))
        }
        let before = current.value(at: path.components[...])
        let changed = current.setting(value, at: path.components[...])
        let edited: ApplicationDocument
        do {
            edited = try ApplicationReader.read(JSONReader(changed), checklists: checklists)
        } catch {
            throw .invalid(error)
        }
        let written = ApplicationWriter.json(edited, checklist: checklist)
        return DocumentEdit(document: edited, change: FieldChange(path: path, before: before, after: written.value(at: path.components[...])), json: written)
    }
}

extension JSONPath {
    /// Parses `answers.2-3.options[1]`; nil when the text is not a path.
    public init?(parsing text: String) {
        var components: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let key = rest.prefix { $0 != "[" }
            guard !key.isEmpty else { return nil }
            components.append(.key(String(key)))
            rest = rest.dropFirst(key.count)
            while rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0 else { return nil }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { return nil }
        }
        self.init(components)
    }
}

extension JSONValue {
    func value(at path: ArraySlice<JSONPath.Component>) -> JSONValue? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case let (.object(members), .key(key)):
            return members.first { $0.key == key }?.value.value(at: path.dropFirst())
        case let (.array(elements), .index(index)):
            return index < elements.count ? elements[index].value(at: path.dropFirst()) : nil
        default:
            return nil
        }
    }

    /// A copy with `value` at `path` (nil removes it), making the objects on the way.
    func setting(_ value: JSONValue?, at path: ArraySlice<JSONPath.Component>) -> JSONValue {
        guard let first = path.first else { return value ?? .null }
        switch first {
        case .key(let key):
            var members: [(key: String, value: JSONValue)]
            if case .object(let existing) = self { members = existing } else { members = [] }
            let index = members.firstIndex { $0.key == key }
            if path.count == 1 && value == nil {
                if let index { members.remove(at: index) }
                return .object(members)
            }
            let child = index.map { members[$0].value } ?? .object([])
            let updated = child.setting(value, at: path.dropFirst())
            if let index { members[index].value = updated } else { members.append((key, updated)) }
            return .object(members)
        case .index(let position):
            var elements: [JSONValue]
            if case .array(let existing) = self { elements = existing } else { elements = [] }
            if path.count == 1 && value == nil {
                if position < elements.count { elements.remove(at: position) }
                return .array(elements)
            }
            if position < elements.count {
                elements[position] = elements[position].setting(value, at: path.dropFirst())
            } else {
                elements.append(JSONValue.object([]).setting(value, at: path.dropFirst()))
            }
            return .array(elements)
        }
    }
}

extension JSONValue {
    /// The value at a key path; nil when absent.
    public func value(at path: JSONPath) -> JSONValue? {
        value(at: path.components[...])
    }
}
