import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Starting a renewal in the store", .serialized)
struct RenewalStoreTests {
    static let mappings = try! StoreFixture.data.loadMappings(checklists: StoreFixture.library)

    /// A certified case of the example firm, with certificate R5-010.
    func certifiedCase(_ fixture: StoreFixture, _ officer: Store) throws -> Int64 {
        let id = try officer.createCase(try fixture.example("sakura-seiko"), status: .certified)
        try officer.write { db in
            try db.execute(
                sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R5-010', ?, '2023-11-01', '2026-10-31')",
                arguments: [id])
        }
        return id
    }

    @Test("an officer starts a renewal from a certified case: a new audited draft of kind renewal, pre-filled")
    func starts() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try certifiedCase(fixture, officer)
        let start = try officer.startRenewal(fromCase: id, mappings: Self.mappings)
        #expect(start.caseID != id)
        let snapshot = try officer.loadCase(start.caseID)
        #expect(snapshot.status == .draft)
        #expect(snapshot.document.kind == .renewal)
        #expect(snapshot.document.previousCertificate == "R5-010")
        #expect(snapshot.document.receivedOn == nil)
        #expect(snapshot.document.answers == (try fixture.example("sakura-seiko")).answers)
        #expect(start.report.count(.new) == 0)
        let actions = try officer.auditEvents(caseID: start.caseID).map(\.action)
        #expect(actions.contains("case.create"))
        #expect(actions.contains("renewal.start"))
        #expect(try officer.verifyAudit().isIntact)
        #expect(try officer.changes(from: id, to: start.caseID, mappings: Self.mappings).sections.isEmpty)

        // A second renewal of the same certificate while the first is open is refused.
        do {
            _ = try officer.startRenewal(fromCase: id, mappings: Self.mappings)
            Issue.record("a second open renewal must be refused")
        } catch {
            #expect(error.text(.en) == "the renewal of certificate R5-010 is already under way as case \(start.caseID)")
        }
    }

    @Test("a renewal is refused from a draft, and for anyone but an officer, with the reason in both languages")
    func refusals() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let draft = try officer.createCase(try fixture.example("sakura-seiko"))
        do {
            _ = try officer.startRenewal(fromCase: draft, mappings: Self.mappings)
            Issue.record("a draft cannot be renewed")
        } catch {
            #expect(error.text(.en) == "a renewal cannot be started from a case that is draft (only from one that is certified or renewal due)")
            #expect(error.text(.ja).contains("「下書き」の案件からは更新を始められません"))
        }
        let certified = try certifiedCase(fixture, officer)
        for login in ["member-user", "chair-user", "admin-user"] {
            let other = try fixture.store(login)
            do {
                _ = try other.startRenewal(fromCase: certified, mappings: Self.mappings)
                Issue.record("\(login) must not start a renewal")
            } catch {
                #expect(error.text(.en).hasPrefix("only an officer may start a renewal"))
                #expect(error.text(.ja).contains("更新申請を始めることができるのは事務局です"))
            }
        }
        #expect(try officer.caseIDs().count == 2, "nothing was created")
    }

    @Test("each old-form certified firm of the demo office renews onto the new form and evaluates")
    func demoRenewals() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-renew-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("demo.sqlite").path
        try DemoOffice.build(at: path, from: StoreFixture.data, identity: Identity(login: "newcomer"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        let store = try Store.open(at: path, identity: Identity(login: "newcomer"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
        let oldForm = try store.cases(status: .certified).filter { try store.loadCase($0.id).document.checklistID == "asaka-points" }
        #expect(oldForm.count == 2)
        for summary in oldForm {
            let start = try store.startRenewal(fromCase: summary.id, mappings: Self.mappings)
            let snapshot = try store.loadCase(start.caseID)
            #expect(snapshot.document.checklistID == "asaka-2023")
            #expect(snapshot.document.previousCertificate == (try store.certificateNumber(caseID: summary.id)))
            #expect(start.report.from == "asaka-points")
            let changes = try store.changes(from: summary.id, to: start.caseID, mappings: Self.mappings)
            #expect(changes.sections.isEmpty, "the draft is the carried previous application")
        }
        #expect(try store.integrityProblems().isEmpty)
    }
}
