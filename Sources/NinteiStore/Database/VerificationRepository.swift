import GRDB
import NinteiCore

/// What verifying one field found: the two entries agreed, or they differ and the verifier must
/// say which one the paper agrees with (the first entry and who keyed it are given only then),
/// or the judgement was recorded (with the case as it is after a correction).
public struct VerificationCheck: Sendable, Equatable, Codable {
    public enum Result: String, Sendable, Codable {
        case matched, differs, kept, corrected
    }

    public let result: Result
    /// The first entry, when the entries differ (nil for an empty field).
    public let firstEntry: JSONValue?
    public let keyedBy: String
    /// The case after the check (a correction gives it a new revision).
    public let snapshot: CaseSnapshot
}

/// The office's settings kept in the store, so that every process and the office server hold
/// the same ones, changed only by an administrator and in the audit log.
public struct OfficeSettings: Sendable, Equatable, Codable {
    /// A case is submitted only when every field is verified by a second officer.
    public var verificationRequired: Bool

    public init(verificationRequired: Bool = false) {
        self.verificationRequired = verificationRequired
    }
}

enum VerificationMigration {
    static func migrate(_ db: Database) throws {
        try db.create(table: "fieldVerification") { table in
            table.column("caseId", .integer).notNull().references("case")
            table.column("path", .text).notNull()
            table.column("keyedBy", .text).notNull()
            table.column("verifiedBy", .text).notNull()
            table.column("outcome", .text).notNull()
            table.column("verifiedAt", .text).notNull()
            table.column("value", .text)
            table.primaryKey(["caseId", "path"])
        }
        try db.create(table: "officeSetting") { table in
            table.column("key", .text).primaryKey()
            table.column("value", .text).notNull()
        }
    }
}

