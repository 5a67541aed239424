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
        // The title on the first line, the status bar (drawn last) with help pinned at its right end.
        guard session.expectScreen("the first screen, its title and status bar", until: { screen in
            let lines = screen.components(separatedBy: "\n")
            let statusLine = lines.last { !$0.isEmpty } ?? ""
            return screen.contains("チェックシートの版") && lines[0].hasPrefix(" 認定 Nintei ─ ワーク・ライフ・バランス推進企業認定")
                && statusLine.hasPrefix(" Enter 開く") && statusLine.hasSuffix("? ヘルプ")
        }) != nil else { return }

        try session.sendKeys("v")
        // Wide characters take two columns: the scoring column starts at the same place on both rows.
        guard session.expectScreen("the checklist versions, their scoring column aligned", until: { screen in
            let rows = screen.components(separatedBy: "\n").filter { $0.contains("asaka-") }
            return screen.contains("asaka-points") && rows.count == 2 && rows.allSatisfy { $0.contains("項目  ") }
        }) != nil else { return }

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
