import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("The store", .serialized)
struct StoreTests {
    @Test("the login that creates a store becomes its administrator, and it opens again")
    func creation() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.admin.roles() == [.admin])
        #expect(try fixture.admin.users().map(\.login) == ["admin-user", "chair-user", "member-user", "officer-user"])
        let again = try fixture.store("admin-user")
        #expect(try again.roles() == [.admin])
        #expect(throws: StoreError.self) {
            try Store.create(at: fixture.path, identity: Identity(login: "x"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        }
    }

    @Test("a missing store says how to create one")
    func missing() {
        do {
            _ = try Store.open(at: "/tmp/nowhere/none.sqlite", identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
            Issue.record("a missing store must be refused")
        } catch {
            #expect(error.text(.ja).contains("nintei init で作成してください"))
            #expect(error.text(.en).hasPrefix("/tmp/nowhere/none.sqlite: no store here; create one with nintei init"))
        }
    }

    @Test("a file that is not a database is reported, not opened as empty")
    func notADatabase() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-bad-\(UUID().uuidString).sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: file)
        defer {
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
        }
        do {
            _ = try Store.open(at: file.path, identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
            Issue.record("garbage must not open")
        } catch {
            guard case .notAStore = error else {
                Issue.record("expected notAStore, got \(error.text(.en))")
                return
            }
            #expect(error.text(.en).contains("cannot be read as a Nintei store"))
        }
        #expect(try Data(contentsOf: file) == Data(repeating: 0x41, count: 8192), "the file is left as it was")
    }

    @Test("an imported document is stored and read back the same, with its derived columns")
    func importAndRead() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let document = try fixture.example("sakura-seiko")
        let id = try officer.createCase(document)
        let snapshot = try officer.loadCase(id)
        #expect(snapshot.document == document)
        #expect(snapshot.status == .draft)
        #expect(snapshot.revision == 1)
        let summary = try #require(try officer.cases().first)
        #expect(summary.firmName == "株式会社さくら精工")
        #expect(summary.qualifies)
        #expect(summary.sectionsPassed == ["1", "2", "4", "7"])
        #expect(try officer.cases(search: "サクラ").count == 1)
        #expect(try officer.cases(search: "精工").count == 1)
        #expect(try officer.cases(status: .certified).isEmpty)
    }

    @Test("a field is saved with its revision; a stale save is refused saying who changed the case and when")
    func staleRevision() throws {
        let fixture = try StoreFixture()
        try fixture.admin.addUser("officer-two", role: .officer)
        let first = try fixture.store("officer-user")
        let second = try fixture.store("officer-two")
        let id = try first.createCase(try fixture.example("sakura-seiko"))
        let read1 = try first.loadCase(id)
        let read2 = try second.loadCase(id)

        let saved = try first.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-0000"), revision: read1.revision)
        #expect(saved.revision == 2)
        #expect(saved.document.firm.phone == "048-999-0000")
        #expect(try first.loadCase(id) == saved, "what a save returns is what the store holds")
        do {
            try second.saveField(caseID: id, path: JSONPath(parsing: "firm.address")!, value: .string("埼玉県朝霞市"), revision: read2.revision)
            Issue.record("a stale save must be refused")
        } catch {
            guard case .staleRevision(_, let who, let when) = error else {
                Issue.record("expected a stale revision, got \(error.text(.en))")
                return
            }
            #expect(who == "officer-user")
            #expect(when == saved.updatedAt)
            #expect(error.text(.ja).contains("officer-user さんが変更しています"))
        }
        #expect(try second.loadCase(id).document.firm.address == "埼玉県朝霞市本町1-1-1", "nothing of the stale save was written")
    }

    @Test("a save is checked like an import: a bad value is refused with its path and nothing is written")
    func invalidSave() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        do {
            try officer.saveField(caseID: id, path: JSONPath(parsing: "answers.2-3.options")!, value: .array([.string("z")]), revision: 1)
            Issue.record("an unknown option must be refused")
        } catch {
            #expect(error.text(.en).hasPrefix("answers.2-3.options[0]: option \"z\" is not on item 2-3"))
        }
        #expect(try officer.loadCase(id).revision == 1)
        let saved = try officer.saveField(caseID: id, path: JSONPath(parsing: "answers.6-1.options")!, value: .array([.string("a"), .string("b")]), revision: 1)
        #expect(saved.document.answer("6-1").options == ["a", "b"])
    }

    @Test("roles hold below the UI: a committee member cannot edit or create; only the chair decides")
    func rolesBelowTheUI() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let member = try fixture.store("member-user")
        let chair = try fixture.store("chair-user")
        let nobody = try fixture.store("someone-else")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))

        #expect(throws: StoreError.self) { try member.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("0"), revision: 1) }
        #expect(throws: StoreError.self) { try member.createCase(try fixture.example("kappo-asaka")) }
        #expect(throws: StoreError.self) { try nobody.createCase(try fixture.example("kappo-asaka")) }
        #expect(throws: StoreError.self) { try officer.addUser("x", role: .chair) }

        var revision = try officer.transition(caseID: id, to: .submitted, revision: 1).revision
        #expect(throws: StoreError.self) { try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("0"), revision: revision) }
        revision = try officer.transition(caseID: id, to: .inReview, revision: revision).revision
        do {
            try officer.transition(caseID: id, to: .approved, revision: revision)
            Issue.record("an officer must not decide")
        } catch {
            #expect(error.text(.ja).contains("できるのは委員長です"))
        }
        #expect(throws: StoreError.self) { try member.transition(caseID: id, to: .approved, revision: revision) }
        #expect(try chair.transition(caseID: id, to: .approved, revision: revision).status == .approved)
    }

    @Test("every change is in the audit log with the login, and audit verify finds an edited or deleted event")
    func auditLog() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-0000"), revision: 1)
        let events = try officer.auditEvents(caseID: id)
        #expect(events.map(\.action) == ["case.create", "field firm.phone"])
        #expect(events.allSatisfy { $0.login == "officer-user" })
        #expect(events[1].before == #""048-000-0000""#)
        #expect(events[1].after == #""048-999-0000""#)
        #expect(try officer.verifyAudit().isIntact)

        #expect(throws: (any Error).self) { try fixture.tamper("UPDATE auditEvent SET login = 'x' WHERE id = 2") }
        try fixture.tamper("DROP TRIGGER auditEvent_noUpdate; UPDATE auditEvent SET after = 'admin: someone' WHERE id = 1")
        let altered = try officer.verifyAudit()
        #expect(!altered.isIntact)
        #expect(altered.problems.map(\.en) == ["event 1 has been altered"])

        try fixture.tamper("DROP TRIGGER auditEvent_noDelete; DELETE FROM auditEvent WHERE id = 3")
        #expect(try officer.verifyAudit().problems.map(\.en).contains("events 3–3 have been deleted"))
    }

    @Test("the read-only browser opens the file read-only: every write is refused at the store")
    func readOnly() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        let browser = try fixture.store("officer-user", mode: .readOnly)
        #expect(try browser.cases().count == 1)
        #expect(throws: StoreError.readOnly(path: fixture.path)) { try browser.createCase(try fixture.example("kappo-asaka")) }
        #expect(throws: StoreError.readOnly(path: fixture.path)) { try browser.transition(caseID: id, to: .submitted, revision: 1) }
        #expect(throws: StoreError.readOnly(path: fixture.path)) { try browser.addUser("x", role: .viewer) }
    }

    @Test("the last administrator cannot be removed")
    func lastAdmin() throws {
        let fixture = try StoreFixture()
        #expect(throws: StoreError.self) { try fixture.admin.removeUser("admin-user", role: nil) }
        try fixture.admin.removeUser("member-user", role: nil)
        #expect(!(try fixture.admin.users().map(\.login).contains("member-user")))
    }
}

