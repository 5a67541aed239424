import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Verification by re-keying through the real binary: one officer keys a paper application, a
/// second officer, under their own OS login, types it again blind in the form; where the two
/// differ, the verifier says which one the paper agrees with. The office requires every field
/// verified before submission. Needs root, to make the verifier's OS user and run the binary as them.
@Suite("Verification by re-keying in tmux, keyer and verifier as separate OS users through the office server", .serialized,
       .enabled(if: TmuxSession.available, "tmux is not installed"),
       .enabled(if: geteuid() == 0, "needs root: the test creates the OS users nintei-svc and nintei-verifier and runs the binary as them"),
       .enabled(if: OSLogin.canManageUsers, "needs runuser and useradd"))
struct VerificationTests {
    static let verifier = "nintei-verifier"

    /// The steps with `replacements` typed in place of the paper's text, each followed, after
    /// the Enter that leaves its field, by the keys that answer the "entries differ" question.
    static func steps(_ steps: [FormDriver.Step], typing replacements: [String: (typed: String, answer: [String])]) -> [FormDriver.Step] {
        var result: [FormDriver.Step] = []
        var pendingAnswer: [String]?
        for step in steps {
            if case .text(let text) = step, let replacement = replacements[text] {
                result.append(.text(replacement.typed))
                pendingAnswer = replacement.answer
                continue
            }
            result.append(step)
            if case .keys = step, let answer = pendingAnswer {
                result.append(.keys(answer))
                pendingAnswer = nil
            }
        }
        return result
    }

    @Test("keyed, verified blind with two mistakes of the verifier's and one of the keyer's, resolved, submitted: the export equals the paper")
    func keyVerifySubmit() throws {
        try OSLogin.ensure(Self.verifier)
        let office = try ServedOffice("verify-e2e", demo: false)
        try office.start()
        let draft = office.folder.appendingPathComponent("draft.json")
        try #"{"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "株式会社あさか精密ﾃｸﾉ"}}"#
            .write(to: draft, atomically: true, encoding: .utf8)
        for arguments in [
            ["user", "add", office.officer, "officer"], ["user", "add", Self.verifier, "officer"],
            ["verification", "--require", "yes"], ["import", draft.path],
        ] {
            let result = try office.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
        }
        let driver = try FormDriver(checklistFile: IntakeFormTests.checklist, documentFile: IntakeFormTests.fixture, referenceFile: IntakeFormTests.reference)
        let address = "埼玉県朝霞市本町1-2-3 あさかビル4階"

        // The keyer types the paper, one slip in the address.
        let keyer = try office.session("form 1", as: office.officer)
        guard keyer.expectScreen("基本情報", "the keyer's form opens") != nil else { return }
        try IntakeFormTests.send(Self.steps(driver.steps(), typing: [address: ("埼玉県朝霞市本町1-2-8 あさかビル4階", [])]), to: keyer)
        keyer.expectScreen("判定: 認定基準を満たす（7節 / 必要3節）", "the keyer typed the whole paper")
        try keyer.sendKeys("C-c")
        keyer.expectScreen("nintei-exited=0", "the keyer quits")
        let refused = try office.run(["submit", "1"])
        #expect(refused.status != 0 && refused.standardError.contains("確認入力が必要です"), "not verified, not submitted: \(refused.standardError)")

        // The verifier types it again, blind: two slips of their own (the first entry is right),
        // and the address as the paper has it (the second entry is right).
        let session = try office.session("form 1 --verify", as: Self.verifier)
        guard session.expectScreen("確認入力 申請 1", "the verifier's form opens") != nil else { return }
        #expect(session.screen().contains(address) == false)
        let verifierSteps = Self.steps(driver.steps(prefilled: []), typing: [
            "カブシキガイシャアサカセイミツテクノ": ("カブシキガイシャアサカセイミツテクニ", ["Left", "Left", "Enter"]),
            "48": ("84", ["Left", "Left", "Enter"]),
            address: (address, ["Left", "Enter"]),
        ])
        try IntakeFormTests.send(verifierSteps, to: session)
        // Done when the line above the fields counts every field verified.
        func allVerified(_ screen: String) -> Bool {
            let counts = screen.components(separatedBy: "確認入力: ").last?.components(separatedBy: " 欄").first?.components(separatedBy: " / ") ?? []
            return counts.count == 2 && counts[0] == counts[1]
        }
        guard let done = session.expectScreen("every field verified", until: allVerified) else { return }
        #expect(done.contains("不一致 3・訂正 1"), "three differences, one corrected:\n\(done)")
        try session.sendKeys("F2")
        session.expectScreen("委員会に提出", "the submit question")
        try session.sendKeys("Left", "Enter")
        session.expectScreen("委員会に提出しました", "submitted")
        try session.sendKeys("C-c")
        session.expectScreen("nintei-exited=0", "the verifier quits")

        let exported = try office.run(["export", "1"]).standardOutput
        let expected = try IntakeFormTests.canonicalFixture()
        #expect(exported == expected, "the export equals the paper")
        let report = try office.run(["verification", "1"]).standardOutput
        #expect(report.contains(Self.verifier) && report.contains("不一致・訂正") && report.contains("不一致・1回目どおり"), "\(report)")
        let audit = try office.run(["audit", "1"]).standardOutput
        #expect(audit.contains("field firm.address") && audit.contains(Self.verifier), "the correction is in the audit log as the verifier's:\n\(audit)")
        office.stopExpectingCleanExit()
    }
}
