import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("The home screen by role")
struct HomeScreenTests {
    @Test("what each role sees", arguments: ["officer", "committee", "chair", "admin", "viewer", "none"])
    func byRole(role: String) throws {
        let fixture = try DeskFixture()
        let backend = DeskFixture.run(fixture.home(role, language: .ja), [])
        expectSnapshot(fixture.masked(backend.snapshot()), named: "home-\(role)-80x24-ja")
    }

    @Test("officer and viewer at 80×24 and 40×12 in English and Japanese",
          arguments: [("officer", 80, 24, Language.en), ("officer", 40, 12, .ja), ("officer", 40, 12, .en), ("viewer", 40, 12, .ja), ("viewer", 80, 24, .en)])
    func sizes(role: String, width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let backend = DeskFixture.run(fixture.home(role, language: language), [], width: width, height: height, language: language)
        expectSnapshot(fixture.masked(backend.snapshot()), named: "home-\(role)-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("writing roles open the store read-write; a viewer and a login without a role read-only")
    func modes() throws {
        let fixture = try DeskFixture()
        for (role, mode) in [("officer", Store.Mode.readWrite), ("committee", .readWrite), ("chair", .readWrite), ("admin", .readWrite), ("viewer", .readOnly), ("none", .readOnly)] {
            guard case .opened(let store, _, _) = fixture.office(role) else {
                Issue.record("\(role): the store did not open")
                continue
            }
            #expect(store.mode == mode, "\(role)")
        }
    }

    @Test("a viewer sees 新規作成 disabled and is told why, on the status line and in the help")
    func disabledWithReason() throws {
        let fixture = try DeskFixture()
        let pressed = DeskFixture.run(fixture.home("viewer", language: .ja), [.character("n")])
        let text = pressed.snapshot()
        #expect(text.contains("案件を作成することができるのは事務局です（あなたの役割: 閲覧者）"), "\(text)")
        #expect(text.contains("認定 Nintei ─ ワーク・ライフ・バランス推進企業認定"), "the screen stays")
        let help = DeskFixture.run(fixture.home("viewer", language: .en), [.character("?")], language: .en).snapshot()
        #expect(help.contains("n      New case — only an officer may create a case") || help.contains("New case — only an officer may create a case"), "\(help)")
    }

    @Test("a store that cannot be opened still shows the screen with the reason; the checklists still open")
    func unavailable() throws {
        let office = OpenApp.openOffice(at: "/tmp/nd-missing/none.sqlite", data: DeskFixture.data, identity: Identity(login: "x"), language: .ja)
        let home = HomeScreen(library: DeskFixture.data.checklists, office: office, language: .ja, openCase: { _ in nil })
        let backend = DeskFixture.run(home, [])
        expectSnapshot(backend.snapshot(), named: "home-unavailable-80x24-ja")
        let small = DeskFixture.run(HomeScreen(library: DeskFixture.data.checklists, office: office, language: .ja, openCase: { _ in nil }), [], width: 40, height: 12)
        #expect(small.snapshot().contains("保存ファイルがありません"))
        let list = DeskFixture.run(HomeScreen(library: DeskFixture.data.checklists, office: office, language: .ja, openCase: { _ in nil }), [.character("l")])
        #expect(list.snapshot().contains("保存ファイルを開けないため使えません"))
        let versions = DeskFixture.run(HomeScreen(library: DeskFixture.data.checklists, office: office, language: .ja, openCase: { _ in nil }), [.character("v")])
        #expect(versions.snapshot().contains("asaka-2023"))
    }

    @Test("the entries open their screens: the awaiting-committee count is the filtered list's count")
    func entries() throws {
        let fixture = try DeskFixture()
        let awaiting = DeskFixture.run(fixture.home("officer", language: .ja), [.character("w")]).snapshot()
        #expect(awaiting.contains("状態: 委員会待ち"))
        #expect(awaiting.contains("· 5件"))
        let member = DeskFixture.run(fixture.home("committee", language: .ja), [.character("w")]).snapshot()
        #expect(member.contains("案件一覧を使えるのは事務局です"), "a member reads the agenda's cases through committee review: \(member)")
        let drafts = DeskFixture.run(fixture.home("officer", language: .ja), [.down, .enter]).snapshot()
        #expect(drafts.contains("状態: 下書き"))
        let new = DeskFixture.run(fixture.home("officer", language: .ja), [.character("n")]).snapshot()
        #expect(new.contains("認定 Nintei ─ 新規作成"))
        let versions = DeskFixture.run(fixture.home("viewer", language: .ja), [.character("v"), .enter]).snapshot()
        #expect(versions.contains("▶ 1-1"))
    }
}