extension Store {
    /// Checks a field typed again by a second officer against what the case holds. Equal: the
    /// field is verified. Different and no `judgement`: nothing is written and the first entry
    /// is returned, to be shown beside the second. With a judgement: `firstEntry` keeps the
    /// value (the verifier mistyped), `secondEntry` saves the verifier's value (a correction,
    /// checked against `revision` like any save). The one who keyed a field cannot verify it.
    public func verifyField(
        caseID: Int64, path: JSONPath, typed: JSONValue?, judgement: VerificationJudgement?, revision: Int64
    ) throws(StoreError) -> VerificationCheck {
        try write { db in
            let current = try snapshot(db, caseID)
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                try Permissions.checkEditApplication(status: current.status, roles: roles)
            }
            guard let checklist = checklists.checklist(current.document.checklistID),
                  EntryFields.fields(of: checklist).contains(where: { $0.path == path })
            else {
                throw StoreError.refused(LocalizedText(ja: "「\(path)」は確認入力する欄ではありません", en: "\(path) is not a field to verify"))
            }
            let keyedBy = try keyer(db, caseID: caseID, path: path)
            guard keyedBy != identity.login else {
                throw StoreError.refused(LocalizedText(
                    ja: "「\(path)」は \(keyedBy) さん自身が入力した欄です。確認入力は別の担当者が行います",
                    en: "\(keyedBy) keyed \(path); another officer verifies it"))
            }
            let stored = ApplicationWriter.json(current.document, checklist: checklist).value(at: path)
            var agrees = EntryFields.sameEntry(typed, stored, at: path)
            do throws(DocumentReadError) {
                let edit = try DocumentEditor.set(typed, at: path, in: current.document, checklists: checklists)
                agrees = agrees || edit.change.before == edit.change.after
            } catch {
                // What cannot be stored is not saved; the verifier may still keep the first entry.
                if !agrees, judgement == .secondEntry { throw StoreError.invalidDocument(error) }
            }
            if agrees {
                try record(db, caseID: caseID, path: path, keyedBy: keyedBy, outcome: .matched, value: stored)
                return VerificationCheck(result: .matched, firstEntry: nil, keyedBy: keyedBy, snapshot: current)
            }
            switch judgement {
            case nil:
                return VerificationCheck(result: .differs, firstEntry: stored, keyedBy: keyedBy, snapshot: current)
            case .firstEntry?:
                try record(db, caseID: caseID, path: path, keyedBy: keyedBy, outcome: .kept, value: stored)
                return VerificationCheck(result: .kept, firstEntry: stored, keyedBy: keyedBy, snapshot: current)
            case .secondEntry?:
                guard current.revision == revision else {
                    throw StoreError.staleRevision(caseID: caseID, changedBy: current.updatedBy, changedAt: current.updatedAt)
                }
                let saved = try applyField(db, current: current, path: path, value: typed)
                let value = ApplicationWriter.json(saved.document, checklist: checklist).value(at: path)
                try record(db, caseID: caseID, path: path, keyedBy: keyedBy, outcome: .corrected, value: value)
                return VerificationCheck(result: .corrected, firstEntry: stored, keyedBy: keyedBy, snapshot: saved)
            }
        }
    }

    /// The verifications recorded for a case, in the checklist's field order.
    public func fieldVerifications(caseID: Int64) throws(StoreError) -> [FieldVerification] {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            return try Self.verifications(db, caseID: caseID)
        }
    }

    /// Each case with any verification, newest first, and how far it has come.
    public func verificationReport() throws(StoreError) -> [VerificationSummary] {
        try read { db in
            try requireRead(db, .caseList)
            let ids = try Int64.fetchAll(db, sql: """
                SELECT caseId FROM fieldVerification GROUP BY caseId ORDER BY MAX(verifiedAt) DESC, caseId DESC
                """)
            return try ids.map { id in try summary(db, caseID: id) }
        }
    }

    /// How far a case's verification has come.
    public func verificationSummary(caseID: Int64) throws(StoreError) -> VerificationSummary {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            return try summary(db, caseID: caseID)
        }
    }

    public func officeSettings() throws(StoreError) -> OfficeSettings {
        try read { db in try Self.settings(db) }
    }

    /// Requires (or no longer requires) every field to be verified before a case is submitted.
    public func setVerificationRequired(_ required: Bool) throws(StoreError) {
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                guard roles.contains(.admin) else {
                    throw Lifecycle.Refusal(LocalizedText(ja: "事務局の設定を変えるのは管理者です", en: "only an administrator changes the office's settings"))
                }
            }
            let before = try Self.settings(db).verificationRequired
            guard before != required else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO officeSetting (key, value) VALUES ('verificationRequired', ?)", arguments: [required ? "true" : "false"])
            try AuditLog.append(db, login: identity.login, caseID: nil, action: "setting verificationRequired", before: String(before), after: String(required))
        }
    }

    // MARK: Inside a transaction

    static func settings(_ db: Database) throws -> OfficeSettings {
        let required = try String.fetchOne(db, sql: "SELECT value FROM officeSetting WHERE key = 'verificationRequired'")
        return OfficeSettings(verificationRequired: required == "true")
    }

    /// The fields of a case whose verification does not stand for the value they hold now.
    func unverifiedFields(_ db: Database, _ current: CaseSnapshot, checklist: Checklist) throws -> [EntryFields.Field] {
        let json = ApplicationWriter.json(current.document, checklist: checklist)
        let recorded = Dictionary(uniqueKeysWithValues: try Self.verifications(db, caseID: current.id).map { ($0.path, $0.value) })
        return EntryFields.fields(of: checklist).filter { field in
            guard let value = recorded["\(field.path)"] else { return true }
            return value != json.value(at: field.path).map { JSONWriter.write($0, pretty: false) }
        }
    }

    private func summary(_ db: Database, caseID: Int64) throws -> VerificationSummary {
        let current = try snapshot(db, caseID)
        let records = try Self.verifications(db, caseID: caseID)
        let fields = checklists.checklist(current.document.checklistID).map { EntryFields.fields(of: $0) } ?? []
        let unverified = try checklists.checklist(current.document.checklistID).map { try unverifiedFields(db, current, checklist: $0) } ?? fields
        return VerificationSummary(
            caseID: caseID, firmName: current.document.firm.name, fields: fields.count, verified: fields.count - unverified.count,
            mismatches: records.filter { $0.outcome != .matched }.count, corrected: records.filter { $0.outcome == .corrected }.count,
            verifiers: Array(Set(records.map(\.verifiedBy))).sorted())
    }

    /// Who saved the field last, or the case's creator for a field never saved.
    private func keyer(_ db: Database, caseID: Int64, path: JSONPath) throws -> String {
        let saved = try String.fetchOne(db, sql: """
            SELECT login FROM auditEvent WHERE caseId = ? AND action = ? ORDER BY id DESC LIMIT 1
            """, arguments: [caseID, "field \(path)"])
        if let saved { return saved }
        return try String.fetchOne(db, sql: """
            SELECT login FROM auditEvent WHERE caseId = ? AND action = 'case.create' ORDER BY id LIMIT 1
            """, arguments: [caseID]) ?? ""
    }

    private func record(_ db: Database, caseID: Int64, path: JSONPath, keyedBy: String, outcome: VerificationOutcome, value: JSONValue?) throws {
        let text = value.map { JSONWriter.write($0, pretty: false) }
        try db.execute(sql: """
            INSERT OR REPLACE INTO fieldVerification (caseId, path, keyedBy, verifiedBy, outcome, verifiedAt, value)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [caseID, "\(path)", keyedBy, identity.login, outcome.rawValue, Store.now(), text])
        try AuditLog.append(db, login: identity.login, caseID: caseID, action: "verify \(path)", before: keyedBy, after: outcome.rawValue)
    }

    private static func verifications(_ db: Database, caseID: Int64) throws -> [FieldVerification] {
        try Row.fetchAll(db, sql: "SELECT * FROM fieldVerification WHERE caseId = ? ORDER BY rowid", arguments: [caseID]).map { row in
            FieldVerification(
                path: row["path"], keyedBy: row["keyedBy"], verifiedBy: row["verifiedBy"],
                outcome: VerificationOutcome(rawValue: row["outcome"]) ?? .matched, verifiedAt: row["verifiedAt"], value: row["value"])
        }
    }
}

extension Store {
    /// "確認入力が済んでいない欄が 12 あります（受付日、企業名、…）".
    static func unverifiedRefusal(_ fields: [EntryFields.Field]) -> LocalizedText {
        let named = fields.prefix(3)
        let more = fields.count > named.count ? "…" : ""
        return LocalizedText(
            ja: "この事務局では提出の前に確認入力が必要です。済んでいない欄が \(fields.count) あります（" + named.map(\.label.ja).joined(separator: "、") + more + "）",
            en: "This office verifies every field before submission; \(fields.count) are not verified (" + named.map(\.label.en).joined(separator: ", ") + more + ")")
    }
}
