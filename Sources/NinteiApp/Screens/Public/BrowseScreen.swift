import NinteiCore
import NinteiStore
import NinteiTerminal

/// The certified firms as the public sees them (`nintei browse`): a search field on top that
/// narrows the list as each character is typed (name or reading, folded by the store), a
/// strength and an industry filter, and the list; Enter shows a firm. It only reads: no key
/// here changes anything, and `nintei browse` opens the store read-only besides.
final class BrowseScreen: Screen {
    let store: any OfficeService
    private let language: Language
    let pages: CertifiedFirmPages
    private(set) var search: TextField
    private(set) var list: ListView
    /// The search field has the focus (typed letters go there); else the list has it.
    private(set) var searching = true
    let strengths: [StrengthOption]
    /// The industries of the firms certified today, read at the first F3 (not when opening).
    private(set) var industries: [Industry] = []
    private var industriesRead = false
    /// Index into `strengths` of the strength filter; nil for all.
    private(set) var strength: Int?
    /// Index into `industries` of the industry filter; nil for all.
    private(set) var industry: Int?
    /// How many rows the last frame's list showed; nil before the first frame.
    private var shownRows: Int?

    init(store: any OfficeService, language: Language, today: LocalDate = .today()) {
        self.store = store
        self.language = language
        pages = CertifiedFirmPages(store: store, today: today)
        search = TextField(placeholder: UIText.browseSearchPlaceholder(language), maximumLength: 60)
        strengths = store.strengthOptions()
        list = ListView(columns: [], rowCount: pages.count, emptyMessage: UIText.browseNone(language)) { _ in [] }
        list.row = { [pages, language] index in
            guard let firm = pages.firm(at: index) else { return [] }
            return Self.cells(firm, language: language)
        }
        readShownRows()
    }

    var title: LocalizedText { UIText.browseTitle }

    // MARK: Filter

    var filter: CertifiedFirmFilter {
        CertifiedFirmFilter(
            search: search.text,
            strengths: strength.map { [strengths[$0].sectionID] } ?? [],
            industry: industry.map { industries[$0].code })
    }

    private func applyFilter() {
        pages.setFilter(filter)
        list.rowCount = 0
        readShownRows()
    }

    /// Reads the firms the list shows now (after a key moved it, or the filter changed); while
    /// the count is read, the list is as long as the firms read so far.
    private func readShownRows() {
        pages.readShown(by: &list, height: shownRows)
    }

    var hasArrivals: Bool { pages.countArrived }

    func takeArrivals() {
        pages.takeCount()
        pages.show(in: &list)
    }

    func waitForArrivals() {
        pages.waitForCount()
        pages.show(in: &list)
    }

