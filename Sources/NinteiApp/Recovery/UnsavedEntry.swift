import Foundation
import NinteiCore

/// What a person typed into one field of a case and the store did not take (someone else saved
/// the case first, or the store could not be written), kept so it can be offered back.
struct UnsavedEntry: Equatable {
    let storePath: String
    let caseID: Int64
    let fieldPath: JSONPath
    let fieldLabel: String
    /// The value as typed; for text the officer had not finished (an unreadable date), the raw text.
    let value: JSONValue?
    /// Why it was not saved, in the language of the session that lost it.
    let reason: String
    let login: String
    let at: String

    /// The typed value as a person reads it: the text itself, else its JSON.
    var typedText: String {
        guard let value else { return "" }
        if case .string(let text) = value { return text }
        return JSONWriter.write(value, pretty: false)
    }

    var json: JSONValue {
        .object([
            ("format", .string("nintei-unsaved-entry/1")),
            ("store", .string(storePath)),
            ("case", .number(Double(caseID))),
            ("field", .string(fieldPath.description)),
            ("label", .string(fieldLabel)),
            ("value", value ?? .null),
            ("reason", .string(reason)),
            ("login", .string(login)),
            ("at", .string(at)),
        ])
    }

    init(storePath: String, caseID: Int64, fieldPath: JSONPath, fieldLabel: String, value: JSONValue?, reason: String, login: String, at: String) {
        self.storePath = storePath
        self.caseID = caseID
        self.fieldPath = fieldPath
        self.fieldLabel = fieldLabel
        self.value = value
        self.reason = reason
        self.login = login
        self.at = at
    }

    /// Reads a recovery file's JSON; nil when it is not one (a stray file in the folder).
    init?(json: JSONValue) {
        guard case .object(let members) = json else { return nil }
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        func text(_ key: String) -> String? {
            if case .string(let text)? = member(key) { return text }
            return nil
        }
        guard text("format") == "nintei-unsaved-entry/1", let store = text("store"),
              case .number(let number)? = member("case"), let field = text("field").flatMap(JSONPath.init(parsing:))
        else { return nil }
        let value = member("value")
        self.init(
            storePath: store, caseID: Int64(number), fieldPath: field, fieldLabel: text("label") ?? field.description,
            value: value == .null ? nil : value, reason: text("reason") ?? "", login: text("login") ?? "", at: text("at") ?? "")
    }
}

extension UnsavedEntry {
    /// The local time, as a person reads it in the recovery dialog: 2026-11-29 16:40:03.
    static func now() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date())
    }
}
