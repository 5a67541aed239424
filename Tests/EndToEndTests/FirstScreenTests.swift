import Foundation
import Testing

/// The real binary on a real terminal (tmux), as a user starts it with `make run`.
@Suite("The first screen in tmux", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct FirstScreenTests {
    func start(width: Int = 80, height: Int = 24, arguments: String = "") throws -> TmuxSession {
        let command = "cd '\(Binary.repository.path)' && LANG=C.UTF-8 TERM=xterm-256color '\(Binary.path)' \(arguments); echo \"nintei-exited=$?\"; sleep 60"
        return try TmuxSession(command: command, width: width, height: height)
    }

    @Test("opens in Japanese, aligned by display width, and q gives the terminal back")
    func opensAndQuits() throws {
        let session = try start()
        guard let home = session.waitFor("チェックシートの版") else {
            Issue.record("the first screen did not appear:\n\(session.screen())")
            return
        }
        let homeLines = home.components(separatedBy: "\n")
        #expect(homeLines[0].hasPrefix(" 認定 Nintei ─ ワーク・ライフ・バランス推進企業認定"))
        let statusLine = homeLines.last { !$0.isEmpty } ?? ""
        #expect(statusLine.hasPrefix(" Enter 開く"))
        #expect(statusLine.hasSuffix("? ヘルプ"), "help is pinned at the right end")

        try session.sendKeys("v")
        guard let screen = session.waitFor("asaka-points") else {
            Issue.record("the checklist versions did not open:\n\(session.screen())")
            return
        }
        // Wide characters take two columns: the scoring column starts at the same place on both rows.
        let rows = screen.components(separatedBy: "\n").filter { $0.contains("asaka-") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("項目  ") })

        try session.sendKeys("q")
        #expect(session.waitFor("nintei-exited=0") != nil, "q must end the program:\n\(session.screen())")
    }

    @Test("Enter opens the checklist, ? shows help, a resize redraws, Esc goes back")
    func navigatesAndResizes() throws {
        let session = try start()
        guard session.expectScreen("チェックシートの版", "the first screen") != nil else { return }
        try session.sendKeys("v")
        guard session.expectScreen("asaka-points", "the checklist versions") != nil else { return }
        try session.sendKeys("Enter")
        #expect(session.waitFor("▶ 1-1    ワーク・ライフ・バランスの実現等のため") != nil, "\(session.screen())")
        try session.sendKeys("?")
        #expect(session.waitFor("キー操作") != nil)
        try session.sendKeys("x")
        try session.resize(width: 40, height: 12)
        #expect(session.waitFor("バランスの実…") != nil, "a resize must redraw at the new width:\n\(session.screen())")
        try session.resize(width: 30, height: 10)
        #expect(session.waitFor("画面が小さすぎます") != nil)
        try session.resize(width: 80, height: 24)
        try session.sendKeys("Escape")
        #expect(session.waitFor("チェックシートの版") != nil)
        try session.sendKeys("C-c")
        #expect(session.waitFor("nintei-exited=0") != nil)
    }

    @Test("--lang en opens in English")
    func english() throws {
        let session = try start(arguments: "--lang en")
        #expect(session.waitFor("Checklist versions") != nil, "\(session.screen())")
        try session.sendKeys("q")
        #expect(session.waitFor("nintei-exited=0") != nil)
    }

    @Test("SIGTERM restores the terminal and exits with the signal's status")
    func terminated() throws {
        let session = try start()
        guard session.expectScreen("チェックシートの版", "the first screen") != nil else { return }
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-TERM", "-f", "^\(Binary.path)$"]
        try kill.run()
        kill.waitUntilExit()
        #expect(session.waitFor("nintei-exited=143") != nil, "\(session.screen())")
    }
}
