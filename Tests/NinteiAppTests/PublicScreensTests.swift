import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

/// The demo office (data/demo) in a temporary folder, seen on 2026-11-21, the day its dates
/// were written for: eight firms certified, four certifications ending within six months.
final class DemoTestOffice {
    static let day = LocalDate(iso: "2026-11-21")!
    static let mappings = try! FormTestOffice.data.loadMappings(checklists: FormTestOffice.library)
    static let targets = try! FormTestOffice.data.loadProgramTargets()

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-public-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("demo.sqlite").path }

    init() throws {
        try DemoOffice.build(
            at: path, from: FormTestOffice.data, identity: Identity(login: "builder"), checklists: FormTestOffice.library,
            reference: FormTestOffice.reference)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Read-only, as `nintei browse` opens it; "visitor" has no role.
    func readOnly(_ login: String = "visitor") throws -> Store {
        try Store.openReadOnly(at: path, identity: Identity(login: login), checklists: FormTestOffice.library, reference: FormTestOffice.reference)
    }

    /// Read-write for a login ("builder" is the demo's officer), without moving ended
    /// certifications on the real today.
    func readWrite(_ login: String = "builder") throws -> Store {
        try Store.open(
            at: path, identity: Identity(login: login), mode: .readWrite, checklists: FormTestOffice.library,
            reference: FormTestOffice.reference, expiringLapsed: false)
    }

    static func run(_ screen: any Screen, keys: [Key], width: Int = 80, height: Int = 24, language: Language) -> MemoryBackend {
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        AppShell(root: screen, language: language).run(on: backend)
        return backend
    }
}

