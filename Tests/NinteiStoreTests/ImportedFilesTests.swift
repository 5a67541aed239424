import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

/// Issue 19, part 4: each imported file is recorded by the SHA-256 of its bytes with its case,
/// in the same transaction, so importing it again creates nothing.
@Suite("Imported files are recorded and not imported twice")
struct ImportedFilesTests {
    func file(_ fixture: StoreFixture, _ name: String) throws -> ImportFile {
        try ApplicationFile.readForImport(StoreFixture.data.path + "/examples/\(name).json", checklists: StoreFixture.library)
    }

    @Test("the same file again, in a later batch or the same one, names the case it became and writes nothing")
    func sameFileTwice() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let sakura = try file(fixture, "sakura-seiko")
        let kappo = try file(fixture, "kappo-asaka")
        let first = try officer.importCases([sakura, kappo, sakura]).map { try $0.get() }
        #expect(first == [.created(caseID: 1), .created(caseID: 2), .alreadyImported(caseID: 1)])
        let events = try officer.auditEvents().count
        let again = try officer.importCases([kappo, sakura]).map { try $0.get() }
        #expect(again == [.alreadyImported(caseID: 2), .alreadyImported(caseID: 1)])
        #expect(try officer.caseIDs() == [1, 2])
        #expect(try officer.auditEvents().count == events, "a skipped file writes no audit event")
    }

    @Test("the record is the file's bytes: the same document written differently is a new file")
    func hashOfBytes() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let sakura = try file(fixture, "sakura-seiko")
        let respaced = ImportFile(path: "other.json", document: sakura.document, contentHash: ImportFile.contentHash(of: Array("x".utf8)))
        #expect(sakura.contentHash.count == 64)
        #expect(ImportFile.contentHash(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let results = try officer.importCases([sakura, respaced]).map { try $0.get() }
        #expect(results == [.created(caseID: 1), .created(caseID: 2)])
    }

    @Test("a case and its record commit together: a refused file leaves no record, so fixing it and importing again works")
    func refusedLeavesNoRecord() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let sakura = try file(fixture, "sakura-seiko")
        var unknown = sakura.document
        unknown.checklistID = "no-such-checklist"
        let refused = ImportFile(path: sakura.path, document: unknown, contentHash: sakura.contentHash)
        let results = try officer.importCases([refused])
        guard case .failure = results[0] else {
            Issue.record("the unknown checklist was accepted")
            return
        }
        #expect(try officer.importCases([sakura]).map { try $0.get() } == [.created(caseID: 1)])
    }

    @Test("a store made before the record opens in this build and gains it")
    func olderStore() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        _ = try officer.createCase(try fixture.example("sakura-seiko"))
        try fixture.tamper("DROP TABLE importedFile; DELETE FROM grdb_migrations WHERE identifier = 'v7-imported-files'")
        let reopened = try fixture.store("officer-user")
        #expect(try reopened.importCases([try file(fixture, "sakura-seiko")]).map { try $0.get() } == [.created(caseID: 2)])
        #expect(try reopened.importCases([try file(fixture, "sakura-seiko")]).map { try $0.get() } == [.alreadyImported(caseID: 2)])
    }
}
