import Foundation
import Testing

/// The widget gallery of the real binary in tmux: Japanese typed as an input method delivers
/// it, at the columns a user sees, through a resize and back to the shell.
@Suite("The widget gallery in tmux", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct GalleryTests {
    func start() throws -> TmuxSession {
        let command = "LANG=C.UTF-8 TERM=xterm-256color '\(Binary.path)' gallery; echo \"nintei-exited=$?\"; sleep 60"
        return try TmuxSession(command: command, width: 80, height: 24)
    }

    @Test("typed Japanese lands whole at its columns, the cursor after it; resize redraws; Ctrl-C gives the terminal back")
    func typeResizeQuit() throws {
        let session = try start()
        guard session.waitFor("担当者名") != nil else {
            Issue.record("the gallery did not appear:\n\(session.screen())")
            return
        }
        try session.type("山田太郎ﾀﾛｳ café")
        // The label column is 12 wide; 山田太郎 takes 8 columns, ﾀﾛｳ 3, the rest 5.
        guard session.expectScreen("the typed text at its columns", until: {
            $0.components(separatedBy: "\n")[1] == "担当者名    山田太郎ﾀﾛｳ café"
        }) != nil else { return }
        session.expectCursor(x: 12 + 8 + 3 + 5, y: 1, "the cursor after the typed text")

        try session.sendKeys("Left", "Left", "Left", "Left", "Left", "Left")
        try session.type("様")
        session.expectScreen("山田太郎ﾀﾛ様ｳ café", "insertion in the middle")
        session.expectCursor(x: 12 + 8 + 2 + 2, y: 1, "the cursor after the inserted character")

        // Letters are refused by the number field, with the reason on the status line.
        try session.sendKeys("Tab", "Tab")
        try session.type("25人")
        #expect(session.waitFor("この欄には数字だけを入力できます") != nil, "\(session.screen())")

        try session.resize(width: 40, height: 12)
        guard let small = session.expectScreen("担当者名 山田太郎ﾀﾛ様ｳ café", "a resize redrawing at the new width") else { return }
        #expect(small.components(separatedBy: "\n").count >= 12)
        // The focus is on the number field (row 5): label 9 columns, 8 for digits ending in "25".
        session.expectCursor(x: 9 + 8, y: 5, "the cursor following the field to its new place")

        try session.sendKeys("C-c")
        guard let after = session.waitFor("nintei-exited=0") else {
            Issue.record("Ctrl-C did not end the gallery:\n\(session.screen())")
            return
        }
        #expect(!after.contains("担当者名"), "the alternate screen is gone and the shell's screen is back")
    }
}
