import Foundation
import Testing

/// The committee's workflow through the real binary, and certificate numbers allocated by
/// several processes at once.
@Suite("The committee from the command line")
struct CommitteeCommandTests {
    /// A store where this OS login is officer and chair, with `count` approved cases.
    final class Committee {
        let workspace: StoreCommandTests.Workspace
        let cases: [Int64]

        init(approved count: Int) throws {
            workspace = try StoreCommandTests.Workspace()
            let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
            #expect(try workspace.run(["user", "add", login, "chair"]).status == 0)
            let files = try workspace.documents(count, of: ["sakura-seiko", "hinode-shoukai", "kappo-asaka"])
            let imported = try workspace.run(["import"] + files)
            #expect(imported.status == 0, "\(imported.standardError)")
            cases = (1...Int64(count)).map { $0 }
            let ids = cases.map(String.init)
            try expectSuccess(["submit"] + ids)
            try expectSuccess(["meeting", "create", "--date", "令和5年7月20日", "--place", "市役所"])
            try expectSuccess(["meeting", "add", "1"] + ids)
            for id in ids {
                // Every third copy is hinode-shoukai, which does not meet the rule.
                try expectSuccess(["decide", id, "approve", "--reason", "委員会の判断"])
            }
        }

        @discardableResult
        func expectSuccess(_ arguments: [String]) throws -> Binary.Result {
            let result = try workspace.run(arguments + ["--lang", "en"])
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            return result
        }

