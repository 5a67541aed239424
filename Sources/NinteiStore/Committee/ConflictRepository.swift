import Foundation
import GRDB
import NinteiCore

public struct ConflictOfInterest: Sendable, Equatable, Codable {
    public let caseID: Int64
    public let member: String
    public let type: ConflictType
    public let note: String
    public let markedBy: String
}

extension Store {
    /// Marks a member as conflicted on a case (an officer for anyone, a member for themself).
    /// An opinion the member already gave in the current round is withdrawn, in the audit log.
    public func markConflict(caseID: Int64, member: String, type: ConflictType, note: String = "") throws(StoreError) {
        try EntryLimits.conflictNote.check(note)
        try write { db in
            let roles = try actingRoles(db)
            let memberRoles = try UserRepository.roles(db, login: member)
            _ = try caseFacts(db, caseID)
            try checked { () throws(Lifecycle.Refusal) in
                try CommitteeRules.checkMarkConflict(actor: identity.login, roles: roles, member: member, memberRoles: memberRoles)
            }
            let before = try conflictType(db, caseID: caseID, member: member)
            try db.execute(
                sql: "INSERT OR REPLACE INTO conflict (caseId, member, type, note, markedAt, markedBy) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [caseID, member, type.rawValue, note.trimmingCharacters(in: .whitespacesAndNewlines), Store.now(), identity.login])
            try AuditLog.append(
                db, login: identity.login, caseID: caseID, action: "conflict.mark",
                before: before.map { "\(member): \($0.rawValue)" }, after: "\(member): \(type.rawValue) \(note)")
            if let placement = try currentPlacement(db, caseID: caseID), !placement.decided,
               let withdrawn = try Row.fetchOne(
                db, sql: "SELECT * FROM opinion WHERE meetingId = ? AND caseId = ? AND member = ?", arguments: [placement.meetingID, caseID, member]) {
                // Kept aside, so the committee still sees that it was given and withdrawn.
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO withdrawnOpinion
                        SELECT meetingId, caseId, member, verdict, comment, typedBy, givenAt, ?, ? FROM opinion
                        WHERE meetingId = ? AND caseId = ? AND member = ?
                        """,
                    arguments: [Store.now(), identity.login, placement.meetingID, caseID, member])
                try db.execute(
                    sql: "DELETE FROM opinion WHERE meetingId = ? AND caseId = ? AND member = ?", arguments: [placement.meetingID, caseID, member])
                try AuditLog.append(
                    db, login: identity.login, caseID: caseID, action: "opinion.withdraw",
                    before: "\(member): \(withdrawn["verdict"] as String): \(withdrawn["comment"] as String)", after: nil)
            }
        }
    }

    /// Withdraws a member's conflict declaration on a case (an officer only), in the audit log
    /// beside the declaration. The opinion withdrawn when it was marked stays withdrawn (it is
    /// shown as such); the member may give one again.
    public func withdrawConflict(caseID: Int64, member: String) throws(StoreError) {
        try write { db in
            let roles = try actingRoles(db)
            _ = try caseFacts(db, caseID)
            try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkWithdrawConflict(roles: roles) }
            guard let row = try Row.fetchOne(
                db, sql: "SELECT type, note FROM conflict WHERE caseId = ? AND member = ?", arguments: [caseID, member])
            else {
                throw StoreError.refused(LocalizedText(
                    ja: "案件 \(caseID) に \(member) さんの利益相反の登録はありません",
                    en: "case \(caseID) has no conflict of interest marked for \(member)"))
            }
            try db.execute(sql: "DELETE FROM conflict WHERE caseId = ? AND member = ?", arguments: [caseID, member])
            try AuditLog.append(
                db, login: identity.login, caseID: caseID, action: "conflict.withdraw",
                before: "\(member): \(row["type"] as String) \(row["note"] as String)", after: nil)
        }
    }

    /// The conflicts marked on a case. A conflicted member may see that they are. Officers, and
    /// the committee for a case on an agenda.
    public func conflicts(caseID: Int64) throws(StoreError) -> [ConflictOfInterest] {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            return try Row.fetchAll(db, sql: "SELECT * FROM conflict WHERE caseId = ? ORDER BY member", arguments: [caseID]).map { row in
                ConflictOfInterest(
                    caseID: caseID, member: row["member"], type: ConflictType(rawValue: row["type"]) ?? .other,
                    note: row["note"], markedBy: row["markedBy"])
            }
        }
    }
}

/// Opinions withdrawn when their member was marked conflicted: out of every count, but kept
/// (who, what, when, by whom withdrawn) so the committee sees them as withdrawn.
enum WithdrawnOpinions {
    static func migrate(_ db: Database) throws {
        try db.create(table: "withdrawnOpinion") { table in
            table.column("meetingId", .integer).notNull().references("meeting")
            table.column("caseId", .integer).notNull().references("case")
            table.column("member", .text).notNull()
            table.column("verdict", .text).notNull()
            table.column("comment", .text).notNull()
            table.column("typedBy", .text).notNull()
            table.column("givenAt", .text).notNull()
            table.column("withdrawnAt", .text).notNull()
            table.column("withdrawnBy", .text).notNull()
            table.primaryKey(["meetingId", "caseId", "member"])
        }
    }
}
