import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("The demo office")
struct DemoOfficeTests {
    @Test("builds a store with every status, certificates, contacts and staff, and passes its checks")
    func builds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("demo.sqlite").path
        let count = try DemoOffice.build(
            at: path, from: StoreFixture.data, identity: Identity(login: "newcomer"),
            checklists: StoreFixture.library, reference: StoreFixture.reference)
        let store = try Store.open(at: path, identity: Identity(login: "newcomer"), mode: .readOnly, checklists: StoreFixture.library, reference: StoreFixture.reference)

        #expect(count == (try store.caseIDs().count))
        let counts = try store.statusCounts()
        #expect(Set(counts.keys) == Set(CaseStatus.allCases), "every status is in the demo")
        #expect(try store.roles() == [.admin, .officer])
        #expect(try store.users().contains { $0.roles.contains(.chair) })
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.verifyAudit().isIntact)
        let certificates = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM certificate") ?? 0 }
        #expect(certificates >= 10)
        let drafts = try store.cases(status: .draft)
        #expect(drafts.contains { $0.findingCount > 0 }, "some drafts are incomplete and have findings")
        #expect(try store.contacts(caseID: 1).count >= 1)

        // The next meeting has the cases in review on its agenda; a member already gave two opinions.
        let sato = try Store.open(at: path, identity: Identity(login: "sato"), mode: .readOnly, checklists: StoreFixture.library, reference: StoreFixture.reference)
        let queue = try #require(try sato.reviewQueue(asOf: LocalDate(iso: "2026-11-21")!))
        #expect(queue.items.count == (try store.cases(status: .inReview).count))
        #expect(queue.items.map(\.state) == [.opinionGiven(.approve), .opinionGiven(.moreInfo), .noOpinion])
    }

    @Test("a manifest with an unknown key is refused with its path")
    func strictManifest() {
        do {
            _ = try DemoOffice.readManifest(#"{"schema": "nintei-demo/1", "cases": [{"application": "a.json", "status": "draft", "officer": "x", "colour": "red"}]}"#)
            Issue.record("an unknown key must be refused")
        } catch {
            #expect(error.text(.en) == #"cases[0].colour: unknown key "colour" (check the spelling)"#)
        }
    }
}
