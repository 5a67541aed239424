import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("New case and import")
struct NewCaseAndImportTests {
    func newCase(_ store: Store, language: Language = .ja) -> NewCaseScreen {
        NewCaseScreen(store: store, language: language, today: DeskFixture.today) { id in CaseSummaryScreen(store: store, caseID: id, language: language) }
    }

    @Test("the new case form", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en)])
    func form(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let keys = DeskFixture.typing("株式会社あさひ電機") + [.tab] + DeskFixture.typing("アサヒデンキ") + [.tab, .tab, .right]
        let backend = DeskFixture.run(newCase(try fixture.store("suzuki"), language: language), keys, width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "newcase-\(width)x\(height)-\(language.rawValue)")
        #expect(backend.cursor != nil)
    }

    @Test("the received date is today's until another is typed over it; one that cannot be read keeps the form open", arguments: ["20230701", "5.7.1", "令和5年7月1日"])
    func receivedDate(_ typed: String) throws {
        let fixture = try DeskFixture()
        let store = try fixture.store("suzuki")
        let shell = AppShell(root: newCase(store), language: .ja)
        // Name, reading, checklist version, new/renewal, received date.
        for key in DeskFixture.typing("株式会社あさひ電機") + [.tab, .tab, .tab, .tab] + DeskFixture.typing(typed) + [.function(2)] {
            _ = shell.handle(key)
        }
        let created = try store.casePage(CaseListQuery(search: "あさひ電機"), offset: 0, limit: 1)
        #expect(created.first?.receivedOn == "2023-07-01", "\(typed)")

        let refused = newCase(store)
        var said: ScreenAction?
        let refusedShell = AppShell(root: refused, language: .ja)
        for key in DeskFixture.typing("有限会社いろは") + [.tab, .tab, .tab, .tab] + DeskFixture.typing("7月1日") { _ = refusedShell.handle(key) }
        said = refused.perform("newCase.create")
        guard case .say(let message)? = said else {
            Issue.record("an unreadable date is refused with the reason")
            return
        }
        #expect(message.ja.contains("7月1日"), "\(message.ja)")
        #expect(refused.focus == .received)
        #expect(try store.casePage(CaseListQuery(search: "いろは"), offset: 0, limit: 1).isEmpty)
    }

    @Test("F2 creates a draft received today and opens it in place of the form")
    func creates() throws {
        let fixture = try DeskFixture()
        let store = try fixture.store("suzuki")
        let list = CaseListScreen(store: store, language: .ja) { id in CaseSummaryScreen(store: store, caseID: id, language: .ja) }
        let shell = AppShell(root: list, language: .ja)
        let backend = MemoryBackend(width: 80, height: 24)
        shell.run(on: backend)
        for key in [Key.character("n")] + DeskFixture.typing("株式会社あさひ電機") + [.tab, .tab, .right, .function(2)] { _ = shell.handle(key) }
        #expect(shell.current is CaseSummaryScreen)
        let created = try store.casePage(CaseListQuery(search: "あさひ電機"), offset: 0, limit: 1)
        #expect(created.first?.status == .draft)
        #expect(created.first?.receivedOn == LocalDate.today().iso)
        #expect(try store.loadCase(created[0].id).document.checklistID == "asaka-points", "→ chose the second version")
        _ = shell.handle(.escape)
        #expect(shell.current is CaseListScreen, "the form is gone: Esc goes back to the list")
        shell.run(on: backend)
        #expect(backend.snapshot().contains("25件"))
    }

    @Test("an empty name is refused with a reason; a viewer cannot create")
    func refused() throws {
        let fixture = try DeskFixture()
        let empty = DeskFixture.run(newCase(try fixture.store("suzuki")), [.function(2)]).snapshot()
        #expect(empty.contains("事業者名を入力してください"))
        let viewer = DeskFixture.run(newCase(try fixture.store("kimura", mode: .readOnly)), DeskFixture.typing("テスト") + [.function(2)]).snapshot()
        #expect(viewer.contains("案件を作成することができるのは事務局です（あなたの役割: 閲覧者）"), "\(viewer)")
    }

    static func badFile(_ fixture: DeskFixture) throws -> String {
        let file = fixture.folder + "/bad.json"
        let text = try String(contentsOfFile: DeskFixture.dataPath + "/examples/sakura-seiko.json", encoding: .utf8)
            .replacingOccurrences(of: #""options": ["a", "other"]"#, with: #""options": ["a", "e"]"#)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func importer(_ store: Store, language: Language = .ja) -> ImportScreen {
        ImportScreen(store: store, language: language, folder: "/nonexistent") { id in CaseSummaryScreen(store: store, caseID: id, language: language) }
    }

    @Test("a refused file shows the file, the key path and the problem", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja)])
    func refusal(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let file = try Self.badFile(fixture)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains(#"["a", "e"]"#))
        let screen = importer(try fixture.store("suzuki"), language: language)
        let (shell, backend) = DeskFixture.shell(screen, DeskFixture.typing(file) + [.enter], width: width, height: height, language: language)
        expectSnapshot(fixture.masked(backend.snapshot()), named: "import-refused-\(width)x\(height)-\(language.rawValue)")
        #expect(shell.shownDialog?.body.contains("answers.2-3.options[1]") == true)
        let count = try fixture.store("suzuki").countCases(CaseListQuery())
        #expect(count == 24, "nothing was stored")
    }

    @Test("the import screen before a path is typed", arguments: [(80, 24, Language.ja), (40, 12, .en)])
    func empty(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let backend = DeskFixture.run(importer(try fixture.store("suzuki"), language: language), [], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "import-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("a good file is imported and opened; the same file again is named with its case; a missing file is named; ~ is the home folder")
    func imports() throws {
        let fixture = try DeskFixture()
        let store = try fixture.store("suzuki")
        let shell = AppShell(root: importer(store), language: .ja)
        for key in DeskFixture.typing(DeskFixture.dataPath + "/examples/sakura-seiko.json") + [.enter] { _ = shell.handle(key) }
        #expect(shell.current is CaseSummaryScreen)
        #expect(try store.countCases(CaseListQuery()) == 25)

        let (missing, _) = DeskFixture.shell(importer(store), DeskFixture.typing("nothing-here.json") + [.enter])
        #expect(missing.shownDialog?.body == "ファイル: /nonexistent/nothing-here.json\n問題: ファイルがありません")

        let (again, _) = DeskFixture.shell(importer(store), DeskFixture.typing(DeskFixture.dataPath + "/examples/sakura-seiko.json") + [.enter])
        #expect(again.shownDialog?.body == "既に取り込み済み: \(DeskFixture.dataPath)/examples/sakura-seiko.json（案件 25）")
        #expect(try store.countCases(CaseListQuery()) == 25, "the same file is not imported twice")

        let home = importer(store)
        _ = DeskFixture.run(home, DeskFixture.typing("~/x.json"))
        #expect(home.resolvedPath == NSHomeDirectory() + "/x.json")
    }
}