    /// The firm under the selection (from the rows read for the screen).
    var selectedFirm: CertifiedFirm? {
        pages.firm(at: list.selection)
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "browse"
        case open, strength, industry, clear, focus, search
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        let noFirm = pages.count == 0 ? UIText.browseNoFirm(language) : nil
        var bindings = [
            bind([.enter], Action.open, label: UIText.browseOpen(language), disabledReason: noFirm),
            bind([.up], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.down], Navigation.down, label: UIText.down(language), statusBar: false),
            bind([.pageUp], Navigation.pageUp, label: UIText.browsePreviousPage(language), statusBar: false),
            bind([.pageDown], Navigation.pageDown, label: UIText.browseNextPage(language), statusBar: false),
            bind([.home], Navigation.top, label: UIText.toFirst(language), statusBar: false),
            bind([.end], Navigation.bottom, label: UIText.toLast(language), statusBar: false),
            bind([.function(2)], Action.strength, label: UIText.browseNextStrength(language)),
            bind([.function(3)], Action.industry, label: UIText.browseNextIndustry(language)),
            bind([.function(4)], Action.clear, label: UIText.browseClear(language), statusBar: false),
            bind([.tab], Action.focus, label: searching ? UIText.browseToList(language) : UIText.browseToSearch(language)),
        ]
        if !searching {
            bindings.append(bind([.character("/")], Action.search, label: UIText.browseToSearch(language), statusBar: false))
        }
        bindings.append(bind([.escape], Navigation.back, label: UIText.back(language), statusBar: false))
        return bindings
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        pages.prepareMove(from: list.selection, visibleRows: list.visibleRows, toEnd: move == .bottom)
        pages.show(in: &list)
        let action = list.move(move)
        readShownRows()
        return action
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .open:
            guard let firm = selectedFirm else { return .say(pages.failure.map { UIText.browseStoreFailed($0.text(language)) } ?? UIText.browseNoFirm) }
            return .open(FirmDetailScreen(firm: firm))
        case .strength:
            strength = Self.cycle(strength, count: strengths.count)
            applyFilter()
        case .industry:
            if !industriesRead {
                industries = (try? store.certifiedIndustries(asOf: pages.today)) ?? []
                industriesRead = true
            }
            industry = Self.cycle(industry, count: industries.count)
            applyFilter()
        case .clear:
            strength = nil
            industry = nil
            search.text = ""
            applyFilter()
        case .focus: searching.toggle()
        case .search: searching = true
        }
        return .stay
    }

    /// nil → 0 → 1 … → count-1 → nil.
    static func cycle(_ index: Int?, count: Int) -> Int? {
        guard count > 0 else { return nil }
        guard let index else { return 0 }
        return index + 1 < count ? index + 1 : nil
    }

    var focusTakesText: Bool { searching }

    func handle(_ key: Key) -> ScreenAction? {
        guard searching else { return nil }
        switch key {
        case .up, .down, .pageUp, .pageDown, .enter, .tab, .escape, .function, .resize: return nil
        default: break
        }
        let before = search.text
        switch search.handle(key) {
        case .handled:
            if search.text != before { applyFilter() }
            return .stay
        case .ignored:
            return nil
        case .refused(let refusal):
            return .say(UIText.refusal(refusal))
        }
    }

    // MARK: Drawing

    struct Layout {
        var searchLabel: CellRect
        var searchField: CellRect
        var filters: CellRect
        var list: CellRect
    }

    func layout(in area: CellRect) -> Layout {
        let label = (UIText.browseSearch(language) + ": ").displayWidth
        return Layout(
            searchLabel: CellRect(x: area.x, y: area.y, width: min(label, area.width), height: min(1, area.height)),
            searchField: CellRect(x: area.x + label, y: area.y, width: max(0, area.width - label), height: min(1, area.height)),
            filters: CellRect(x: area.x, y: area.y + 1, width: area.width, height: area.height > 1 ? 1 : 0),
            list: CellRect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2)))
    }

    func resized(to body: CellRect) {
        let rows = max(1, ListView.bodyHeight(in: layout(in: body).list))
        shownRows = rows
        list.visibleRows = rows
        readShownRows()
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let parts = layout(in: area)
        search.viewSize = parts.searchField.size
        buffer.put(UIText.browseSearch(language) + ":", x: parts.searchLabel.x, y: parts.searchLabel.y, maxWidth: parts.searchLabel.width,
                   style: searching ? CellStyle(bold: true, color: .accent) : CellStyle(color: .muted))
        search.draw(into: &buffer, area: parts.searchField, focused: searching)
        drawFilters(into: &buffer, area: parts.filters)
        list.columns = Self.columns(width: parts.list.width, language: language)
        list.visibleRows = max(1, ListView.bodyHeight(in: parts.list))
        if let failure = pages.failure {
            list.emptyMessage = UIText.browseStoreFailed(failure.text(language))(language)
        }
        list.draw(into: &buffer, area: parts.list, focused: !searching)
    }

    private func drawFilters(into buffer: inout CellBuffer, area: CellRect) {
        guard area.height > 0 else { return }
        let strengthText = strength.map { strengths[$0].sectionID + " " + strengths[$0].title(language) } ?? UIText.browseAll(language)
        let industryText = industry.map { industries[$0].code + " " + industries[$0].name(language) } ?? UIText.browseAll(language)
        let count = (pages.counting ? UIText.browseCounting : UIText.browseCount(pages.count))(language)
        let line = "\(UIText.browseStrength(language)): \(strengthText)  \(UIText.browseIndustry(language)): \(industryText)"
        let countWidth = count.displayWidth
        let room = max(0, area.width - countWidth - 1)
        let active = strength != nil || industry != nil
        buffer.put(line.truncated(toWidth: room), x: area.x, y: area.y, maxWidth: room, style: active ? CellStyle(color: .accent) : CellStyle(color: .muted))
        if countWidth <= area.width {
            buffer.put(count, x: area.x + area.width - countWidth, y: area.y, style: CellStyle(bold: true))
        }
    }

    /// Number, name and validity on a narrow terminal; the industry too when there is room.
    static func columns(width: Int, language: Language) -> [ListColumn] {
        var columns = [
            ListColumn(title: (width >= 60 ? UIText.browseNumber : UIText.browseNumberShort)(language), width: .fixed(width >= 60 ? 9 : 7)),
            ListColumn(title: UIText.browseFirm(language), width: .flexible(minimum: 10)),
        ]
        if width >= 60 {
            columns.append(ListColumn(title: UIText.browseIndustry(language), width: .flexible(minimum: 8)))
            columns.append(ListColumn(title: UIText.browseValidUntil(language), width: .fixed(10)))
        }
        return columns
    }

    static func cells(_ firm: CertifiedFirm, language: Language) -> [String] {
        [firm.certificateNumber, firm.name, firm.industry.map { $0.name(language) } ?? "—", firm.validUntil.iso]
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard searching else { return nil }
        return search.cursorPosition(in: layout(in: area).searchField)
    }
}
