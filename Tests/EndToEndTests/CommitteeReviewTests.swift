import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The committee's whole round through the real binary, each person in a process of their own
/// under their own OS login, all through the office server: the service account owns the store
/// and runs `nintei serve`; the officer (root, who made the store and so is its administrator)
/// gives the roles and submits and schedules a case, member A and member B give opinions
/// through the screens, the chair decides through the screens, the officer issues and writes
/// the certificate, and `nintei export` shows the case certified. The server takes each
/// person's login from the kernel. Needs root, to make the OS users and run the binary as them
/// with runuser.
@Suite("The committee's round in tmux, as separate OS users, through the office server", .serialized,
       .enabled(if: TmuxSession.available, "tmux is not installed"),
       .enabled(if: geteuid() == 0, "needs root: the test creates OS users (nintei-svc, nintei-member-a, nintei-member-b, nintei-chair) and runs the binary as them"),
       .enabled(if: OSLogin.canManageUsers, "needs runuser and useradd"))
struct CommitteeReviewTests {
    static let members = ["nintei-member-a", "nintei-member-b"]
    static let chair = "nintei-chair"

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// A member opens their queue, the case's packet, and gives an opinion through the screens.
    /// `then`: what shows after the opinion is saved (the others' opinions).
    static func giveOpinion(_ office: ServedOffice, as member: String, downs: Int, comment: String, expect saved: String, then shown: String? = nil) throws {
        let session = try office.review(as: member)
        guard session.expectScreen("\(member)'s own queue", until: { $0.contains("株式会社さくら精工") && $0.contains("\(member) さん") }) != nil else { return }
        try session.sendKeys("Enter")
        guard session.expectScreen("ご自分の意見を出すと", "\(member)'s packet hides the others' opinions") != nil else { return }
        try session.sendKeys("o")
        guard session.expectScreen("意見（Space で選択）", "\(member)'s opinion entry") != nil else { return }
        for _ in 0..<downs { try session.sendKeys("Down") }
        try session.sendKeys("Space", "Tab")
        try session.type(comment)
        try session.sendKeys("F2")
        session.expectScreen(saved, "\(member)'s opinion saved")
        if let shown { session.expectScreen(shown, "after giving one's own, \(member) sees the others'") }
        try session.sendKeys("C-c")
        session.expectScreen("nintei-exited=0", "\(member) quits")
    }

    @Test("officer schedules, two members give opinions in their own processes, the chair decides, the certificate is issued")
    func round() throws {
        for login in Self.members + [Self.chair] { try OSLogin.ensure(login) }
        let office = try ServedOffice("committee-e2e", demo: false)
        try office.start()
        // The officer's setup on the command line, through the server; the store's maker is its
        // administrator and gives the roles.
        for arguments in [
            ["user", "add", office.officer, "officer"],
            ["user", "add", Self.members[0], "committee"], ["user", "add", Self.members[1], "committee"], ["user", "add", Self.chair, "chair"],
            ["import", Binary.repository.appendingPathComponent("data/examples/sakura-seiko.json").path],
            ["submit", "1"], ["meeting", "create", "--date", Self.today(), "--place", "市役所 5階"], ["meeting", "add", "1", "1"],
        ] {
            let result = try office.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
        }

        // Member A approves; member B then sees A's opinion after giving their own.
        try Self.giveOpinion(office, as: Self.members[0], downs: 0, comment: "取組が具体的", expect: "意見「認定可」を記録しました")
        try Self.giveOpinion(office, as: Self.members[1], downs: 2, comment: "残業の数字を確認したい", expect: "意見「要追加情報」を記録しました",
                             then: "\(Self.members[0]): 認定可 — 取組が具体的")

        // The chair decides through the screens.
        let chair = try office.review(as: Self.chair)
        if chair.expectScreen("株式会社さくら精工", "the chair's queue") != nil {
            try chair.sendKeys("Enter")
            chair.expectScreen("\(Self.members[1]): 要追加情報", "the chair sees every opinion")
            try chair.sendKeys("d")
            chair.expectScreen("審査会の決定", "the decision entry")
            try chair.sendKeys("Space", "F2")
            chair.expectScreen("決定「認定」を記録しました", "the decision saved")
            try chair.sendKeys("C-c")
            chair.expectScreen("nintei-exited=0", "the chair quits")
        }

        // The officer issues the certificate and writes it, through the meeting screen.
        let desk = try office.review(as: office.officer)
        if desk.expectScreen("審査会の準備", "the officer's meeting screen") != nil {
            try desk.sendKeys("Enter")
            desk.expectScreen("i 認定証発行", "the officer's packet")
            try desk.sendKeys("i")
            desk.expectScreen("を発行しました", "the certificate issued")
            try desk.sendKeys("w")
            desk.expectScreen("フォルダー", "the folder prompt")
            try desk.sendKeys("F2")
            desk.expectScreen("書き出しました", "the certificate written")
            try desk.sendKeys("C-c")
            desk.expectScreen("nintei-exited=0", "the officer quits")
        }

        // What the store holds.
        let certificate = try office.run(["certificate", "1", "--lang", "en"])
        #expect(certificate.standardOutput.contains("already issued"), "\(certificate.standardOutput)\(certificate.standardError)")
        let number = certificate.standardOutput.components(separatedBy: "certificate ").last?.components(separatedBy: " ").first ?? "?"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: office.folder.path)) ?? []
        #expect(files.contains("certificate-\(number).html") && files.contains("certificate-\(number).txt"), "\(files)")
        let exported = try office.run(["export", "1", "--format", "csv"])
        #expect(exported.standardOutput.contains(",certified,"), "\(exported.standardOutput)")
        let opinions = try office.run(["opinions", "1", "--lang", "en"]).standardOutput
        #expect(opinions.contains("\(Self.members[0]): approve — 取組が具体的"), "\(opinions)")
        #expect(opinions.contains("\(Self.members[1]): needs more information — 残業の数字を確認したい"), "\(opinions)")
        #expect(!opinions.contains("typed by"), "each member typed their own: \(opinions)")
        let audit = try office.run(["audit", "1"]).standardOutput
        for login in Self.members + [Self.chair] {
            #expect(audit.contains(login), "the audit log names \(login):\n\(audit)")
        }
        // Each person's requests reached the store through the server, under the login the
        // kernel reported for them.
        let served = office.serverLog()
        for login in Self.members + [Self.chair] {
            #expect(served.contains("\(login) (uid \(getpwnam(login)?.pointee.pw_uid ?? 0),"), "the server's log names \(login)")
        }
        office.stopExpectingCleanExit()
    }
}
