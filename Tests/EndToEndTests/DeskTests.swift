import Foundation
import Testing

/// The officer's desk in the real binary: the demo office, a search typed in Japanese as an
/// input method delivers it, a case opened and closed, and q back to the shell.
@Suite("The officer's desk in tmux", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct DeskTests {
    @Test("demo store → home by role → case list → search typed in Japanese → Enter opens the case → Esc back → q quits")
    func searchOpenQuit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-desk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("demo.sqlite").path
        let demo = try Binary.run(["demo", "--db", db])
        #expect(demo.status == 0, "\(demo.standardError)")
        // The demo makes its builder (this login) administrator and officer.
        let users = try Binary.run(["user", "--db", db])
        #expect(users.standardOutput.contains("管理者、事務局") || users.standardOutput.contains("事務局、管理者"), "\(users.standardOutput)")

        let command = "LANG=C.UTF-8 TERM=xterm-256color '\(Binary.path)' --db '\(db)'; echo \"nintei-exited=$?\"; sleep 60"
        let session = try TmuxSession(command: command, width: 80, height: 24)
        // The login's roles and the office's cases are shown.
        guard session.expectScreen("the home screen with the roles and 24 cases", until: {
            $0.contains("委員会待ち") && $0.contains("事務局") && $0.contains("24件")
        }) != nil else { return }

        try session.sendKeys("l")
        guard session.waitFor("番号 事業者名") != nil else {
            Issue.record("the case list did not open:\n\(session.screen())")
            return
        }
        try session.type("あさか")
        // Folded search: あさか finds あさか in names and アサカ in readings (朝霞…): ten rows, whose
        // columns line up by display width (every received date starts at the same column).
        guard session.expectScreen("the typed search filtering the list to 10 aligned rows", until: { screen in
            let lines = screen.components(separatedBy: "\n")
            let rows = lines.filter { $0.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil }
            let dateColumns = Set(rows.compactMap { row in row.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression).map { row[..<$0.lowerBound].displayColumns } })
            return screen.contains("· 10件") && lines[1] == " 検索 あさか" && rows.count == 10 && dateColumns.count == 1
        }) != nil else { return }
        session.expectCursor(x: 12, y: 1, "the cursor follows the typed text")

        try session.sendKeys("Enter")
        // The newest is a draft, so the officer gets the intake form.
        guard session.expectScreen("Enter opening the newest case's form", until: { $0.contains("基本情報") && $0.contains("合同会社あさかウェブ工房") }) != nil else {
            return
        }
        try session.sendKeys("Escape")
        #expect(session.waitFor("検索 あさか") != nil, "Esc goes back to the filtered list:\n\(session.screen())")
        try session.sendKeys("q")
        #expect(session.waitFor("nintei-exited=0") != nil, "q quits:\n\(session.screen())")
    }
}

private extension Substring {
    /// Terminal columns: two for East Asian wide characters.
    var displayColumns: Int {
        unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
            return width + (wide ? 2 : 1)
        }
    }
}