@Suite("Certified-firm browser, renewals and dashboard, drawn to the in-memory terminal")
struct PublicScreensTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }
    static let sizes: [(Int, Int, Language)] = [(80, 24, .ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en)]

    func browse(_ office: DemoTestOffice, language: Language) throws -> BrowseScreen {
        BrowseScreen(store: try office.readOnly(), language: language, today: DemoTestOffice.day)
    }

    // MARK: Browse

    @Test("the list of certified firms", arguments: sizes)
    func browseList(width: Int, height: Int, language: Language) throws {
        let office = try DemoTestOffice()
        let backend = DemoTestOffice.run(try browse(office, language: language), keys: [], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "browse-list-\(width)x\(height)-\(language.rawValue)")
        #expect(backend.cursor != nil, "the cursor sits in the search field")
    }

    @Test("a search narrows the list as each character is typed: one character, then two")
    func typedSearch() throws {
        let office = try DemoTestOffice()
        let screen = try browse(office, language: .ja)
        #expect(screen.pages.count == 8)
        _ = screen.handle(.character("溝"))
        #expect(screen.pages.count == 1, "one character is enough")
        _ = screen.handle(.backspace)
        #expect(screen.pages.count == 8)
        for key in Self.typing("朝霞") { _ = screen.handle(key) }
        #expect(screen.pages.count == 2)
        let backend = DemoTestOffice.run(try browse(office, language: .ja), keys: Self.typing("朝霞"), language: .ja)
        expectSnapshot(backend.snapshot(), named: "browse-search-80x24-ja")
        let narrow = DemoTestOffice.run(try browse(office, language: .en), keys: Self.typing("あさ"), width: 40, height: 12, language: .en)
        expectSnapshot(narrow.snapshot(), named: "browse-search-40x12-en")
    }

    @Test("the search is folded: half-width kana, katakana and hiragana find the same firm")
    func foldedSearch() throws {
        let office = try DemoTestOffice()
        for query in ["ｱｵﾊﾞ", "アオバ", "あおば"] {
            let screen = try browse(office, language: .ja)
            for key in Self.typing(query) { _ = screen.handle(key) }
            #expect(screen.pages.count == 1, "\(query)")
            #expect(screen.selectedFirm?.name == "社会福祉法人あおば福祉会", "\(query)")
        }
    }

    @Test("filters by strength and by industry")
    func filters() throws {
        let office = try DemoTestOffice()
        let screen = try browse(office, language: .ja)
        let all = screen.pages.count
        _ = screen.perform("browse.strength")
        #expect(screen.filter.strengths == ["1"])
        #expect(screen.pages.count <= all)
        for _ in 0..<screen.strengths.count { _ = screen.perform("browse.strength") }
        #expect(screen.filter.strengths.isEmpty, "the cycle ends at all")
        _ = screen.perform("browse.industry")
        let industry = try #require(screen.filter.industry)
        let firms = try office.readOnly().certifiedFirms(screen.filter, asOf: DemoTestOffice.day)
        #expect(screen.pages.count == firms.count && firms.allSatisfy { $0.industry?.code == industry })

        // Strength 3 (leave), then section 6 (workplace): the list under F2 pressed three times.
        let keys: [Key] = [.function(2), .function(2), .function(2)]
        let ja = DemoTestOffice.run(try browse(office, language: .ja), keys: keys, language: .ja)
        expectSnapshot(ja.snapshot(), named: "browse-filter-strength-80x24-ja")
        let en = DemoTestOffice.run(try browse(office, language: .en), keys: keys + [.function(3)], width: 40, height: 12, language: .en)
        expectSnapshot(en.snapshot(), named: "browse-filter-both-40x12-en")
    }

    @Test("the detail of a firm: strengths as sentences, number, validity in both calendars", arguments: sizes)
    func detail(width: Int, height: Int, language: Language) throws {
        let office = try DemoTestOffice()
        let keys = Self.typing("さくら") + [.enter]
        let backend = DemoTestOffice.run(try browse(office, language: language), keys: keys, width: width, height: height, language: language)
        let text = backend.snapshot()
        expectSnapshot(text, named: "browse-detail-\(width)x\(height)-\(language.rawValue)")
        if width == 80 {
            #expect(text.contains("R6-001"))
            #expect(text.contains("2027-10-31") && text.contains("令和9年10月31日"))
        }
    }

    @Test("the list reads only the rows on screen, when a key or the size asks for them")
    func pagedByVisibleRange() throws {
        let office = try PublicListEndTests.office()
        let screen = try browse(office, language: .ja)
        // Before the first frame (its height not known yet) the screen reads a screenful of a tall terminal.
        #expect(screen.pages.queriedRanges == [0..<KeysetRows<CertifiedFirm>.rowsBeforeFirstFrame])
        _ = DemoTestOffice.run(screen, keys: [.tab, .end, .pageUp, .pageUp, .up, .home, .down], width: 40, height: 12, language: .ja)
        // 40×12: body 10 rows, search and filter lines, the list's header → 7 rows.
        let later = screen.pages.queriedRanges.dropFirst()
        #expect(!later.isEmpty)
        #expect(later.allSatisfy { $0.count <= 7 }, "\(screen.pages.queriedRanges)")
    }

    @Test("browse opened read-only offers no editing, and the store refuses every write")
    func readOnlyBrowse() throws {
        let office = try DemoTestOffice()
        let store = try office.readOnly()
        let screen = BrowseScreen(store: store, language: .ja, today: DemoTestOffice.day)
        #expect(store.mode == .readOnly)
        let navigation: Set<String> = [
            "browse.open", "nav.up", "nav.down", "nav.pageUp", "nav.pageDown", "nav.top", "nav.bottom", "browse.strength",
            "browse.industry", "browse.clear", "browse.focus", "browse.search", "nav.back",
        ]
        for language in [Language.ja, .en] {
            #expect(Set(screen.bindings(language).map(\.action)).isSubset(of: navigation))
        }
        _ = screen.perform("browse.focus")
        #expect(Set(screen.bindings(.ja).map(\.action)).isSubset(of: navigation))
        guard case .open(let detail) = screen.perform("browse.open") else {
            Issue.record("Enter opens the detail")
            return
        }
        #expect(Set(detail.bindings(.ja).map(\.action)) == ["nav.up", "nav.down", "nav.back"])
        #expect(!detail.focusTakesText)

        let before = try office.readWrite().auditEvents().count
        _ = DemoTestOffice.run(screen, keys: [.tab] + Self.typing("abc") + [.enter, .escape, .function(2), .function(3), .function(4)], language: .ja)
        #expect(try office.readWrite().auditEvents().count == before, "browsing changes nothing")

        #expect(throws: StoreError.self) { try store.loadCase(1) }
        let document = try office.readOnly("builder").loadCase(1).document
        #expect(throws: StoreError.self) { try store.createCase(document) }
        #expect(throws: StoreError.self) { try store.addUser("visitor", role: .officer) }
        do {
            _ = try store.startRenewal(fromCase: 5, mappings: DemoTestOffice.mappings)
            Issue.record("a read-only store starts no renewal")
        } catch {
            guard case .readOnly = error else {
                Issue.record("refused as read-only, not \(error)")
                return
            }
        }
    }

    // MARK: Renewals

    func renewals(_ store: Store, language: Language, opened: @escaping (Int64) -> (any Screen)? = { _ in nil }) -> RenewalsScreen {
        RenewalsScreen(store: store, mappings: DemoTestOffice.mappings, months: DemoTestOffice.targets.renewalWindowMonths,
                       language: language, today: DemoTestOffice.day, openCase: opened)
    }

    @Test("certifications ending within the window, with the firm's contact", arguments: sizes)
    func renewalsList(width: Int, height: Int, language: Language) throws {
        let office = try DemoTestOffice()
        let screen = renewals(try office.readWrite(), language: language)
        #expect((0..<screen.count).compactMap { screen.entry(at: $0)?.certificateNumber } == ["R5-002", "R5-003", "R5-004", "R5-005"])
        let backend = DemoTestOffice.run(screen, keys: [.down, .down], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "renewals-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("a key starts the renewal, shows what was carried over, and opens the new draft")
    func startRenewal() throws {
        let office = try DemoTestOffice()
        let store = try office.readWrite()
        nonisolated(unsafe) var asked: [Int64] = []
        let screen = renewals(store, language: .ja) { caseID in
            asked.append(caseID)
            return try? CaseFormScreen(store: store, caseID: caseID, language: .ja)
        }
        // R5-004 (朝霞みらい会計) has no renewal yet: F2, confirm, the report; F2 opens the draft.
        let backend = DemoTestOffice.run(screen, keys: [.down, .down, .function(2), .enter], language: .ja)
        expectSnapshot(backend.snapshot(), named: "renewals-carry-over-80x24-ja")
        let started = try #require(screen.entry(at: 2)?.renewalCaseID)
        let draft = try store.loadCase(started)
        #expect(draft.status == .draft && draft.document.kind == .renewal)
        #expect(draft.document.previousCertificate == "R5-004")

        let opened = DemoTestOffice.run(renewals(store, language: .en) { caseID in
            asked.append(caseID)
            return try? CaseFormScreen(store: store, caseID: caseID, language: .en)
        }, keys: [.down, .down, .function(2)], language: .en)
        #expect(opened.snapshot().contains("already under way (case \(started))"), "a second start is refused, saying why")
        #expect(asked.isEmpty)

        let again = renewals(try office.readWrite(), language: .en) { caseID in
            asked.append(caseID)
            return try? CaseFormScreen(store: store, caseID: caseID, language: .en)
        }
        guard case .open(let report) = again.perform("renewals.changes") else {
            Issue.record("F3 shows the changes of R5-002's renewal")
            return
        }
        _ = report
        // The carry-over report opens the draft through the injected closure.
        let fresh = try DemoTestOffice()
        let freshStore = try fresh.readWrite()
        let opener = renewals(freshStore, language: .ja) { caseID in
            asked.append(caseID)
            return try? CaseFormScreen(store: freshStore, caseID: caseID, language: .ja)
        }
        let form = DemoTestOffice.run(opener, keys: [.down, .down, .function(2), .enter, .function(2)], language: .ja)
        #expect(asked.count == 1)
        #expect(form.snapshot().contains("申請 \(asked[0]) 税理士法人朝霞みらい会計（下書き）"), "\(form.snapshot())")
    }

    @Test("starting a renewal is refused, saying why, for a login that is not an officer and on a read-only store")
    func renewalRefusals() throws {
        let office = try DemoTestOffice()
        let viewer = DemoTestOffice.run(renewals(try office.readWrite("visitor"), language: .ja), keys: [.down, .down, .function(2)], language: .ja)
        #expect(viewer.snapshot().contains("visitor さんは更新の情報を読めません"), "the list itself is refused: \(viewer.snapshot())")
        let readOnly = DemoTestOffice.run(renewals(try office.readOnly("builder"), language: .en), keys: [.down, .down, .function(2)], language: .en)
        #expect(readOnly.snapshot().contains("Opened read-only: a renewal cannot be started here"))
        let noRenewal = DemoTestOffice.run(renewals(try office.readOnly("builder"), language: .en), keys: [.down, .down, .function(3)], language: .en)
        #expect(noRenewal.snapshot().contains("No renewal has been started yet"))
    }

    @Test("what changed between a renewal and the certification it renews", arguments: [(80, 24, Language.ja), (40, 12, .en)])
    func changes(width: Int, height: Int, language: Language) throws {
        let office = try DemoTestOffice()
        // R5-002 (あおば福祉会, case 5) is renewed by case 20.
        let backend = DemoTestOffice.run(renewals(try office.readOnly("builder"), language: language), keys: [.function(3)], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "renewals-changes-\(width)x\(height)-\(language.rawValue)")
    }

    // MARK: Dashboard

    /// The dashboard as the demo's officer ("builder") reads it.
    func dashboard(_ office: DemoTestOffice, language: Language, login: String = "builder") throws -> DashboardScreen {
        DashboardScreen(store: try office.readOnly(login), targets: DemoTestOffice.targets, language: language, today: DemoTestOffice.day)
    }

    @Test("a viewer's dashboard shows the store's refusal, naming the login")
    func dashboardRefused() throws {
        let office = try DemoTestOffice()
        let text = DemoTestOffice.run(try dashboard(office, language: .en, login: "visitor"), keys: [], language: .en).snapshot()
        #expect(text.contains("visitor may not read the program report"), "\(text)")
    }

    @Test("the dashboard's bar charts", arguments: sizes)
    func dashboardCharts(width: Int, height: Int, language: Language) throws {
        let office = try DemoTestOffice()
        let backend = DemoTestOffice.run(try dashboard(office, language: language), keys: [], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "dashboard-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("the dashboard shows the figures of nintei report; ← → change the fiscal year")
    func dashboardFigures() throws {
        let office = try DemoTestOffice()
        let screen = try dashboard(office, language: .ja)
        let store = try office.readOnly("builder")
        #expect(screen.fiscalYear == FiscalYear(2026))
        #expect(screen.report == (try store.programReport(fiscalYear: FiscalYear(2026), targets: DemoTestOffice.targets, asOf: DemoTestOffice.day)))
        _ = screen.perform("dashboard.previousYear")
        #expect(screen.report == (try store.programReport(fiscalYear: FiscalYear(2025), targets: DemoTestOffice.targets, asOf: DemoTestOffice.day)))
        _ = screen.perform("dashboard.thisYear")
        #expect(screen.fiscalYear == FiscalYear(2026))
        let previous = DemoTestOffice.run(try dashboard(office, language: .en), keys: [.left], language: .en)
        expectSnapshot(previous.snapshot(), named: "dashboard-previous-year-80x24-en")
        // Every figure on the screen is the report's.
        let report = try #require(screen.report)
        let text = DemoTestOffice.run(try dashboard(office, language: .ja), keys: [], width: 120, height: 40, language: .ja).snapshot()
        for (occurrence, figures) in [report.newApplications, report.certifiedFirms].enumerated() {
            for figure in figures {
                let label = figure.fiscalYear.japanese
                let lines = text.split(separator: "\n").filter { $0.contains(label) && !$0.contains("現在") }
                let line = try #require(lines.dropFirst(occurrence).first)
                #expect(line.contains(" \(figure.actual.map(String.init) ?? "—") "), "\(line)")
                if let target = figure.target { #expect(line.hasSuffix(" \(target)"), "\(line)") }
            }
        }
    }

    @Test("every screen draws at odd sizes down to 40×12 without crashing")
    func oddSizes() throws {
        let office = try DemoTestOffice()
        for (width, height) in [(40, 12), (41, 13), (57, 15), (63, 20), (100, 30), (39, 11), (10, 3)] {
            for language in [Language.ja, .en] {
                let screens: [any Screen] = [
                    try browse(office, language: language), try dashboard(office, language: language),
                    renewals(try office.readOnly(), language: language),
                ]
                for screen in screens {
                    _ = DemoTestOffice.run(screen, keys: [.down, .enter, .down, .pageDown, .escape], width: width, height: height, language: language)
                }
            }
        }
    }
}
