import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("The case list")
struct CaseListScreenTests {
    func list(_ fixture: DeskFixture, role: String = "officer", language: Language = .ja, filter: CaseFilter = .all) throws -> CaseListScreen {
        let store = try fixture.store(DeskFixture.logins[role]!)
        return CaseListScreen(store: store, language: language, filter: filter) { id in
            CaseSummaryScreen(store: store, caseID: id, language: language)
        }
    }

    static func expectFits(_ text: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.components(separatedBy: "\n").allSatisfy { $0.displayWidth <= width }, sourceLocation: sourceLocation)
    }

    @Test("every case, Japanese names aligned in columns", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en), (60, 16, .ja)])
    func all(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let backend = DeskFixture.run(try list(fixture, language: language), [], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "caselist-all-\(width)x\(height)-\(language.rawValue)")
        Self.expectFits(backend.snapshot(), width: width)
    }

    @Test("Japanese typed in the list searches at once, by name or reading", arguments: [(80, 24, Language.ja), (40, 12, .ja), (80, 24, .en)])
    func search(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let backend = DeskFixture.run(try list(fixture, language: language), DeskFixture.typing("あさか"), width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "caselist-search-\(width)x\(height)-\(language.rawValue)")
        #expect(backend.cursor != nil, "the cursor is in the search field")
        let reading = DeskFixture.run(try list(fixture), [.character("/")] + DeskFixture.typing("グリーン")).snapshot()
        #expect(reading.contains("2件"), "\(reading)")
    }

    @Test("the status filter and the kind filter", arguments: [(80, 24, Language.ja), (40, 12, .en)])
    func filters(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        // s: every status → awaiting committee; t: both → new.
        let backend = DeskFixture.run(try list(fixture, language: language), [.character("s"), .character("t")], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "caselist-filter-\(width)x\(height)-\(language.rawValue)")
        let screen = try list(fixture)
        _ = DeskFixture.run(screen, [.character("s"), .character("s"), .character("t"), .character("t")])
        #expect(screen.filter == .status(.draft))
        #expect(screen.kind == .renewal)
        #expect(screen.count == 0)
    }

    @Test("o sorts by reading; Esc clears the search, then goes back")
    func orderAndEscape() throws {
        let fixture = try DeskFixture()
        let screen = try list(fixture)
        let sorted = DeskFixture.run(screen, [.character("o")]).snapshot()
        #expect(sorted.contains("並び: フリガナ順"))
        let rows = sorted.components(separatedBy: "\n").dropFirst(5).prefix(3)
        #expect(rows.first?.contains("あさか運輸") == true || rows.first?.contains("朝霞") == true || rows.first?.contains("あおば") == false, "\(sorted)")

        let searched = try list(fixture)
        _ = DeskFixture.run(searched, DeskFixture.typing("さくら"))
        #expect(searched.count == 1 && searched.searching)
        _ = DeskFixture.run(searched, [.escape])
        #expect(searched.count == 24 && !searched.searching, "Esc clears the search")

        let shell = AppShell(root: HomeScreen(library: DeskFixture.data.checklists, office: fixture.office("officer"), language: .ja, openCase: DeskFixture.opener(fixture.office("officer"), .ja)), language: .ja)
        for key in [Key.enter] + DeskFixture.typing("さくら") + [.escape, .escape] { _ = shell.handle(key) }
        #expect(shell.current is HomeScreen, "Esc clears, a second Esc goes back")
    }

    @Test("Enter opens the selected case through openCase; Esc comes back to the same list")
    func opens() throws {
        let fixture = try DeskFixture()
        var opened: [Int64] = []
        let store = try fixture.store("suzuki")
        let screen = CaseListScreen(store: store, language: .ja) { id in
            opened.append(id)
            return CaseSummaryScreen(store: store, caseID: id, language: .ja)
        }
        let backend = MemoryBackend(width: 80, height: 24, keys: DeskFixture.typing("むさしの") + [.enter])
        let shell = AppShell(root: screen, language: .ja)
        shell.run(on: backend)
        #expect(opened == [17])
        let text = backend.snapshot()
        #expect(text.contains("株式会社むさしの朝霞グリーンライフ・ホームセンター・アンド・ガーデンサプライ"), "the summary wraps the long name")
        #expect(text.contains("認定基準を満たす"))
        backend.press(.escape)
        shell.run(on: backend)
        #expect(shell.current === screen)
        #expect(backend.snapshot().contains("検索 むさしの"), "the search is kept")
        #expect(!screen.searching, "the list has the keys again")
    }

    @Test("a viewer-only or empty search disables what cannot be done, with reasons")
    func disabled() throws {
        let fixture = try DeskFixture()
        let screen = try list(fixture, role: "committee")
        let backend = DeskFixture.run(screen, [.character("n")])
        #expect(backend.snapshot().contains("案件を作成することができるのは事務局です（あなたの役割: 審査委員）"))
        let nothing = DeskFixture.run(try list(fixture), DeskFixture.typing("存在しない会社") + [.enter]).snapshot()
        #expect(nothing.contains("条件に合う案件はありません"))
        #expect(nothing.contains("開く案件がありません"))
    }

    @Test("a store of 3000 cases: the list reads only the rows it shows", .timeLimit(.minutes(2)))
    func large() throws {
        let fixture = try DeskFixture()
        let store = try Self.store(fixture, adding: 300) { index in
            (FirmProfile(name: "株式会社テスト\(index)", kana: "テスト\(index)"), LocalDate(year: 2025, month: 1, day: 1 + index % 28))
        }
        let screen = CaseListScreen(store: store, language: .ja) { _ in nil }
        let backend = DeskFixture.run(screen, [.end, .pageUp, .up], width: 40, height: 12)
        #expect(screen.count == 324)
        #expect(backend.snapshot().contains("316/324"), "\(backend.snapshot())")
    }

    /// The demo office's store (as suzuki, an officer) with `count` cases more, each case's firm
    /// and received date (nil: none) from its index.
    static func store(_ fixture: DeskFixture, adding count: Int, _ made: (Int) -> (FirmProfile, LocalDate?)) throws -> Store {
        let store = try fixture.store("suzuki")
        for index in 0..<count {
            let (firm, received) = made(index)
            try store.createCase(ApplicationDocument(checklistID: "asaka-2023", receivedOn: received, firm: firm))
        }
        return store
    }

    /// The case numbers the list shows, top to bottom (the first column of each body row).
    static func shownIDs(_ snapshot: String) -> [Int64] {
        snapshot.components(separatedBy: "\n").dropFirst(4).compactMap { line in
            let first = line.split(separator: " ", omittingEmptySubsequences: true).first
            return first.flatMap { Int64($0) }
        }
    }

    @Test("a typed search reads the rows the window shows; a taller window and PgDn show the rest, in order")
    func searchReadsWhatShows() throws {
        let fixture = try DeskFixture()
        let store = try Self.store(fixture, adding: 60) { index in
            (FirmProfile(name: "テスト精機\(index)", kana: "テストセイキ"), LocalDate(year: 2025, month: 1, day: 1 + index % 20))
        }
        let all = try store.casePage(CaseListQuery(search: "テスト精機"), offset: 0, limit: 100).map(\.id)
        #expect(all.count == 60)
        let screen = CaseListScreen(store: store, language: .ja) { _ in nil }
        let shell = AppShell(root: screen, language: .ja)
        let small = TerminalSize(width: 80, height: 12)
        shell.layOut(size: small)
        for key in "/テスト精機".map(Key.character) { _ = shell.handle(key) }
        let typed = shell.frame(size: small).render()
        #expect(typed.contains("60件") && Self.shownIDs(typed) == Array(all.prefix(7)), "\(typed)")
        // Taller: the rows it has room for are read when it grows, before the frame.
        let tall = TerminalSize(width: 80, height: 50)
        shell.layOut(size: tall)
        let grown = shell.frame(size: tall).render()
        #expect(Self.shownIDs(grown) == Array(all.prefix(45)), "\(grown)")
        // Back to small, PgDn past the rows read at first.
        shell.layOut(size: small)
        for key in [Key.tab] + Array(repeating: Key.pageDown, count: 3) { _ = shell.handle(key) }
        let paged = shell.frame(size: small).render()
        let rows = Self.shownIDs(paged)
        let start = try #require(all.firstIndex(of: rows.first ?? -1), "\(paged)")
        #expect(start > 0 && rows == Array(all[start..<(start + rows.count)]), "\(paged)")
    }

    @Test("End shows the last rows, and ↑ and PgUp from there the rows before them, in both orders", arguments: CaseListQuery.Order.allCases)
    func end(order: CaseListQuery.Order) throws {
        let fixture = try DeskFixture()
        // Many cases on each date and under each reading: the pages are cut inside ties.
        let store = try Self.store(fixture, adding: 300) { index in
            (FirmProfile(name: "株式会社テスト\(index % 7)", kana: "テスト\(index % 3)"), index % 5 == 0 ? nil : LocalDate(year: 2025, month: 1, day: 1 + index % 4))
        }
        let query = CaseListQuery(order: order)
        let all = try store.casePage(query, offset: 0, limit: 1000).map(\.id)
        #expect(all.count == 324)
        let keys: [Key] = order == .name ? [.character("o")] : []
        let atEnd = DeskFixture.run(CaseListScreen(store: store, language: .ja) { _ in nil }, keys + [.end], width: 80, height: 24).snapshot()
        let shown = Self.shownIDs(atEnd)
        #expect(shown.count >= 10, "\(atEnd)")
        #expect(shown == Array(all.suffix(shown.count)), "End shows the last rows:\n\(atEnd)")
        #expect(atEnd.contains("324/324"))
        for moves in [[Key.pageUp], [.pageUp, .pageUp, .up], Array(repeating: .pageUp, count: 6) + [.pageDown]] {
            let screen = CaseListScreen(store: store, language: .ja) { _ in nil }
            let text = DeskFixture.run(screen, keys + [.end] + moves, width: 80, height: 24).snapshot()
            let rows = Self.shownIDs(text)
            let start = try #require(all.firstIndex(of: rows.first ?? -1), "\(text)")
            #expect(rows == Array(all[start..<(start + rows.count)]), "\(moves):\n\(text)")
        }
    }
}

