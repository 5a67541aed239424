@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import Testing

/// Intake at paper speed (issue 15, items 7, 8 and 10): the years printed on the paper are
/// there, Tab takes the officer from figure to figure, 業種 and 区分 are typed as names, the
/// page tabs' "!" follows what is typed, and the help says how the fields take their keys.
@Suite("The intake form at paper speed")
struct IntakePaperSpeedTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    /// A draft as the new-case screen makes it, received on 2023-07-01 (so the paper's years are 2020–2022).
    static func draft(_ office: FormTestOffice, receivedOn: String = "2023-07-01") throws -> Int64 {
        try office.store("yamada").createCase(ApplicationDocument(
            checklistID: "asaka-2023", kind: .new, receivedOn: LocalDate(iso: receivedOn), firm: FirmProfile(name: "株式会社テスト")))
    }

    static func statusLine(_ backend: MemoryBackend) -> String {
        backend.snapshot().components(separatedBy: "\n").last!
    }

    static func fieldEvents(_ office: FormTestOffice, _ id: Int64) throws -> [String] {
        try office.store("suzuki").auditEvents(caseID: id).map(\.action).filter { $0.hasPrefix("field") }
    }

    @Test("2-1: the paper's years are shown, Tab goes from figure to figure, and only the rows with figures are stored with their years")
    func yearsArePrefilled() throws {
        let office = try FormTestOffice()
        let id = try Self.draft(office)
        // Section 2 is the fourth page: 2-1 mark, then its table (the cursor starts on 2020's first figure).
        let keys: [Key] = [.pageDown, .pageDown, .pageDown, .tab]
            + Self.typing("50") + [.tab] + Self.typing("400") + [.tab, .tab]
            + Self.typing("48") + [.tab] + Self.typing("380") + [.tab] + Self.typing("30.5") + [.enter]
        let backend = try office.run(id, keys: keys)
        let figures = try office.store("suzuki").loadCase(id).document.answers["2-1"]?.figures ?? []
        #expect(figures.map(\.year) == [2020, 2021], "the years came from the paper, not from the keys: \(figures)")
        #expect(figures.first?.values == ["monthHours": 50, "yearHours": 400], "\(figures)")
        #expect(figures.last?.values == ["monthHours": 48, "yearHours": 380, "averageHours": 30.5], "\(figures)")
        #expect(try Self.fieldEvents(office, id) == ["field answers.2-1.figures"], "one save for the table")
        // Enter left the table for 2-2's mark, the next field.
        let screen = backend.snapshot()
        #expect(screen.contains("2020") && screen.contains("2022"), "\(screen)")
    }

    @Test("an empty table is crossed with one Enter and nothing is written; its years are not stored")
    func emptyTableWritesNothing() throws {
        let office = try FormTestOffice()
        let id = try Self.draft(office)
        let form = try office.form(id, as: "yamada")
        let shell = AppShell(root: form, language: .ja)
        for key: Key in [.pageDown, .pageDown, .pageDown, .tab] { _ = shell.handle(key) }
        #expect(form.fields[form.focus].path.description.hasSuffix("2-1.figures"))
        _ = shell.handle(.enter)
        #expect(form.fields[form.focus].path.description.hasSuffix("2-2.mark"), "one Enter crossed the table")
        #expect(try Self.fieldEvents(office, id).isEmpty)
        #expect(try office.store("suzuki").loadCase(id).document.answers["2-1"]?.figures == nil)
    }

    @Test("業種 is typed as a letter or part of its name; a name meaning several is refused with the candidates")
    func industryByName() throws {
        let office = try FormTestOffice()
        let id = try Self.draft(office)
        // Profile: 受付日, 企業名, 読み, 所在地, 業種.
        let toIndustry: [Key] = [.tab, .tab, .tab, .tab]
        let byName = try office.run(id, keys: toIndustry + Self.typing("建設") + [.enter])
        #expect(try office.store("suzuki").loadCase(id).document.firm.industry == "D", "\(Self.statusLine(byName))")
        // Back on the field, the name is shown beside the letter.
        let shown = try office.run(id, keys: toIndustry).snapshot()
        #expect(shown.contains("D 建設業"), "\(shown)")
        // Typing over it replaces the letter (no Ctrl-U); a full-width letter is read.
        _ = try office.run(id, keys: toIndustry + Self.typing("ｐ") + [.enter])
        #expect(try office.store("suzuki").loadCase(id).document.firm.industry == "P")
        let ambiguous = try office.run(id, keys: toIndustry + Self.typing("サービス") + [.enter])
        let status = Self.statusLine(ambiguous)
        #expect(status.contains("「サービス」に当たる業種が") && status.contains("L / M / N") && !status.contains("firm.industry"), "\(status)")
        #expect(ambiguous.cursor?.y == 7, "the focus stays on 業種")
        #expect(try office.store("suzuki").loadCase(id).document.firm.industry == "P", "nothing refused was stored")
        let other = try Self.draft(office)
        let unknown = Self.statusLine(try office.run(other, keys: toIndustry + Self.typing("宇宙") + [.enter]))
        #expect(unknown.contains("業種に「宇宙」はありません（記号 A–T か名前の一部"), "\(unknown)")
        // A name typed whole stays in sight while it is typed (nothing scrolls out as if dropped).
        let typing = try office.run(try Self.draft(office), keys: toIndustry + Self.typing("サービス")).snapshot()
        #expect(typing.contains("業種          サービス"), "\(typing)")
    }

    @Test("a certification's 区分 is one of its categories: part of one is enough, another word is refused naming them")
    func certificationCategory() throws {
        let office = try FormTestOffice()
        let id = try Self.draft(office)
        // Declarations page: law declaration, くるみん box, its 区分.
        _ = try office.run(id, keys: [.pageDown, .tab, .tab] + Self.typing("プラチナ") + [.enter])
        #expect(try office.store("suzuki").loadCase(id).document.certifications.first?.category == "プラチナくるみん")
        let other = try office.draft("sakura-seiko")
        let refused = Self.statusLine(try office.run(other, keys: [.pageDown, .tab, .tab, .ctrl("u")] + Self.typing("ゴールド") + [.enter]))
        #expect(refused.contains("区分に「ゴールド」はありません（くるみん / プラチナくるみん / トライくるみん）") && refused.contains("トライくるみん"), "\(refused)")
        // While the 区分 is focused, the categories show beside it.
        let focused = try office.run(id, keys: [.pageDown, .tab, .tab, .ctrl("u")]).snapshot()
        #expect(focused.contains("くるみん / プラチナくるみん / トライくるみん"), "\(focused)")
    }

    @Test("the page tabs' \"!\" follows what is typed: ticking the law declaration clears the declarations tab at once and never moves the mark to the profile")
    func missingMarkFollowsTyping() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        try office.store("yamada").saveField(caseID: id, path: JSONPath(parsing: "declarations.lawCompliance")!, value: nil,
                                              revision: office.store("yamada").loadCase(id).revision)
        let form = try office.form(id, as: "yamada")
        let shell = AppShell(root: form, language: .ja)
        func tabs() -> String { shell.frame(size: TerminalSize(width: 80, height: 24)).render().components(separatedBy: "\n")[1] }
        #expect(tabs().contains("申告・認証!") && !tabs().contains("基本情報!"), "\(tabs())")
        _ = shell.handle(.pageDown)
        _ = shell.handle(.character(" "))
        #expect(!tabs().contains("申告・認証!") && !tabs().contains("基本情報!"), "ticked, not yet saved: \(tabs())")
    }

    @Test("the form's help names Space, Ctrl-U, how tables and multi-line texts take Tab and Enter, and what ! means", arguments: [Language.ja, .en])
    func helpNotes(_ language: Language) throws {
        let office = try FormTestOffice()
        let id = try Self.draft(office)
        let help = try office.run(id, keys: [.function(1)], language: language).snapshot()
        let expected = language == .ja ? ["Space", "Ctrl-U", "表", "Ctrl-J", "「!」"] : ["Space", "Ctrl-U", "Tables", "Ctrl-J", "\"!\""]
        for word in expected { #expect(help.contains(word), "\(word) in:\n\(help)") }
    }
}
