@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import Testing

/// Verification by re-keying in the intake form: a second officer types the paper again into
/// empty fields with the keyer's keys; a difference shows both entries and the verifier says
/// which the paper agrees with.
@Suite("Verifying a case by re-keying")
struct VerifyFormTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    @Test("blind: the first entry is not shown; two mistakes found, one the verifier's, one the keyer's, each resolved")
    func verifyWithTwoMistakes() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try CaseFormScreen(store: office.store("suzuki"), caseID: id, language: .ja, recovery: office.recovery, verifying: true)
        let shell = AppShell(root: form, language: .ja)
        let size = TerminalSize(width: 80, height: 24)
        let opened = shell.frame(size: size).render()
        #expect(opened.contains("確認入力 申請") && opened.contains("確認入力: 0 / "), "\(opened)")
        #expect(!opened.contains("朝霞市本町1-1-1") && !opened.contains("048-000-0000") && !opened.contains("判定"), "nothing of the first entry shows:\n\(opened)")
        _ = shell.handle(.function(4))
        let findings = shell.frame(size: size).render()
        #expect(findings.contains("確認入力中は指摘を表示しません") && form.reviewPrompt == nil, "F4 shows no finding while verifying:\n\(findings)")
        func press(_ keys: [Key]) { for key in keys { _ = shell.handle(key) } }
        // The received date and the name as on the paper: they match.
        press(Self.typing("2023-07-14") + [.enter] + Self.typing("株式会社さくら精工") + [.enter])
        #expect(shell.shownDialog == nil)
        // The reading mistyped by the verifier: both entries shown; the paper agrees with the first.
        press(Self.typing("カブシキガイシャサクラセイキ") + [.enter])
        let question = try #require(shell.shownDialog, "a difference is asked about")
        let asked = shell.frame(size: size).render()
        #expect(asked.contains("1回目（yamada）: 「カブシキガイシャサクラセイコウ」") && asked.contains("2回目（あなた）: 「カブシキガイシャサクラセイキ」"), "\(asked)")
        #expect(question.buttons == ["1回目が正しい", "2回目が正しい", "入力し直す"])
        press([.left, .left, .enter])
        #expect(shell.shownDialog == nil && form.fields[form.focus].path.description == "firm.address", "on to the next field")
        // The address mistyped by the keyer: the paper agrees with the second entry.
        press(Self.typing("埼玉県朝霞市本町9-9-9") + [.enter])
        #expect(shell.shownDialog != nil)
        press([.left, .enter])
        let store = try office.store("yamada")
        #expect(try store.loadCase(id).document.firm.address == "埼玉県朝霞市本町9-9-9", "corrected")
        #expect(try store.loadCase(id).document.firm.kana == "カブシキガイシャサクラセイコウ", "kept")
        let records = try store.fieldVerifications(caseID: id)
        #expect(records.map(\.outcome) == [.matched, .matched, .kept, .corrected])
        #expect(records.allSatisfy { $0.keyedBy == "yamada" && $0.verifiedBy == "suzuki" })
        let progress = shell.frame(size: size).render()
        #expect(progress.contains("確認入力: 4 / ") && progress.contains("不一致 2・訂正 1"), "\(progress)")
    }

    @Test("Type again leaves the second entry in the field to fix; the same entry left again asks nothing more")
    func typeAgain() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try CaseFormScreen(store: office.store("suzuki"), caseID: id, language: .ja, recovery: office.recovery, verifying: true)
        let shell = AppShell(root: form, language: .ja)
        for key in Self.typing("2023-07-15") + [.enter] { _ = shell.handle(key) }
        #expect(shell.shownDialog != nil)
        _ = shell.handle(.enter)  // 入力し直す (the focused button)
        #expect(shell.shownDialog == nil && form.focus == 0, "still on the date")
        for key in [Key.ctrl("u")] + Self.typing("2023-07-14") + [.enter] { _ = shell.handle(key) }
        #expect(shell.shownDialog == nil && form.focus == 1)
        _ = shell.handle(.backTab)
        _ = shell.handle(.tab)
        #expect(try office.store("yamada").fieldVerifications(caseID: id).count == 1, "leaving it again with the same entry checks nothing")
    }

    @Test("the keyer cannot verify their own entries")
    func keyerRefused() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try CaseFormScreen(store: office.store("yamada"), caseID: id, language: .ja, recovery: office.recovery, verifying: true)
        let shell = AppShell(root: form, language: .ja)
        for key in Self.typing("2023-07-14") + [.enter] { _ = shell.handle(key) }
        let status = shell.frame(size: TerminalSize(width: 80, height: 24)).render().components(separatedBy: "\n").last!
        #expect(status.contains("確認できません: 「受付日」は yamada さん自身が入力した欄"), "\(status)")
        #expect(form.focus == 0)
    }

    @Test("the fields verification counts are the form's fields, in the form's order", arguments: ["asaka-2023", "asaka-points"])
    func entryFieldsAreTheFormsFields(_ checklistID: String) throws {
        let checklist = try #require(FormTestOffice.library.checklist(checklistID))
        var formPaths: [String] = []
        for page in FormPage.all(of: checklist) {
            for field in FormPageBuilder(page: page, checklist: checklist, language: .ja).fields where formPaths.last != "\(field.path)" {
                formPaths.append("\(field.path)")
            }
        }
        #expect(formPaths == EntryFields.fields(of: checklist).map { "\($0.path)" })
    }

    @Test("v in the case list opens the selected case for verification")
    func fromTheCaseList() throws {
        let office = try FormTestOffice()
        _ = try office.draft("sakura-seiko")
        let store = try office.store("suzuki")
        let list = CaseListScreen(store: store, language: .ja) { id in try? CaseFormScreen(store: store, caseID: id, language: .ja) }
        let backend = MemoryBackend(width: 80, height: 24, keys: [.character("v")])
        AppShell(root: list, language: .ja).run(on: backend)
        let screen = backend.snapshot()
        #expect(screen.contains("確認入力 申請 1") && screen.contains("確認入力: 0 / "), "\(screen)")
    }

    @Test("turning the page from a field left untouched checks nothing; Tab over an empty field is an entry")
    func pageTurnIsNotAnEntry() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try CaseFormScreen(store: office.store("suzuki"), caseID: id, language: .ja, recovery: office.recovery, verifying: true)
        let shell = AppShell(root: form, language: .ja)
        _ = shell.handle(.pageDown)
        #expect(shell.shownDialog == nil && form.pageIndex == 1, "no question, on the next page")
        #expect(try office.store("yamada").fieldVerifications(caseID: id).isEmpty)
        _ = shell.handle(.pageUp)
        _ = shell.handle(.tab)
        #expect(shell.shownDialog != nil, "the paper's date left empty differs from the first entry")
    }

    @Test("a table's entries are shown as the paper's rows, without the program's keys")
    func tableEntriesAsOnPaper() {
        let rows: JSONValue = .array([
            .object([("year", .number(2020)), ("monthHours", .number(44)), ("yearHours", .number(350))]),
            .object([("year", .number(2021)), ("monthHours", .number(40)), ("yearHours", .number(320))]),
        ])
        #expect(CaseFormScreen.describe(rows, language: .ja) == "2020: 44 / 350、2021: 40 / 320")
        #expect(CaseFormScreen.describe(nil, language: .ja) == "（空欄）")
    }
}
