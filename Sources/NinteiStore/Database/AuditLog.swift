import Crypto
import Foundation
import GRDB
import NinteiCore

/// The append-only history: who (OS login), when, which case, what, before and after. Each
/// event carries the hash of the one before it, so an edited or deleted event is found; a head
/// recorded outside the store (`AuditHead`) finds a cut end or a chain recomputed before it.
enum AuditLog {
    static let genesis = String(repeating: "0", count: 64)

    /// `INSERT OR REPLACE`, `REPLACE` and `INSERT … ON CONFLICT DO UPDATE` of an existing event
    /// are refused: the row a REPLACE deletes does not fire the delete trigger (unless the
    /// connection has recursive_triggers, which a tamperer's sqlite3 does not), so an insert
    /// whose id is taken is refused before its conflict is resolved, on every connection.
    static func refuseReplace(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER auditEvent_noReplace BEFORE INSERT ON auditEvent
            WHEN EXISTS (SELECT 1 FROM auditEvent WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
    }

    /// The last event, or event 0 with the genesis hash in an empty log.
    static func head(_ db: Database) throws -> AuditHead {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM auditEvent ORDER BY id DESC LIMIT 1") else {
            return AuditHead(id: 0, hash: genesis)
        }
        return AuditHead(id: row["id"], hash: row["hash"])
    }

    /// What is wrong with the log as the extension of `head`: the head's event must still be
    /// there with the same hash (the rest of the chain is checked event by event).
    static func problems(_ db: Database, extending head: AuditHead) throws -> [LocalizedText] {
        let shown = head.description
        if head.id == 0 {
            return head.hash == genesis ? [] : [LocalizedText(
                ja: "控えの先頭 \(shown) は記録 0 ですが、ハッシュが記録の始まりのものではありません",
                en: "the recorded head \(shown) names event 0, but not with the hash the log starts from")]
        }
        if let stored = try String.fetchOne(db, sql: "SELECT hash FROM auditEvent WHERE id = ?", arguments: [head.id]) {
            return stored == head.hash ? [] : [LocalizedText(
                ja: "記録 \(head.id) のハッシュが控えの先頭 \(shown) と違います: 記録 \(head.id) かそれより前が書き換えられ、その後のつながりが計算し直されています",
                en: "event \(head.id) no longer has the hash of the recorded head \(shown): event \(head.id) or one before it was rewritten and the chain recomputed")]
        }
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM auditEvent") ?? 0
        if last < head.id {
            return [LocalizedText(
                ja: "記録は \(last) で終わっていますが、控えの先頭は記録 \(head.id) です: 記録 \(last + 1) から後が切り取られています",
                en: "the log ends at event \(last), but the recorded head is event \(head.id): the events from \(last + 1) on were cut off")]
        }
        return [LocalizedText(
            ja: "控えの先頭の記録 \(head.id) がありません: 消されています", en: "event \(head.id) of the recorded head is missing: it was deleted")]
    }

    static func append(_ db: Database, login: String, caseID: Int64?, action: String, before: String?, after: String?) throws {
        // Prepared once per connection: an import appends thousands of events in a transaction.
        let previous = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM auditEvent ORDER BY id DESC LIMIT 1")) ?? genesis
        let id = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'auditEvent'")) ?? 0) + 1
        let at = Store.now()
        let hash = digest(id: id, at: at, login: login, caseID: caseID, action: action, before: before, after: after, previous: previous)
        try db.cachedStatement(sql: """
            INSERT INTO auditEvent (id, at, login, caseId, action, before, after, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, at, login, caseID, action, before, after, previous, hash])
    }

    static func digest(id: Int64, at: String, login: String, caseID: Int64?, action: String, before: String?, after: String?, previous: String) -> String {
        // Length-prefixed fields, so no two different events hash the same text.
        // Hashed field by field: the same bytes as the fields joined, without joining them.
        let fields = [String(id), at, login, caseID.map(String.init) ?? "", action, before ?? "\u{0}", after ?? "\u{0}", previous]
        var hasher = SHA256()
        for var field in fields {
            hasher.update(data: Array("\(field.utf8.count):".utf8))
            field.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        let hex = Array("0123456789abcdef".utf8)
        var digest = [UInt8]()
        digest.reserveCapacity(64)
        for byte in hasher.finalize() {
            digest.append(hex[Int(byte >> 4)])
            digest.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: digest, as: UTF8.self)
    }
}

public struct AuditEvent: Sendable, Equatable, Codable {
    public let id: Int64
    public let at: String
    public let login: String
    public let caseID: Int64?
    public let action: String
    public let before: String?
    public let after: String?
}

/// The chain's head: the last event's number and hash, written `1234:3f5a…` (the whole hash).
/// Kept somewhere the store's writers cannot change (the minutes, a daily mail), it lets
/// `audit verify --head` prove later that the log still extends it.
public struct AuditHead: Sendable, Equatable, CustomStringConvertible, Codable {
    public let id: Int64
    public let hash: String

    public init(id: Int64, hash: String) {
        self.id = id
        self.hash = hash
    }

    /// Reads a head as printed (`id:hash`, the hash as 64 hexadecimal digits); nil otherwise.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int64(parts[0]), id >= 0 else { return nil }
        let hash = parts[1].lowercased()
        guard hash.utf8.count == 64, hash.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        self.init(id: id, hash: hash)
    }

    public var description: String { "\(id):\(hash)" }
}

/// What `audit verify` found.
public struct AuditVerification: Sendable, Equatable, Codable {
    public let events: Int
    /// Each problem names the event.
    public let problems: [LocalizedText]
    public var isIntact: Bool { problems.isEmpty }
}

extension Store {
    public func auditEvents(caseID: Int64? = nil, limit: Int? = nil) throws(StoreError) -> [AuditEvent] {
        try read { db in
            try requireRead(db, .audit)
            // A login conflicted on a case reads none of its events (they hold its opinions).
            var sql = "SELECT * FROM auditEvent WHERE (caseId IS NULL OR caseId NOT IN (SELECT caseId FROM conflict WHERE member = ?))"
            var arguments: StatementArguments = [identity.login]
            if let caseID {
                sql += " AND caseId = ?"
                _ = arguments.append(contentsOf: [caseID])
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

    /// The current head of the audit log (the last event's number and hash).
    public func auditHead() throws(StoreError) -> AuditHead {
        try read { db in
            try requireRead(db, .audit)
            return try AuditLog.head(db)
        }
    }

    /// Checks every event and the chain between them, and, given a head recorded earlier, that
    /// the log still extends it: its event is there with the same hash (so a cut end, or a
    /// chain recomputed from before that event, is found).
    public func verifyAudit(extending head: AuditHead? = nil) throws(StoreError) -> AuditVerification {
        try read { db in
            try requireRead(db, .audit)
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
            if let head { problems += try AuditLog.problems(db, extending: head) }
            return AuditVerification(events: count, problems: problems)
        }
    }
}
