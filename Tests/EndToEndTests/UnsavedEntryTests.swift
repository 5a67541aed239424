import Foundation
import Testing

/// What an officer typed and the store did not take survives the session that lost it.
@Suite("Unsaved entries across sessions", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct UnsavedEntryTests {
    typealias Office = IntakeFormTests.Office

    /// The form of case 1 with the recovery folder inside the office's folder.
    static func openForm(_ office: Office) throws -> TmuxSession {
        let state = office.folder.appendingPathComponent("state").path
        let command = "LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME='\(state)' '\(Binary.path)' form 1 --db '\(office.database)'; "
            + "status=$?; echo \"nintei-exited=$status\"; sleep 60"
        return try TmuxSession(command: command, width: 80, height: 24)
    }

    @Test("an entry typed while another officer saved, then a dropped SSH session: kept in a file, offered back and saved next time")
    func hangupAfterConflict() throws {
        let office = try Office()
        let first = try Self.openForm(office)
        let second = try Self.openForm(office)
        #expect(first.waitFor("基本情報", timeout: 300) != nil)
        #expect(second.waitFor("基本情報", timeout: 300) != nil)
        try first.sendKeys("Tab", "Tab", "Tab")
        try first.type("朝霞市本町1-1")
        try first.sendKeys("Tab")
        #expect(first.waitFor("（版 2）", timeout: 300) != nil, "the first save is confirmed:\n\(first.screen())")
        try second.sendKeys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try second.type("朝霞太郎の代理人")
        #expect(second.waitFor("朝霞太郎の代理人", timeout: 300) != nil)
        try second.killSession()
        let recovery = office.folder.appendingPathComponent("state/nintei/recovery").path
        var kept: [String] = []
        let deadline = Date().addingTimeInterval(300)
        while kept.isEmpty, Date() < deadline {
            kept = (try? FileManager.default.contentsOfDirectory(atPath: recovery)) ?? []
            if kept.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(kept.count == 1, "the refused entry is kept in \(recovery): \(kept)")
        try first.sendKeys("C-c")
        #expect(first.waitFor("nintei-exited=0", timeout: 300) != nil)

        let again = try Self.openForm(office)
        guard let offer = again.waitFor("保存できなかった入力があります", timeout: 300) else {
            Issue.record("the next session does not offer the entry back:\n\(again.screen())")
            return
        }
        #expect(offer.contains("朝霞太郎の代理人"), "the dialog shows what was typed:\n\(offer)")
        try again.sendKeys("Enter")
        #expect(again.waitFor("入力を欄に戻しました", timeout: 300) != nil, "\(again.screen())")
    }
}
