import Foundation
import GRDB
import NinteiCore
import NinteiPrint
@testable import NinteiStore
import Testing

/// The audit log against someone who can write the file: a replaced event is refused, and a
/// head recorded elsewhere finds a cut end or a chain recomputed from before it.
@Suite("The audit log's head and its guards")
struct AuditHeadTests {
    @Test("INSERT OR REPLACE, REPLACE and ON CONFLICT DO UPDATE of an existing event are refused, from any connection")
    func replaceRefused() throws {
        let fixture = try StoreFixture()
        let insert = "INTO auditEvent (id, at, login, action, previousHash, hash) VALUES (1, 'x', 'intruder', 'store.create', 'p', 'h')"
        #expect(throws: (any Error).self) { try fixture.tamper("INSERT OR REPLACE " + insert) }
        #expect(throws: (any Error).self) { try fixture.tamper("REPLACE " + insert) }
        #expect(throws: (any Error).self) { try fixture.tamper("INSERT " + insert + " ON CONFLICT(id) DO UPDATE SET login = 'intruder'") }
        let events = try fixture.admin.auditEvents()
        #expect(events.first?.login == "admin-user")
        #expect(!events.contains { $0.login == "intruder" })
        #expect(try fixture.admin.verifyAudit().isIntact)
        // The store's own appends still go in.
        try fixture.admin.addUser("viewer-user", role: .viewer)
        #expect(try fixture.admin.verifyAudit().isIntact)
    }

    @Test("the head is the last event's number and hash, moves with each write, and reads back as printed")
    func headAfterWrites() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let first = try officer.auditHead()
        #expect(first.id == (try officer.auditEvents().last?.id))
        #expect(first.hash.count == 64)
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-0000"), revision: 1)
        let second = try officer.auditHead()
        #expect(second.id == first.id + 2)
        #expect(second.id == (try officer.auditEvents().last?.id))
        #expect(second.hash != first.hash)
        #expect(AuditHead(parsing: second.description) == second)
        #expect(AuditHead(parsing: " \(second.id):\(second.hash.uppercased())\n") == second)
        for junk in ["", "12", "12:abc", "x:\(second.hash)", "-1:\(second.hash)", "12:\(second.hash)0", "12:" + String(repeating: "g", count: 64)] {
            #expect(AuditHead(parsing: junk) == nil, "\(junk)")
        }
        #expect(try officer.verifyAudit(extending: first).isIntact, "a log that grew still extends its earlier head")
        #expect(try officer.verifyAudit(extending: second).isIntact)
    }

    @Test("verify --head finds a cut end, even when the sequence was reset so the plain verify sees nothing")
    func cutEnd() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-0000"), revision: 1)
        let head = try officer.auditHead()
        try fixture.tamper("""
            DROP TRIGGER auditEvent_noDelete;
            DELETE FROM auditEvent WHERE id >= \(head.id - 1);
            UPDATE sqlite_sequence SET seq = \(head.id - 2) WHERE name = 'auditEvent';
            """)
        #expect(try officer.verifyAudit().isIntact, "without a head, a clean cut is not found")
        let result = try officer.verifyAudit(extending: head)
        #expect(!result.isIntact)
        #expect(result.problems.map(\.en) == [
            "the log ends at event \(head.id - 2), but the recorded head is event \(head.id): the events from \(head.id - 1) on were cut off"
        ])
        #expect(result.problems.first?.ja.contains("記録 \(head.id - 1) から後が切り取られています") == true)
    }

    @Test("verify --head finds a chain recomputed from before the head, and a cut end written over by new events")
    func recomputedChain() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-0000"), revision: 1)
        let head = try officer.auditHead()
        try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-111-2222"), revision: 2)
        // Event 2 says someone else added the officer; every hash after it is recomputed.
        try rewrite(fixture, from: 2) { row in row["login"] = "someone-else".databaseValue }
        #expect(try officer.verifyAudit().isIntact, "a recomputed chain passes the plain verify")
        let result = try officer.verifyAudit(extending: head)
        #expect(result.problems.map(\.en) == [
            "event \(head.id) no longer has the hash of the recorded head \(head): event \(head.id) or one before it was rewritten and the chain recomputed"
        ])
        #expect(result.problems.first?.ja.contains("記録 \(head.id) のハッシュが控えの先頭") == true)

        // Cut back before the head, then let the store write new events over the same numbers.
        let other = try StoreFixture()
        let writer = try other.store("officer-user")
        let kept = try writer.auditHead()
        try other.tamper("""
            DROP TRIGGER auditEvent_noDelete;
            DELETE FROM auditEvent WHERE id = \(kept.id);
            UPDATE sqlite_sequence SET seq = \(kept.id - 1) WHERE name = 'auditEvent';
            """)
        _ = try writer.createCase(try other.example("sakura-seiko"))
        #expect(try writer.verifyAudit().isIntact)
        #expect(try writer.verifyAudit(extending: kept).problems.map(\.en).first?.hasPrefix("event \(kept.id) no longer has the hash") == true)
    }

    @Test("the minutes print the audit log's head at the time of the export")
    func minutesHead() throws {
        let f = try CommitteeFixture()
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        let minutes = try f.chair.meetingMinutes(meetingID: f.meeting.id)
        let head = try f.officer.auditHead()
        #expect(minutes.auditHead == head)
        #expect(MeetingExport.minutesText(minutes).contains("監査記録の先頭: \(head)"))
        #expect(MeetingExport.minutesHTML(minutes).contains("監査記録の先頭: \(head)"))
        #expect(MeetingExport.minutesText(minutes, language: .en).contains("Audit log head: \(head)"))
    }

    /// Changes the events from `first` on as `change` says and recomputes their hashes and the
    /// chain, as someone with the file and the program's source could.
    private func rewrite(_ fixture: StoreFixture, from first: Int64, _ change: (inout [String: DatabaseValue]) -> Void) throws {
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER auditEvent_noUpdate")
            var previous = try String.fetchOne(db, sql: "SELECT hash FROM auditEvent WHERE id = ?", arguments: [first - 1]) ?? AuditLog.genesis
            for row in try Row.fetchAll(db, sql: "SELECT * FROM auditEvent WHERE id >= ? ORDER BY id", arguments: [first]) {
                var values: [String: DatabaseValue] = [:]
                for column in row.columnNames { values[column] = row[column] }
                if values["id"] == first.databaseValue { change(&values) }
                let id = Int64.fromDatabaseValue(values["id"]!)!
                let hash = AuditLog.digest(
                    id: id, at: String.fromDatabaseValue(values["at"]!)!, login: String.fromDatabaseValue(values["login"]!)!,
                    caseID: Int64.fromDatabaseValue(values["caseId"]!), action: String.fromDatabaseValue(values["action"]!)!,
                    before: String.fromDatabaseValue(values["before"]!), after: String.fromDatabaseValue(values["after"]!), previous: previous)
                try db.execute(
                    sql: "UPDATE auditEvent SET login = ?, previousHash = ?, hash = ? WHERE id = ?",
                    arguments: [values["login"], previous, hash, id])
                previous = hash
            }
        }
    }
}