@Suite("The read-only case summary")
struct CaseSummaryScreenTests {
    @Test("profile, rule result, findings and strengths; fits and scrolls at every size", arguments: [(80, 24, Language.ja), (40, 12, .ja), (40, 12, .en), (120, 40, .en)])
    func summary(width: Int, height: Int, language: Language) throws {
        let fixture = try DeskFixture()
        let store = try fixture.store("suzuki", mode: .readOnly)
        let screen = CaseSummaryScreen(store: store, caseID: 1, language: language)
        let first = DeskFixture.run(screen, [], width: width, height: height, language: language).snapshot()
        #expect(first.contains("株式会社さくら精工"))
        #expect(first.components(separatedBy: "\n").allSatisfy { $0.displayWidth <= width })
        let all = screen.lines(width: width - 2).map(\.0).joined(separator: "\n")
        #expect(all.contains(language == .ja ? "認定基準を満たす" : "Meets the certification rule"))
        #expect(all.contains(language == .ja ? "公開される強み" : "Strengths to publish"))
        let end = DeskFixture.run(screen, Array(repeating: .pageDown, count: 20), width: width, height: height, language: language).snapshot()
        let lastLine = try #require(screen.lines(width: width - 2).last?.0)
        #expect(end.contains(lastLine), "PgDn reaches the end:\n\(end)")
        let missing = DeskFixture.run(CaseSummaryScreen(store: store, caseID: 999, language: .ja), []).snapshot()
        #expect(missing.contains("案件 999 はありません"))
    }
}

