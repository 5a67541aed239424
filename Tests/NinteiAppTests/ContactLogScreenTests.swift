import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("The contact log (ヒアリング)")
struct ContactLogScreenTests {
    func log(_ fixture: DeskFixture, login: String = "suzuki", caseID: Int64 = 2, language: Language = .ja) throws -> ContactLogScreen {
        ContactLogScreen(store: try fixture.store(login), caseID: caseID, language: language, today: DeskFixture.today)
    }

    @Test("the entries of a case, the selected one in full", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en)])
    func entries(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let backend = DeskFixture.run(try log(fixture, language: language), [.down], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "contacts-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("adding an entry: the form", arguments: [(80, 24, Language.ja), (40, 12, .ja), (80, 24, .en)])
    func form(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let keys: [Key] = [.character("a"), .ctrl("u")] + DeskFixture.typing("2026-11-20") + [.tab, .right, .right, .tab]
            + DeskFixture.typing("訪問して就業規則を確認。") + [.enter] + DeskFixture.typing("育児休業の規程は法令どおり。")
        let backend = DeskFixture.run(try log(fixture, language: language), keys, width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "contacts-add-\(width)x\(height)-\(language.rawValue)")
        #expect(backend.cursor != nil)
    }

    @Test("F2 saves the entry through the store, with the login and the channel")
    func saves() throws {
        let fixture = try DeskFixture()
        let screen = try log(fixture, caseID: 21)
        let keys: [Key] = [.character("a"), .tab, .right, .tab] + DeskFixture.typing("資料の送付を依頼") + [.enter] + DeskFixture.typing("2行目") + [.function(2)]
        let backend = DeskFixture.run(screen, keys)
        #expect(!screen.isAdding)
        #expect(backend.snapshot().contains("ヒアリングを記録しました"))
        let entries = try fixture.store("suzuki").contacts(caseID: 21)
        #expect(entries.count == 1)
        #expect(entries.first?.note == "資料の送付を依頼\n2行目")
        #expect(entries.first?.channel == .mail)
        #expect(entries.first?.recordedBy == "suzuki")
        #expect(entries.first?.date == DeskFixture.today)
    }

    @Test("a date that cannot be read, or in the future, or an empty note is refused with a reason; era and full-width dates are read")
    func validation() throws {
        let fixture = try DeskFixture()
        let bad = DeskFixture.run(try log(fixture), [.character("a"), .ctrl("u")] + DeskFixture.typing("7月14日") + [.function(2)]).snapshot()
        #expect(bad.contains("日付「7月14日」が読めません（例: 2023-07-14、令和5年7月14日）"))
        let future = DeskFixture.run(try log(fixture), [.character("a"), .ctrl("u")] + DeskFixture.typing("2030-01-01") + [.function(2)]).snapshot()
        #expect(future.contains("2030-01-01 は未来の日付です"))
        let empty = DeskFixture.run(try log(fixture), [.character("a"), .function(2)]).snapshot()
        #expect(empty.contains("内容を入力してください"))
        #expect(ContactLogScreen.parseDate("２０２３－０７－１４") == LocalDate(year: 2023, month: 7, day: 14))
        #expect(ContactLogScreen.parseDate("2023-02-30") == nil)
        #expect(ContactLogScreen.parseDate("R5.7.14") == LocalDate(year: 2023, month: 7, day: 14))
        #expect(ContactLogScreen.parseDate("令和元年5月1日") == LocalDate(year: 2019, month: 5, day: 1))
    }

    @Test("Esc with a typed note asks before discarding it")
    func discard() throws {
        let fixture = try DeskFixture()
        let screen = try log(fixture)
        let asked = DeskFixture.run(screen, [.character("a"), .tab, .tab] + DeskFixture.typing("メモ") + [.escape])
        #expect(asked.snapshot().contains("入力中の内容は保存されていません。破棄しますか？"))
        _ = DeskFixture.run(screen, [.enter])
        #expect(screen.isAdding, "the focused button is 入力に戻る")
        _ = DeskFixture.run(screen, [.escape, .left, .enter])
        #expect(!screen.isAdding)
    }

    @Test("committee members and viewers read the log; adding is disabled with the reason")
    func readOnly() throws {
        let fixture = try DeskFixture()
        let member = DeskFixture.run(try log(fixture, login: "yamada"), [.character("a")]).snapshot()
        #expect(member.contains("ヒアリングを記録することができるのは事務局です（あなたの役割: 審査委員）"))
        let viewer = ContactLogScreen(store: try fixture.store("kimura", mode: .readOnly), caseID: 2, language: .en, today: DeskFixture.today)
        let text = DeskFixture.run(viewer, [.character("a")], language: .en).snapshot()
        #expect(text.contains("only an officer may record a contact (your roles: viewer)"), "\(text)")
        let missing = DeskFixture.run(try log(fixture, caseID: 999), []).snapshot()
        #expect(missing.contains("案件 999 はありません"))
    }
}
