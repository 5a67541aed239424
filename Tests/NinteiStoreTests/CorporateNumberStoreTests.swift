import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

/// Application format version 2 in and out of the store (issue 15): the corporate number
/// imported and exported, version 1 files still imported, a bad number refused whole, and the
/// application's kind changed after the case was made.
@Suite("Corporate numbers and format versions through the store")
struct CorporateNumberStoreTests {
    static let version1 = #"""
    {"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "receivedOn": "2023-07-14",
     "firm": {"name": "株式会社一版", "kana": "イッパン"}, "answers": {"1-1": {"mark": "check", "text": "宣言"}}}
    """#

    static func version2(_ number: String) -> String {
        #"{"format": "nintei-application/2", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "株式会社二版", "corporateNumber": "\#(number)"}}"#
    }

    func write(_ fixture: StoreFixture, _ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: fixture.folder, withIntermediateDirectories: true)
        let path = fixture.folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a version 1 file and a version 2 file are imported; both export as version 2, the number with them")
    func importAndExport() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let files = try [
            ApplicationFile.readForImport(write(fixture, "v1.json", Self.version1), checklists: StoreFixture.library),
            ApplicationFile.readForImport(write(fixture, "v2.json", Self.version2("1180301018771")), checklists: StoreFixture.library),
        ]
        let results = try officer.importCases(files).map { try $0.get() }
        #expect(results == [.created(caseID: 1), .created(caseID: 2)])
        let exported = try officer.exportDocuments([1, 2])
        #expect(exported.allSatisfy { $0.json.contains(#""format": "nintei-application/2""#) })
        #expect(!exported[0].json.contains("corporateNumber"))
        #expect(exported[1].json.contains(#""corporateNumber": "1180301018771""#))
        // What a version 1 file held comes out the same, only its version changed.
        let v1 = try ApplicationReader.read(Self.version1, checklists: StoreFixture.library)
        #expect(try ApplicationReader.read(exported[0].json, checklists: StoreFixture.library) == v1)
    }

    @Test("a version 2 file with a bad corporate number is refused naming the file and the key; nothing is stored")
    func badNumberRefusedWhole() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let path = try write(fixture, "bad.json", Self.version2("1180301018772"))
        do {
            _ = try ApplicationFile.readForImport(path, checklists: StoreFixture.library)
            Issue.record("the file was read")
        } catch {
            let text = error.text(.en)
            #expect(text.contains("bad.json") && text.contains("firm.corporateNumber") && text.contains("check digit"), "\(text)")
        }
        // A document made in code is held to the same rule on its way in.
        var document = try ApplicationReader.read(Self.version1, checklists: StoreFixture.library)
        document.firm.corporateNumber = "1180301018772"
        #expect(throws: StoreError.self) { try officer.createCase(document) }
        #expect(try officer.caseIDs().isEmpty)
        #expect(try officer.auditEvents().filter { $0.action == "case.create" }.isEmpty)
    }

    @Test("a saved corporate number is checked like an imported one; a wrong one changes nothing")
    func savedNumberChecked() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(ApplicationReader.read(Self.version1, checklists: StoreFixture.library))
        let path = JSONPath([.key("firm"), .key("corporateNumber")])
        let revision = try officer.loadCase(id).revision
        #expect(throws: StoreError.self) { try officer.saveField(caseID: id, path: path, value: .string("7000012050003"), revision: revision) }
        #expect(try officer.loadCase(id).revision == revision)
        let saved = try officer.saveField(caseID: id, path: path, value: .string("7000012050002"), revision: revision)
        #expect(saved.document.firm.corporateNumber == "7000012050002")
        let event = try officer.auditEvents(caseID: id).last!
        #expect(event.action == "field firm.corporateNumber" && event.before == nil && event.after == #""7000012050002""#)
    }

    @Test("the kind changed after the case was made is the case list's kind too, and audited")
    func kindChanged() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(ApplicationReader.read(Self.version1, checklists: StoreFixture.library))
        let kind = JSONPath([.key("kind")])
        var snapshot = try officer.saveField(caseID: id, path: kind, value: .string("renewal"), revision: officer.loadCase(id).revision)
        #expect(snapshot.document.kind == .renewal)
        #expect(try officer.cases().first { $0.id == id }?.kind == .renewal)
        let event = try officer.auditEvents(caseID: id).last!
        #expect(event.action == "field kind" && event.before == #""new""# && event.after == #""renewal""#)
        // A renewal without its previous number is not refused while typing; it cannot be submitted.
        do {
            _ = try officer.transition(caseID: id, to: .submitted, revision: snapshot.revision)
            Issue.record("a renewal without its previous number was submitted")
        } catch {
            #expect(error.text(.en).contains("previous certificate number"), "\(error.text(.en))")
        }
        snapshot = try officer.saveField(caseID: id, path: kind, value: .string("new"), revision: snapshot.revision)
        #expect(try officer.cases().first { $0.id == id }?.kind == .new)
    }
}