@Suite("The case list at the size of a prefecture")
struct LargeCaseListTests {
    /// The office's store with 1 050 drafts more, all named 株式会社テスト…: a search for 株式
    /// names more cases than the list counts at first.
    static func withCommonNames(_ office: FormTestOffice) throws -> Store {
        let store = try office.store("yamada")
        let documents = (0..<1_050).map { index in
            (document: ApplicationDocument(checklistID: "asaka-2023", firm: FirmProfile(name: "株式会社テスト\(index)", kana: "カブシキガイシャテスト")), status: CaseStatus.draft)
        }
        _ = try store.createCases(documents)
        return store
    }

    @Test("a common search shows 1000件以上 at once and counts on when scrolled to the end")
    func countStopsAtItsLimit() throws {
        let office = try FormTestOffice()
        let store = try Self.withCommonNames(office)
        let typed = DeskFixture.run(CaseListScreen(store: store, language: .ja, openCase: { _ in nil }), "/株式".map(Key.character))
        #expect(typed.snapshot().contains("1000件以上"))
        let atEnd = DeskFixture.run(CaseListScreen(store: store, language: .ja, openCase: { _ in nil }), "/株式".map(Key.character) + [.tab, .end])
        #expect(atEnd.snapshot().contains("1050件"), "\(atEnd.snapshot())")
        #expect(atEnd.snapshot().contains("1050/1050"))
        let limited = try store.countCases(CaseListQuery(search: "株式"), atMost: 10)
        #expect(limited == 10, "the store stops counting at the limit")
    }

