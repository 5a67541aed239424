import GRDB
import NinteiCore

/// How a contact with the firm was made (ヒアリング: "by phone or mail where possible").
public enum ContactChannel: String, Sendable, CaseIterable, Codable {
    case phone
    case mail
    case visit

    public var label: LocalizedText {
        switch self {
        case .phone: return LocalizedText(ja: "電話", en: "phone")
        case .mail: return LocalizedText(ja: "メール", en: "mail")
        case .visit: return LocalizedText(ja: "訪問", en: "visit")
        }
    }
}

public struct ContactEntry: Sendable, Equatable, Codable {
    public let id: Int64
    public let date: LocalDate
    public let channel: ContactChannel
    public let note: String
    public let recordedBy: String
}

extension Store {
    /// Records a contact with the firm on a case; officers only, any status.
    @discardableResult
    public func addContact(caseID: Int64, date: LocalDate, channel: ContactChannel, note: String) throws(StoreError) -> Int64 {
        try EntryLimits.contactNote.check(note)
        return try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkRecordContact(roles: roles) }
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \"case\" WHERE id = ?)", arguments: [caseID]) == true else {
                throw StoreError.noSuchCase(caseID)
            }
            try db.execute(
                sql: "INSERT INTO contact (caseId, date, channel, note, recordedAt, recordedBy) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [caseID, date.iso, channel.rawValue, note, Store.now(), identity.login])
            let id = db.lastInsertedRowID
            try AuditLog.append(db, login: identity.login, caseID: caseID, action: "contact.add", before: nil, after: "\(date.iso) \(channel.rawValue): \(note)")
            return id
        }
    }

    /// The contact log of a case: officers, and the committee for a case on an agenda (it is in the packet).
    public func contacts(caseID: Int64) throws(StoreError) -> [ContactEntry] {
        try read { db in
            try requireRead(db, .contacts, caseID: caseID)
            return try contactRows(db, caseID: caseID)
        }
    }

    func contactRows(_ db: Database, caseID: Int64) throws -> [ContactEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM contact WHERE caseId = ? ORDER BY date, id", arguments: [caseID]).compactMap { row in
            guard let date = LocalDate(iso: row["date"]), let channel = ContactChannel(rawValue: row["channel"]) else { return nil }
            return ContactEntry(id: row["id"], date: date, channel: channel, note: row["note"], recordedBy: row["recordedBy"])
        }
    }
}
