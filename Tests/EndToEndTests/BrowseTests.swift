import Foundation
import Testing

/// `nintei browse` of the real binary in tmux, on the demo office: Japanese searches typed as
/// an input method delivers them narrow the list at once, Enter shows a firm, q quits.
@Suite("The certified-firm browser in tmux", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct BrowseTests {
    @Test("a one- and a two-character Japanese search filter the list; Enter opens the detail; q quits")
    func searchOpenQuit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-browse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("demo.sqlite").path
        let demo = try Binary.run(["demo", "--db", database])
        #expect(demo.status == 0, "\(demo.standardError)")
        // Read-only: the file and its folder cannot be written, and browsing still works.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)

        let command = "LANG=C.UTF-8 TERM=xterm-256color '\(Binary.path)' browse --db '\(database)'; echo \"nintei-exited=$?\"; sleep 60"
        let session = try TmuxSession(command: command, width: 80, height: 24)
        guard session.waitFor("認定企業の一覧") != nil, session.waitFor("株式会社さくら精工") != nil else {
            Issue.record("the browser did not open:\n\(session.screen())")
            return
        }

        try session.type("溝")
        guard session.expectScreen("a one-character search narrowing the list to 医療法人社団溝沼会", until: {
            $0.contains("1社") && $0.contains("医療法人社団溝沼会") && !$0.contains("株式会社さくら精工")
        }) != nil else { return }

        try session.sendKeys("BSpace")
        guard session.expectScreen("株式会社さくら精工", "the whole list back after the search is erased") != nil else { return }
        try session.type("朝霞")
        // The kanji 朝霞 is not the kana あさか: 有限会社あさか運輸 is not found.
        guard session.expectScreen("a two-character search narrowing the list to 朝霞 only", until: {
            $0.contains("検索: 朝霞") && $0.contains("朝霞南部事業協同組合")
                && !$0.contains("株式会社さくら精工") && !$0.contains("有限会社あさか運輸")
        }) != nil else { return }

        try session.sendKeys("Enter")
        // The certificate number, and the validity in the Japanese calendar too.
        guard session.expectScreen("Enter opening the firm's detail", until: {
            $0.contains("力を入れている取組") && $0.contains("認定番号") && $0.contains("令和")
        }) != nil else { return }

        try session.sendKeys("q")
        guard let after = session.waitFor("nintei-exited=0") else {
            Issue.record("q did not quit:\n\(session.screen())")
            return
        }
        #expect(!after.contains("力を入れている取組"))
    }
}
