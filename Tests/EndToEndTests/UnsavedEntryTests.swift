import Foundation
import Testing

/// What an officer typed and the store did not take survives the session that lost it.
@Suite("Unsaved entries across sessions", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct UnsavedEntryTests {
    typealias Office = IntakeFormTests.Office

    @Test("an entry typed while another officer saved, then a dropped SSH session: kept in a file, offered back and saved next time")
    func hangupAfterConflict() throws {
        let office = try Office()
        let first = try office.openForm()
        let second = try office.openForm()
        #expect(first.waitFor("基本情報") != nil)
        #expect(second.waitFor("基本情報") != nil)
        try first.sendKeys("Tab", "Tab", "Tab")
        try first.type("朝霞市本町1-1")
        try first.sendKeys("Tab")
        #expect(first.waitFor("（版 2）") != nil, "the first save is confirmed:\n\(first.screen())")
        try second.sendKeys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try second.type("朝霞太郎の代理人")
        #expect(second.waitFor("朝霞太郎の代理人") != nil)
        try second.killSession()
        let recovery = office.recoveryFolder
        var kept: [String] = []
        _ = eventually {
            kept = (try? FileManager.default.contentsOfDirectory(atPath: recovery)) ?? []
            return !kept.isEmpty
        }
        #expect(kept.count == 1, "the refused entry is kept in \(recovery): \(kept)")
        try first.sendKeys("C-c")
        #expect(first.waitFor("nintei-exited=0") != nil)

        let again = try office.openForm()
        guard let offer = again.waitFor("保存できなかった入力があります") else {
            Issue.record("the next session does not offer the entry back:\n\(again.screen())")
            return
        }
        #expect(offer.contains("朝霞太郎の代理人"), "the dialog shows what was typed:\n\(offer)")
        try again.sendKeys("Enter")
        #expect(again.waitFor("入力を欄に戻しました") != nil, "\(again.screen())")
    }
}
