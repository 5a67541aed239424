import Foundation
import Testing

/// An officer types a whole paper application into the real binary in tmux.
@Suite("The intake form in tmux", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct IntakeFormTests {
    static let fixture = Binary.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/complete-application.json")
    static let checklist = Binary.repository.appendingPathComponent("data/checklists/asaka-2023.json")
    static let reference = Binary.repository.appendingPathComponent("data/reference/industry-averages.json")

    /// A store with the test's login as officer and one draft holding only the firm's name.
    final class Office {
        let folder: URL
        var database: String { folder.appendingPathComponent("office.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-form-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            #expect(try run(["init"]).status == 0)
            #expect(try run(["user", "add", NSUserName(), "officer"]).status == 0)
            let draft = folder.appendingPathComponent("draft.json")
            try #"{"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "株式会社あさか精密ﾃｸﾉ"}}"#
                .write(to: draft, atomically: true, encoding: .utf8)
            #expect(try run(["import", draft.path]).status == 0)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        @discardableResult
        func run(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--db", database])
        }

        /// Where the forms of this office keep entries the store did not take (never the real home).
        var recoveryFolder: String { folder.appendingPathComponent("state/nintei/recovery").path }

        func openForm() throws -> TmuxSession {
            let state = folder.appendingPathComponent("state").path
            let command = "LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME='\(state)' '\(Binary.path)' form 1 --db '\(database)'; "
                + "status=$?; clear; echo \"nintei-exited=$status\"; sleep 60"
            return try TmuxSession(command: command, width: 80, height: 24)
        }

        /// The document the store holds for case 1, as `nintei export` writes it.
        func exported() throws -> String {
            try run(["export", "1"]).standardOutput
        }
    }

    static func send(_ steps: [FormDriver.Step], to session: TmuxSession) throws {
        for step in steps {
            switch step {
            case .text(let text): try session.type(text)
            case .keys(let keys): for key in keys { try session.sendKeys(key) }
            }
        }
    }

    /// The fixture as the store writes it: imported into a second store and exported.
    static func canonicalFixture() throws -> String {
        let office = try Office()
        let imported = try office.run(["import", fixture.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        return try office.run(["export", "2"]).standardOutput
    }

    @Test("typing every field of a paper application gives back the same document")
    func typeWholeApplication() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.waitFor("基本情報") != nil else {
            Issue.record("the form did not open:\n\(session.screen())")
            return
        }
        let driver = try FormDriver(checklistFile: Self.checklist, documentFile: Self.fixture, referenceFile: Self.reference)
        let steps = driver.steps()
        // The goal: at most the characters on the paper plus one key per field.
        let paper = driver.paper()
        #expect(FormDriver.keyCount(steps) <= paper.characters + paper.fields,
                "\(FormDriver.keyCount(steps)) keys for \(paper.characters) characters and \(paper.fields) fields")
        try Self.send(steps, to: session)
        #expect(session.waitFor("判定: 認定基準を満たす（7節 / 必要3節）") != nil, "\(session.screen())")
        try session.sendKeys("C-c")
        #expect(session.waitFor("nintei-exited=0") != nil, "\(session.screen())")
        let typed = try office.exported()
        let expected = try Self.canonicalFixture()
        #expect(typed == expected)
        if typed != expected {
            let diff = zip(typed.split(separator: "\n"), expected.split(separator: "\n")).first { $0 != $1 }
            Issue.record("first difference: \(String(describing: diff))\n\(session.screen())")
        }
    }

    @Test("a process killed in the middle of the form keeps every field that was left")
    func killedMidForm() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.expectScreen("基本情報", "the form opens") != nil else { return }
        try session.type("2023-07-14")
        try session.sendKeys("Tab", "Tab")
        try session.type("カブシキガイシャアサカセイミツテクノ")
        try session.sendKeys("Tab")
        try session.type("埼玉県朝霞市本町1-2-3")
        try session.sendKeys("Tab")
        try session.type("E")
        try session.sendKeys("Tab")
        try session.type("48")
        try session.sendKeys("Tab")
        // Typed but not left: this one may be lost, the others must not.
        try session.type("書きかけ")
        // Shown: every field before it was left, so saved; only this one may be lost.
        guard session.expectScreen("書きかけ", "the last field typed") != nil else { return }
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-KILL", "-f", "form 1 --db \(office.database)"]
        try kill.run()
        kill.waitUntilExit()
        #expect(session.waitFor("nintei-exited=137") != nil, "\(session.screen())")
        let document = try office.exported()
        #expect(document.contains("\"receivedOn\": \"2023-07-14\""))
        #expect(document.contains("\"kana\": \"カブシキガイシャアサカセイミツテクノ\""))
        #expect(document.contains("\"address\": \"埼玉県朝霞市本町1-2-3\""))
        #expect(document.contains("\"industry\": \"E\"") && document.contains("\"employees\": 48"))
        #expect(!document.contains("書きかけ"), "a field that was never left is not saved")
        #expect(try office.run(["check"]).status == 0, "the store is intact")
    }

    @Test("the natural keys in a real terminal: typing over the date, Enter to leave, Ctrl-J for a new line, q on a check box")
    func naturalKeys() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.expectScreen("基本情報", "the form opens") != nil else { return }
        // The received date as a date stamp reads, then Enter to the next field.
        try session.type("2023-11-29")
        try session.sendKeys("Enter")
        guard session.expectScreen("（令和5年11月29日）", "the date is saved and shown in both calendars") != nil else { return }
        try session.sendKeys("Up")
        try session.type("20230701")
        try session.sendKeys("Enter")
        guard session.expectScreen("（令和5年7月1日）", "the date typed replaced the one shown") != nil else { return }
        // Section 1: 1-1's mark, then its multi-line summary: two lines, Enter leaves it.
        try session.sendKeys("PageDown", "PageDown", "Space", "Tab")
        try session.type("家族との時間")
        try session.sendKeys("C-j")
        try session.type("を大切に")
        try session.sendKeys("Enter")
        // Now on 1-2's check box: a word typed here is named, and its q does not quit.
        try session.type("quiet")
        guard session.expectScreen("「quiet」は入力されていません", "text on a check box is named on the status line") != nil else { return }
        // The first Space right after the words is taken as one more stray character; the second ticks.
        try session.sendKeys("Space")
        guard session.expectScreen("「quiet 」は入力されていません", "the space is named too") != nil else { return }
        try session.sendKeys("Space", "Tab")
        try session.type("総務課")
        try session.sendKeys("Enter")
        guard session.expectScreen("保存しました: 担当部署名", "the session went on after q") != nil else { return }
        try session.sendKeys("C-c")
        #expect(session.waitFor("nintei-exited=0") != nil, "\(session.screen())")
        let document = try office.exported()
        #expect(document.contains("\"receivedOn\": \"2023-07-01\""), "\(document)")
        #expect(document.contains("\"text\": \"家族との時間\\nを大切に\""), "\(document)")
        #expect(document.contains("\"1-2\": {\n      \"mark\": \"check\",\n      \"text\": \"総務課\""), "\(document)")
    }
}
