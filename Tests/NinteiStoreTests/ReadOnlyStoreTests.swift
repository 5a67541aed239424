import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Read-only store (browse)")
struct ReadOnlyStoreTests {
    @Test("every write of the store is refused when opened read-only, whatever the login's roles")
    func everyWriteRefused() throws {
        let fixture = try StoreFixture()
        let id = try fixture.seedCase(name: "株式会社さくら精工", kana: "カブシキガイシャサクラセイコウ", status: .draft)
        try fixture.seedCase(name: "期限切れ前の会社", status: .certified, certificate: ("R1-001", "2019-06-01", "2022-05-31"))
        for login in ["admin-user", "officer-user", "chair-user", "nobody-at-all"] {
            let browser = try Store.openReadOnly(at: fixture.path, identity: Identity(login: login), checklists: StoreFixture.library, reference: StoreFixture.reference)
            let refused = StoreError.readOnly(path: fixture.path)
            #expect(throws: refused) { try browser.createCase(try fixture.example("kappo-asaka")) }
            #expect(throws: refused) { try browser.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string("x"), revision: 1) }
            #expect(throws: refused) { try browser.transition(caseID: id, to: .submitted, revision: 1) }
            #expect(throws: refused) { try browser.addContact(caseID: id, date: LocalDate(iso: "2026-01-01")!, channel: .phone, note: "x") }
            #expect(throws: refused) { try browser.addUser("x", role: .viewer) }
            #expect(throws: refused) { try browser.removeUser("officer-user", role: nil) }
            #expect(throws: refused) { try browser.expireLapsedCertifications(asOf: LocalDate(iso: "2026-11-21")!) }
            #expect(throws: refused) { try browser.write { db in try db.execute(sql: "DELETE FROM user") } }
        }
        #expect(try fixture.admin.users().count == 4, "nothing changed")
        #expect(try fixture.store("officer-user", mode: .readOnly).loadCase(id).revision == 1)
    }

    @Test("below the store's own guard, SQLite itself refuses writes on the read-only connection")
    func sqliteRefuses() throws {
        let fixture = try StoreFixture()
        let browser = try Store.openReadOnly(at: fixture.path, identity: Identity(login: "admin-user"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        #expect(throws: DatabaseError.self) {
            try browser.pool.writeWithoutTransaction { db in try db.execute(sql: "INSERT INTO user (login, role, addedAt, addedBy) VALUES ('x', 'admin', 'now', 'x')") }
        }
        #expect(throws: DatabaseError.self) { try browser.pool.read { db in try db.execute(sql: "DELETE FROM user") } }
        #expect(try fixture.admin.users().map(\.login).contains("x") == false)
    }

    @Test("a login with no role reads everything a browser needs, and not the office's cases")
    func noRole() throws {
        let fixture = try StoreFixture()
        try fixture.seedCase(name: "株式会社さくら精工", kana: "カブシキガイシャサクラセイコウ", status: .certified, certificate: ("R8-001", "2026-05-01", "2029-04-30"))
        let browser = try Store.openReadOnly(at: fixture.path, identity: Identity(login: "stranger"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        #expect(try browser.roles().isEmpty)
        #expect(try browser.certifiedFirmCount(asOf: LocalDate(iso: "2026-11-21")!) == 1)
        #expect(try browser.certifiedFirms(asOf: LocalDate(iso: "2026-11-21")!).map(\.name) == ["株式会社さくら精工"])
        #expect(throws: StoreError.self) { try browser.caseCount() }
    }

    @Test("a writer keeps the -wal and -shm files after closing, so a login that cannot write the folder can still open the store")
    func walFilesKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("n.sqlite").path
        do {
            let store = try Store.create(at: path, identity: Identity(login: "a"), checklists: StoreFixture.library, reference: StoreFixture.reference)
            try store.addUser("b", role: .officer)
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(FileManager.default.fileExists(atPath: path + "-shm"))
        let browser = try Store.openReadOnly(at: path, identity: Identity(login: "b"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        #expect(try browser.users().count == 2, "an officer lists the users")
    }
}