@Suite("Store details")
struct StoreDetailTests {
    @Test("contacts with the firm are recorded by officers, in date order, and audited")
    func contacts() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        try officer.addContact(caseID: id, date: LocalDate(iso: "2023-07-25")!, channel: .mail, note: "根拠資料を受領")
        try officer.addContact(caseID: id, date: LocalDate(iso: "2023-07-20")!, channel: .phone, note: "3-1 の取得率の根拠資料を依頼")
        #expect(try officer.contacts(caseID: id).map(\.note) == ["3-1 の取得率の根拠資料を依頼", "根拠資料を受領"])
        #expect(throws: StoreError.self) { try fixture.store("member-user").addContact(caseID: id, date: LocalDate(iso: "2023-07-26")!, channel: .visit, note: "x") }
        #expect(throws: StoreError.noSuchCase(99)) { try officer.addContact(caseID: 99, date: LocalDate(iso: "2023-07-26")!, channel: .visit, note: "x") }
        #expect(try officer.auditEvents(caseID: id).last?.action == "contact.add")
    }

    @Test("an empty SQLite database migrates to a store; opening again runs no migration twice (an empty file is refused)")
    func migrations() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("empty.sqlite").path
        // A file of 0 bytes may be a store cut to nothing: it is reported, not made a new store.
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: StoreError.self) {
            try Store.open(at: path, identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
        }
        // A database with nothing in it (as `sqlite3 x.sqlite 'VACUUM'` leaves) migrates.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "CREATE TABLE t (x); DROP TABLE t") }
        let store = try Store.open(at: path, identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
        try StoreFixture.grant(.officer, to: store)
        #expect(try store.cases().isEmpty)
        let again = try Store.open(at: path, identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
        #expect(try again.integrityProblems().isEmpty)
        let readOnly = try Store.open(at: path, identity: Identity(login: "a"), mode: .readOnly, checklists: StoreFixture.library, reference: StoreFixture.reference)
        #expect(try readOnly.verifyAudit().isIntact)
    }

    @Test("where the store lives: --db, then NINTEI_DB, then XDG_DATA_HOME, then ~/.local/share")
    func location() {
        #expect(StoreLocation.resolve(explicit: "/a.sqlite", environment: ["NINTEI_DB": "/b.sqlite"]) == "/a.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["NINTEI_DB": "/b.sqlite", "XDG_DATA_HOME": "/x"]) == "/b.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/nintei/nintei.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/nintei/nintei.sqlite")
    }
}

@Suite("Migrations")
struct MigrationTests {
    @Test("a store made with the first schema (v1) opens in this build, its cases kept")
    func fromFirstSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-v1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO firm (name, createdAt) VALUES ('旧株式会社', '2024-01-01T00:00:00Z')")
            try db.execute(sql: """
                INSERT INTO "case" (firmId, status, kind, checklistId, revision, document, firmName, firmKana, qualifies,
                    sectionsPassed, findingCount, createdAt, createdBy, updatedAt, updatedBy)
                VALUES (1, 'draft', 'new', 'asaka-2023', 1,
                    '{"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "旧株式会社"}}',
                    '旧株式会社', '', 0, '', 0, 'x', 'old', 'x', 'old')
                """)
        }
        try queue.close()

        let store = try Store.open(at: path, identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
        try StoreFixture.grant(.officer, to: store)
        #expect(try store.loadCase(1).document.firm.name == "旧株式会社")
        let columns = try store.read { db in try db.columns(in: "case").map(\.name) }
        #expect(columns.contains("submittedOn") && columns.contains("decidedOn"))
    }
}

@Test("the store's time stamps read back as ISO 8601 with milliseconds, in UTC")
func storeTimeStamps() throws {
    let before = Date()
    let stamp = Store.now()
    let after = Date()
    #expect(stamp.count == 24 && stamp.hasSuffix("Z"))
    let parser = ISO8601DateFormatter()
    parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let date = try #require(parser.date(from: stamp))
    // The stamp lies between the clock read before and after it (less the milliseconds it drops).
    #expect(date >= before.addingTimeInterval(-0.002) && date <= after, "\(stamp) is not between \(before) and \(after)")
}
