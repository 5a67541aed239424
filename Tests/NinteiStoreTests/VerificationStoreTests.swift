import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

/// Verification by re-keying in the store: a second officer's entry checked field by field,
/// mismatches judged against the paper, who keyed and who verified each field, and an office
/// setting that makes it a condition of submission.
@Suite("Verification by re-keying")
struct VerificationStoreTests {
    let base: StoreFixture
    let keyer: Store
    let verifier: Store

    init() throws {
        base = try StoreFixture()
        try base.admin.addUser("verifier-user", role: .officer)
        keyer = try base.store("officer-user")
        verifier = try base.store("verifier-user")
    }

    static func path(_ text: String) -> JSONPath { JSONPath(parsing: text)! }

    func keyed() throws -> Int64 {
        try keyer.createCase(try base.example("sakura-seiko"))
    }

    func check(_ id: Int64, _ path: String, _ typed: JSONValue?, _ judgement: VerificationJudgement? = nil, as store: Store? = nil) throws(StoreError) -> VerificationCheck {
        let store = store ?? verifier
        return try store.verifyField(caseID: id, path: Self.path(path), typed: typed, judgement: judgement, revision: store.loadCase(id).revision)
    }

    @Test("the same entry verifies the field and records who keyed and who verified it; nothing of the case changes")
    func matching() throws {
        let id = try keyed()
        let before = try keyer.loadCase(id)
        let result = try check(id, "firm.name", .string("株式会社さくら精工"))
        #expect(result.result == .matched && result.keyedBy == "officer-user")
        #expect(try keyer.loadCase(id).revision == before.revision, "a match writes no field")
        let records = try keyer.fieldVerifications(caseID: id)
        #expect(records.map(\.path) == ["firm.name"])
        #expect(records.first?.keyedBy == "officer-user" && records.first?.verifiedBy == "verifier-user" && records.first?.outcome == .matched)
        #expect(try keyer.auditEvents(caseID: id).contains { $0.action == "verify firm.name" && $0.login == "verifier-user" })
    }

    @Test("a different entry is not written until the verifier judges it; the first entry is then kept or corrected")
    func mismatches() throws {
        let id = try keyed()
        let revision = try keyer.loadCase(id).revision
        let differs = try check(id, "firm.employees", .number(84))
        #expect(differs.result == .differs && differs.firstEntry == .number(48) && differs.keyedBy == "officer-user")
        #expect(try keyer.fieldVerifications(caseID: id).isEmpty && keyer.loadCase(id).revision == revision, "nothing written before the judgement")
        // The verifier mistyped: the paper says 48.
        #expect(try check(id, "firm.employees", .number(84), .firstEntry).result == .kept)
        #expect(try keyer.loadCase(id).document.firm.employees == 48)
        // The keyer mistyped the address: the paper agrees with the second entry.
        let corrected = try check(id, "firm.address", .string("埼玉県朝霞市本町9-9-9"), .secondEntry)
        #expect(corrected.result == .corrected && corrected.snapshot.revision == revision + 1)
        #expect(try keyer.loadCase(id).document.firm.address == "埼玉県朝霞市本町9-9-9")
        let summary = try keyer.verificationSummary(caseID: id)
        #expect(summary.verified == 2 && summary.mismatches == 2 && summary.corrected == 1 && summary.verifiers == ["verifier-user"])
        #expect(try keyer.auditEvents(caseID: id).contains { $0.action == "field firm.address" && $0.login == "verifier-user" }, "the correction is a change like any other")
    }

    @Test("the officer who keyed a field cannot verify it; a committee member cannot verify at all")
    func whoMayVerify() throws {
        let id = try keyed()
        let own = refusal { () throws(StoreError) in _ = try check(id, "firm.name", .string("株式会社さくら精工"), as: keyer) }
        #expect(own?.contains("officer-user keyed firm.name; another officer verifies it") == true, "\(String(describing: own))")
        let memberStore = try base.store("member-user")
        let member = refusal { () throws(StoreError) in _ = try check(id, "firm.name", .string("株式会社さくら精工"), as: memberStore) }
        #expect(member != nil)
        let notAField = refusal { () throws(StoreError) in _ = try check(id, "status", .string("x")) }
        #expect(notAField?.contains("status is not a field to verify") == true, "\(String(describing: notAField))")
    }

    @Test("a later change of a verified field makes it unverified again")
    func staleAfterChange() throws {
        let id = try keyed()
        _ = try check(id, "firm.phone", .string("048-000-0000"))
        #expect(try keyer.verificationSummary(caseID: id).verified == 1)
        try keyer.saveField(caseID: id, path: Self.path("firm.phone"), value: .string("048-111-1111"), revision: keyer.loadCase(id).revision)
        #expect(try keyer.verificationSummary(caseID: id).verified == 0)
    }

    @Test("with the office setting, a case is submitted only when every field is verified; only an administrator changes it")
    func requiredBeforeSubmission() throws {
        #expect(refusal { () throws(StoreError) in try keyer.setVerificationRequired(true) }?.contains("only an administrator") == true)
        try base.admin.setVerificationRequired(true)
        #expect(try keyer.officeSettings().verificationRequired)
        let id = try keyed()
        let refused = refusal { () throws(StoreError) in try keyer.transition(caseID: id, to: .submitted, revision: keyer.loadCase(id).revision) }
        #expect(refused?.contains("verifies every field before submission") == true && refused?.contains("Date received") == true, "\(String(describing: refused))")
        // The verifier types every field as the paper has it (here: as the case holds it).
        let checklist = try #require(StoreFixture.library.checklist("asaka-2023"))
        let json = ApplicationWriter.json(try keyer.loadCase(id).document, checklist: checklist)
        for field in EntryFields.fields(of: checklist) {
            let result = try check(id, "\(field.path)", json.value(at: field.path))
            #expect(result.result == .matched, "\(field.path) \(String(describing: json.value(at: field.path))) first: \(String(describing: result.firstEntry))")
        }
        #expect(try keyer.verificationSummary(caseID: id).isComplete)
        try keyer.transition(caseID: id, to: .submitted, revision: keyer.loadCase(id).revision)
        #expect(try keyer.loadCase(id).status == .submitted)
        #expect(try base.admin.auditEvents(caseID: nil).contains { $0.action == "setting verificationRequired" && $0.after == "true" })
    }

    @Test("the office report lists each case verified, with what was found")
    func officeReport() throws {
        let first = try keyed()
        let second = try keyed()
        _ = try check(first, "firm.name", .string("株式会社さくら精工"))
        _ = try check(second, "firm.employees", .number(50), .secondEntry)
        let report = try keyer.verificationReport()
        #expect(Set(report.map(\.caseID)) == [first, second])
        #expect(report.first { $0.caseID == second }?.corrected == 1)
        let member = try base.store("member-user")
        #expect(refusal { () throws(StoreError) in _ = try member.verificationReport() } != nil, "a committee member does not read the office's report")
    }
}
