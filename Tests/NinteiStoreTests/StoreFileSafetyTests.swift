import Foundation
import NinteiCore
@testable import NinteiStore
import NinteiTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The store's files under a running process: SQLite's locks stay held, and files deleted or
/// replaced underneath are noticed before a change is confirmed.
@Suite("store files under a running process")
struct StoreFileSafetyTests {
    @Test("opening the store read-only and then read-write in one process (as the form and home do) keeps SQLite's read lock on the file")
    func locksSurviveASecondOpen() throws {
        let fixture = try StoreFixture()
        let reader = try fixture.store("officer-user", mode: .readOnly)
        _ = try reader.roles()
        let writer = try fixture.store("officer-user")
        _ = try writer.createCase(fixture.example("sakura-seiko"))
        // A process with a connection open holds a shared lock on the database file; without
        // it, another process's checkpoint on close truncates the log this one writes into.
        #expect(FileLocks.count(on: fixture.path, heldBy: [String(getpid())], kind: "READ") > 0, "no read lock of this process on \(fixture.path)")
        _ = reader
    }

    @Test("a -wal and -shm deleted under an open store: the next save is refused with the file named, and nothing more is written")
    func deletedLogRefusesTheNextSave() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(fixture.example("sakura-seiko"))
        let snapshot = try officer.loadCase(id)
        try FileManager.default.removeItem(atPath: fixture.path + "-wal")
        try FileManager.default.removeItem(atPath: fixture.path + "-shm")
        #expect {
            try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.name")!, value: .string("変更後"), revision: snapshot.revision)
        } throws: { error in
            guard case .filesVanished(let file, _) = error as? StoreError else { return false }
            return file == fixture.path + "-wal"
        }
        // Every later operation says the same, reads included: the store it shows is gone.
        #expect(throws: StoreError.filesVanished(file: fixture.path + "-wal", afterCommit: false)) {
            try officer.loadCase(id)
        }
    }

    @Test("the store's folder removed under an open store: the next save is refused, not confirmed")
    func removedFolderRefusesTheNextSave() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(fixture.example("sakura-seiko"))
        let snapshot = try officer.loadCase(id)
        try FileManager.default.removeItem(at: fixture.folder)
        var refusal: StoreError?
        do throws(StoreError) {
            try officer.saveField(caseID: id, path: JSONPath(parsing: "firm.name")!, value: .string("変更後"), revision: snapshot.revision)
        } catch {
            refusal = error
        }
        guard case .filesVanished(let file, _) = refusal else {
            Issue.record("the save was not refused: \(String(describing: refusal))")
            return
        }
        #expect(file == fixture.path)
        #expect(refusal?.text(.ja).contains("削除または置き換えられました") == true)
    }

    @Test("a store replaced by another file of the same name (a restore under a running process) is not written")
    func replacedStoreRefusesWrites() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(fixture.example("sakura-seiko"))
        let backup = fixture.folder.appendingPathComponent("backup.sqlite").path
        try fixture.admin.backup(to: backup)
        try FileManager.default.removeItem(atPath: fixture.path)
        try FileManager.default.moveItem(atPath: backup, toPath: fixture.path)
        #expect(throws: StoreError.filesVanished(file: fixture.path, afterCommit: false)) { try officer.loadCase(id) }
    }

    @Test("one changed byte in a stored document: loading that case names the case and says to run check")
    func damagedDocumentNamesTheCase() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(fixture.example("sakura-seiko"))
        try fixture.tamper("UPDATE \"case\" SET document = replace(document, '\"kana\"', '\"kanX\"') WHERE id = \(id)")
        do {
            _ = try officer.loadCase(id)
            Issue.record("a damaged document was read")
        } catch {
            let text = error.text(.en)
            #expect(text.contains("case \(id)"), "\(text)")
            #expect(text.contains("kanX"), "\(text)")
            #expect(text.contains("nintei check"), "\(text)")
        }
    }
}