        /// Starts `nintei certificate CASE` in a process of its own.
        func startIssuing(_ caseID: Int64, output: Pipe) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["certificate", String(caseID), "--date", "2023-07-21", "--lang", "en", "--db", workspace.db]
            process.currentDirectoryURL = Binary.repository
            process.standardOutput = output
            process.standardError = output
            try process.run()
            return process
        }
    }

    @Test("two (and more) processes issuing certificates at once never repeat a number")
    func concurrentIssuers() throws {
        let committee = try Committee(approved: 8)
        for round in [Array(committee.cases[0..<2]), Array(committee.cases[2..<8])] {
            let pipes = round.map { _ in Pipe() }
            let processes = try zip(round, pipes).map { try committee.startIssuing($0, output: $1) }
            let outputs = pipes.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(outputs)")
        }
        let numbers = try committee.cases.map { id -> String in
            let line = try committee.expectSuccess(["certificate", String(id)]).standardOutput
            return line.components(separatedBy: "certificate ").last?.components(separatedBy: " ").first ?? ""
        }
        #expect(numbers.sorted() == (1...8).map { "R5-00\($0)" }, "\(numbers)")
        let check = try committee.expectSuccess(["check"])
        #expect(check.standardOutput.contains("integrity ok"))
    }

    /// A store where this login is an officer and the chair, with two examples submitted and put
    /// on meeting 1 (2023-07-20, 市役所 5階) in the order given.
    static func meetingOfTwo(agenda: [String]) throws -> StoreCommandTests.Workspace {
        let workspace = try StoreCommandTests.Workspace()
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        func run(_ arguments: [String]) throws -> Binary.Result { try workspace.run(arguments + ["--lang", "en"]) }
        #expect(try run(["user", "add", login, "chair"]).status == 0)
        #expect(try run(["import", "data/examples/sakura-seiko.json", "data/examples/hinode-shoukai.json"]).status == 0)
        #expect(try run(["submit", "1", "2"]).status == 0)
        #expect(try run(["meeting", "create", "--date", "R5.7.20", "--place", "市役所 5階"]).standardOutput == "Created meeting 1: 2023-07-20, 市役所 5階\n")
        #expect(try run(["meeting", "add", "1"] + agenda).status == 0)
        return workspace
    }

    @Test("the workflow: meeting, agenda, opinion, decision against the rule, certificate, packet and minutes")
    func workflow() throws {
        let workspace = try Self.meetingOfTwo(agenda: ["2", "1"])
        func run(_ arguments: [String]) throws -> Binary.Result { try workspace.run(arguments + ["--lang", "en"]) }
        let queue = try run(["queue", "--as-of", "2023-07-01"])
        #expect(queue.standardOutput.contains("株式会社さくら精工"), "\(queue.standardError)")
        #expect(queue.standardOutput.contains("no opinion yet"))
        let opinion = try run(["opinion", "1", "approve", "--comment", "良い取組"])
        #expect(opinion.status == 0, "\(opinion.standardError)")
        let typed = try run(["opinion", "2", "more-info", "--for", "nobody-here"])
        #expect(typed.status == 1)
        #expect(typed.standardError.contains("nobody-here is not a committee member"))

        let refused = try run(["decide", "2", "approve"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("against the rule result (does not meet the criteria) needs a reason"))
        #expect(try run(["decide", "2", "return", "--reason", "法令遵守の申告を確認"]).status == 0)
        #expect(try run(["decide", "1", "approve"]).status == 0)
        let reopened = try run(["reopen", "2"])
        #expect(reopened.standardOutput.contains("returned for more information: 法令遵守の申告を確認"))

        let out = workspace.folder.appendingPathComponent("print").path
        let certificate = try run(["certificate", "1", "--date", "2024-02-29", "--out", out])
        #expect(certificate.standardOutput.contains("certificate R5-001, valid 2024-02-29 through 2027-02-28"), "\(certificate.standardError)")
        #expect(try run(["packet", "1", "--out", out]).status == 0)
        #expect(try run(["minutes", "1", "--out", out]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["certificate-R5-001.html", "certificate-R5-001.txt", "meeting-1-minutes.html", "meeting-1-minutes.txt",
                          "meeting-1-packet.html", "meeting-1-packet.txt"])
        let html = try String(contentsOfFile: out + "/certificate-R5-001.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        let badDate = try run(["meeting", "create", "--date", "H31.5.1", "--place", "x"])
        #expect(badDate.status == 1)
        #expect(badDate.standardError.contains("--date: \"H31.5.1\" (2019-05-01) is not in Heisei"))
    }

    @Test("letters --meeting N --out DIR: a notice for each approved or rejected case, recorded in the audit log; the second time a reissue")
    func letters() throws {
        let workspace = try Self.meetingOfTwo(agenda: ["1", "2"])
        func run(_ arguments: [String]) throws -> Binary.Result { try workspace.run(arguments + ["--lang", "en"]) }
        let out = workspace.folder.appendingPathComponent("letters").path
        let undecided = try run(["letters", "--meeting", "1", "--out", out])
        #expect(undecided.status == 1)
        #expect(undecided.standardError.contains("meeting 1 has no approval, rejection or return"), "\(undecided.standardError)")
        #expect(try run(["decide", "1", "approve"]).status == 0)
        #expect(try run(["decide", "2", "reject", "--reason", "育児休業の実績が確認できない"]).status == 0)

        let first = try run(["letters", "--meeting", "1", "--out", out])
        #expect(first.status == 1, "the approved case has no certificate yet")
        #expect(first.standardError.contains("case 1: no certificate issued yet"), "\(first.standardError)")
        #expect(first.standardOutput.contains("Case 2 日の出商会株式会社: wrote the non-certification notice: "), "\(first.standardOutput)")

        #expect(try run(["certificate", "1", "--date", "2023-07-21"]).status == 0)
        let second = try workspace.run(["letters", "--meeting", "1", "--out", out, "--lang", "ja"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("案件 1 株式会社さくら精工: 認定通知書を書き出しました: "), "\(second.standardOutput)")
        #expect(second.standardOutput.contains("案件 2 日の出商会株式会社: 不認定通知書（再発行）を書き出しました: "), "\(second.standardOutput)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["letter-1-certification.html", "letter-1-certification.txt", "letter-2-non-certification.html", "letter-2-non-certification.txt"])
        let yes = try String(contentsOfFile: out + "/letter-1-certification.txt", encoding: .utf8)
        #expect(yes.contains("認定番号: R5-001"), "\(yes)")
        #expect(yes.contains("令和5年7月21日から令和8年7月20日まで"))
        let no = try String(contentsOfFile: out + "/letter-2-non-certification.html", encoding: .utf8)
        #expect(no.contains("@page { size: A4;"))
        #expect(no.contains("育児休業の実績が確認できない"))
        #expect(no.contains("再発行"))
        let audit = try run(["audit", "2"]).standardOutput
        #expect(audit.contains("letter.nonCertification"), "\(audit)")
        #expect(audit.contains("不認定通知書（再発行 1回目）"), "\(audit)")
    }

    @Test("letters: a return notice for a returned case, renewal notices with --renewals; both audit-logged, signed by the officer's display name")
    func returnAndRenewalNotices() throws {
        let workspace = try Self.meetingOfTwo(agenda: ["1", "2"])
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        func run(_ arguments: [String]) throws -> Binary.Result { try workspace.run(arguments + ["--lang", "en"]) }
        let named = try run(["user", "set", login, "--name", "鈴木 花子", "--title", "主任"])
        #expect(named.status == 0, "\(named.standardError)")
        #expect(try run(["user"]).standardOutput.contains("鈴木 花子"))
        #expect(try run(["decide", "1", "approve"]).status == 0)
        #expect(try run(["decide", "2", "return", "--reason", "育児休業の実績を補ってください"]).status == 0)
        #expect(try run(["certificate", "1", "--date", "2026-06-01"]).status == 0)
        let out = workspace.folder.appendingPathComponent("letters").path
        let decided = try run(["letters", "--meeting", "1", "--out", out])
        #expect(decided.status == 0, "\(decided.standardError)")
        #expect(decided.standardOutput.contains("Case 2 日の出商会株式会社: wrote the return notice: "), "\(decided.standardOutput)")
        let returned = try String(contentsOfFile: out + "/letter-2-return.txt", encoding: .utf8)
        #expect(returned.contains("育児休業の実績を補ってください"), "\(returned)")
        #expect(returned.contains("Contact: 主任 鈴木 花子"), "\(returned)")
        let renewals = try run(["letters", "--renewals", "--months", "36", "--out", out])
        #expect(renewals.status == 0, "\(renewals.standardError)")
        #expect(renewals.standardOutput.contains("Case 1 株式会社さくら精工: wrote the renewal notice: "), "\(renewals.standardOutput)")
        #expect(renewals.standardError.isEmpty, "no progress line into a pipe")
        let renewal = try String(contentsOfFile: out + "/letter-1-renewal.txt", encoding: .utf8)
        #expect(renewal.contains("Apply by: 2029-05-31"), "\(renewal)")
        let again = try run(["letters", "--renewals", "--months", "36", "--out", out])
        #expect(again.standardOutput.contains("renewal notice (reissue)"), "\(again.standardOutput)")
        let audit = try run(["audit"]).standardOutput
        #expect(audit.contains("letter.returnNotice") && audit.contains("letter.renewalNotice") && audit.contains("user.name"), "\(audit)")
        #expect(try run(["letters", "--out", out]).status != 0, "either --meeting or --renewals")
    }

    @Test("a mistyped command (nintei casez) says it is none and suggests the nearest, exit 64")
    func mistypedCommand() throws {
        let typo = try Binary.run(["casez", "--lang", "en"])
        #expect(typo.status == 64)
        #expect(typo.standardError == "nintei: \"casez\" is not a nintei command; did you mean: cases (nintei --help lists them)\n")
        #expect(typo.standardOutput.isEmpty)
        let japanese = try Binary.run(["letter", "--lang", "ja"])
        #expect(japanese.standardError.contains("もしかして: letters"), "\(japanese.standardError)")
    }

    @Test("conflict --withdraw: an officer takes back a member's declaration; the opinion it withdrew is listed as withdrawn")
    func withdrawConflict() throws {
        let workspace = try StoreCommandTests.Workspace()
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        func run(_ arguments: [String]) throws -> Binary.Result { try workspace.run(arguments + ["--lang", "en"]) }
        #expect(try run(["user", "add", login, "chair"]).status == 0)
        #expect(try run(["import", "data/examples/sakura-seiko.json"]).status == 0)
        #expect(try run(["submit", "1"]).status == 0)
        #expect(try run(["meeting", "create", "--date", "R5.7.20", "--place", "市役所"]).status == 0)
        #expect(try run(["meeting", "add", "1", "1"]).status == 0)
        #expect(try run(["opinion", "1", "approve", "--comment", "良い取組"]).status == 0)
        #expect(try run(["conflict", "1", login, "other"]).status == 0)
        #expect(try run(["conflict", "1", login, "other", "--withdraw"]).status == 64)
        let withdrawn = try run(["conflict", "1", login, "--withdraw"])
        #expect(withdrawn.standardOutput.contains("Case 1: withdrew \(login)'s conflict of interest"), "\(withdrawn.standardError)")
        let opinions = try run(["opinions", "1"])
        #expect(opinions.standardOutput == "(withdrawn) \(login): approve — 良い取組\n", "\(opinions.standardError)")
        let audit = try run(["audit", "1"]).standardOutput
        #expect(audit.contains("conflict.mark") && audit.contains("opinion.withdraw") && audit.contains("conflict.withdraw"), "\(audit)")
    }
}
