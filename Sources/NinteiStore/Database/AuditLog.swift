import Crypto
import Foundation
import GRDB
import NinteiCore

/// The append-only history: who (OS login), when, which case, what, before and after. Each
/// event carries the hash of the one before it, so an edited or deleted event is found.
enum AuditLog {
    static let genesis = String(repeating: "0", count: 64)

    static func append(_ db: Database, login: String, caseID: Int64?, action: String, before: String?, after: String?) throws {
        let previous = try String.fetchOne(db, sql: "SELECT hash FROM auditEvent ORDER BY id DESC LIMIT 1") ?? genesis
        let id = (try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'auditEvent'") ?? 0) + 1
        let at = Store.now()
        let hash = digest(id: id, at: at, login: login, caseID: caseID, action: action, before: before, after: after, previous: previous)
        try db.execute(
            sql: """
                INSERT INTO auditEvent (id, at, login, caseId, action, before, after, previousHash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, at, login, caseID, action, before, after, previous, hash])
    }

    static func digest(id: Int64, at: String, login: String, caseID: Int64?, action: String, before: String?, after: String?, previous: String) -> String {
        // Length-prefixed fields, so no two different events hash the same text.
        let fields = [String(id), at, login, caseID.map(String.init) ?? "", action, before ?? "\u{0}", after ?? "\u{0}", previous]
        let text = fields.map { "\($0.utf8.count):\($0)" }.joined()
        let hex = Array("0123456789abcdef".utf8)
        var digest = [UInt8]()
        digest.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) {
            digest.append(hex[Int(byte >> 4)])
            digest.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: digest, as: UTF8.self)
    }
}

public struct AuditEvent: Sendable, Equatable {
    public let id: Int64
    public let at: String
    public let login: String
    public let caseID: Int64?
    public let action: String
    public let before: String?
    public let after: String?
}

/// What `audit verify` found.
public struct AuditVerification: Sendable, Equatable {
    public let events: Int
    /// Each problem names the event.
    public let problems: [LocalizedText]
    public var isIntact: Bool { problems.isEmpty }
}

extension Store {
    public func auditEvents(caseID: Int64? = nil, limit: Int? = nil) throws(StoreError) -> [AuditEvent] {
        try read { db in
            var sql = "SELECT * FROM auditEvent"
            var arguments: StatementArguments = []
            if let caseID {
                sql += " WHERE caseId = ?"
                arguments = [caseID]
            }
            sql += " ORDER BY id"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                AuditEvent(
                    id: row["id"], at: row["at"], login: row["login"], caseID: row["caseId"],
                    action: row["action"], before: row["before"], after: row["after"])
            }
        }
    }

    public func verifyAudit() throws(StoreError) -> AuditVerification {
        try read { db in
            var problems: [LocalizedText] = []
            var previous = AuditLog.genesis
            var expectedID: Int64 = 1
            var count = 0
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM auditEvent ORDER BY id")
            while let row = try cursor.next() {
                count += 1
                let id: Int64 = row["id"]
                if id != expectedID {
                    problems.append(LocalizedText(
                        ja: "記録 \(expectedID)〜\(id - 1) が消されています", en: "events \(expectedID)–\(id - 1) have been deleted"))
                }
                let stored: String = row["hash"]
                let previousHash: String = row["previousHash"]
                let recomputed = AuditLog.digest(
                    id: id, at: row["at"], login: row["login"], caseID: row["caseId"], action: row["action"],
                    before: row["before"], after: row["after"], previous: previousHash)
                if previousHash != previous && id == expectedID {
                    problems.append(LocalizedText(ja: "記録 \(id) の前の記録とのつながりが壊れています", en: "event \(id) does not follow the event before it"))
                }
                if recomputed != stored {
                    problems.append(LocalizedText(ja: "記録 \(id) が書き換えられています", en: "event \(id) has been altered"))
                }
                previous = stored
                expectedID = id + 1
            }
            let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'auditEvent'") ?? 0
            if sequence >= expectedID {
                problems.append(LocalizedText(
                    ja: "最後の記録（\(expectedID)〜\(sequence)）が消されています", en: "the last events (\(expectedID)–\(sequence)) have been deleted"))
            }
            return AuditVerification(events: count, problems: problems)
        }
    }
}