    @Test("End after a common search shows the last rows at once, counting; the whole count arrives and they stay where they are")
    func endBeforeTheCount() throws {
        let office = try FormTestOffice()
        let store = try Self.withCommonNames(office)
        let last = try store.casePage(CaseListQuery(search: "株式"), from: nil, direction: .backward, limit: 20).map(\.id)
        let size = TerminalSize(width: 80, height: 24)
        let screen = CaseListScreen(store: store, language: .ja, openCase: { _ in nil })
        let shell = AppShell(root: screen, language: .ja)
        shell.layOut(size: size)
        for key in "/株式".map(Key.character) + [.tab, .end] { _ = shell.handle(key) }
        let counting = shell.frame(size: size).render()
        #expect(counting.contains("1000件以上（数えています）"), "\(counting)")
        #expect(counting.contains("末尾"), "the place is counted from the end:\n\(counting)")
        let shown = CaseListScreenTests.shownIDs(counting)
        #expect(shown.count >= 10 && shown == Array(last.suffix(shown.count)), "End shows the last rows at once:\n\(counting)")

        screen.waitForArrivals()
        let counted = shell.frame(size: size).render()
        #expect(counted.contains("1050件") && counted.contains("1050/1050"), "\(counted)")
        #expect(CaseListScreenTests.shownIDs(counted) == shown, "the rows shown stay on screen:\n\(counted)")

        // ↑ while counting reads up from the rows shown; Home leaves the end (and the count).
        let again = CaseListScreen(store: store, language: .ja, openCase: { _ in nil })
        let second = AppShell(root: again, language: .ja)
        second.layOut(size: size)
        for key in "/株式".map(Key.character) + [.tab, .end, .pageUp, .up] { _ = second.handle(key) }
        #expect(second.frame(size: size).render().contains("末尾−"))
        again.waitForArrivals()
        let afterUp = second.frame(size: size).render()
        let rows = CaseListScreenTests.shownIDs(afterUp)
        let all = try store.casePage(CaseListQuery(search: "株式"), offset: 0, limit: 2000).map(\.id)
        let start = try #require(all.firstIndex(of: rows.first ?? -1), "\(afterUp)")
        #expect(rows == Array(all[start..<(start + rows.count)]), "\(afterUp)")
        let home = CaseListScreen(store: store, language: .ja, openCase: { _ in nil })
        let third = AppShell(root: home, language: .ja)
        third.layOut(size: size)
        for key in "/株式".map(Key.character) + [.tab, .end, .home] { _ = third.handle(key) }
        let top = third.frame(size: size).render()
        #expect(top.contains("1000件以上") && !top.contains("数えています") && top.contains("1/1000"), "\(top)")
    }
}
