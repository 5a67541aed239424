import NinteiCore
import NinteiStore
import NinteiTerminal

/// The officer's case list: a search field at the top that filters as you type (firm name or
/// reading), filters by status and kind, two orders, and a list that reads from the store only
/// the page it shows. Enter opens the selected case through `openCase`.
final class CaseListScreen: Screen {
    private let store: any OfficeService
    private let language: Language
    private let roles: Set<Role>
    private let openCase: (Int64) -> (any Screen)?

    private var search: TextField
    /// True while typed keys go to the search field.
    private(set) var searching = false
    private(set) var filter: CaseFilter
    private(set) var kind: ApplicationKind?
    private(set) var order: CaseListQuery.Order = .receivedNewestFirst
    private var list: ListView
    private var columnsWidth = 0

    /// Rows read from the store, by position in the current query; a window around what shows.
    private var page: [Int: CaseSummary] = [:]
    private var loadError: String?
    /// How many rows the list shows at the terminal's size (`resized`); nil before it is known.
    private var shownRows: Int?
    /// The rows read from the top of the list's view while its height is not known: more than
    /// most terminals show.
    private static let rowsReadUnsized = 60
    /// How far the count goes: a common search shows "1000件以上" at once, and counts on only
    /// when the list is scrolled that far (nil: count all).
    private var countLimit: Int? = CaseListScreen.firstCountLimit
    private static let firstCountLimit = 1000
    /// True when there are more cases than `count` (the count stopped at its limit).
    private(set) var countIsLowerBound = false
    /// The whole count, read on another thread after End in a list whose count had stopped at
    /// its limit, so End does not wait for it; nil when none is being read. Meanwhile the last
    /// rows (read by key) are placed at the end of a list of a guessed length, and move to their
    /// places when the count arrives (`takeArrivals`).
    private var wholeCount: BackgroundRead<Int>?
    /// How far the count had gone (its limit) while the whole count is read.
    private var countSoFar = 0

    init(store: any OfficeService, language: Language, filter: CaseFilter = .all, openCase: @escaping (Int64) -> (any Screen)?) {
        self.store = store
        self.language = language
        self.roles = Desk.roles(store)
        self.filter = filter
        self.openCase = openCase
        search = TextField()
        list = ListView(columns: [], rowCount: 0, emptyMessage: UIText.caseListEmpty(language)) { _ in [] }
        list.row = { [weak self] index in self?.cells(index) ?? [] }
    }

    var title: LocalizedText { UIText.caseListTitle }

    var query: CaseListQuery {
        CaseListQuery(statuses: filter.statuses, kind: kind, search: search.text, order: order)
    }

    /// The number of cases the list shows.
    var count: Int { list.rowCount }

    var focusTakesText: Bool { searching }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "caseList"
        case open, search, toList, clearSearch, status, kind, order, new, `import`, contacts
        /// The selected case's form in verify mode (a second officer types the paper again).
        case verify
        /// Esc: clears the search first, then goes back.
        case back
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        let noCase = count == 0 ? UIText.caseListNothingToOpen(language) : nil
        let create = Desk.createRefusal(store, roles: roles, language: language)
        func keys(_ letter: Character, _ function: Int) -> [Key] {
            searching ? [.function(function), .character(letter)] : [.character(letter), .function(function)]
        }
        var bindings = [bind([.enter], Action.open, label: UIText.open(language), disabledReason: noCase)]
        if searching {
            bindings.append(bind([.tab, .down], Action.toList, label: UIText.caseListToList(language)))
            bindings.append(bind([.escape], Action.clearSearch, label: UIText.caseListClearSearch(language)))
        } else {
            bindings.append(bind([.character("/")], Action.search, label: UIText.caseListSearch(language)))
        }
        bindings += [
            bind(keys("s", 3), Action.status, label: UIText.caseListStatusFilter(language)),
            bind(keys("t", 4), Action.kind, label: UIText.caseListKindFilter(language)),
            bind(keys("o", 5), Action.order, label: UIText.caseListOrder(language)),
        ]
        if !searching {
            bindings += [
                bind([.character("n")], Action.new, label: UIText.homeNewCase(language), disabledReason: create),
                bind([.character("i")], Action.import, label: UIText.homeImport(language), disabledReason: create),
                bind([.character("c")], Action.contacts, label: UIText.caseListContacts(language), disabledReason: noCase),
                bind([.character("v")], Action.verify, label: UIText.caseListVerify(language), statusBar: false, disabledReason: noCase ?? create),
                bind([.escape, .backspace], Action.back, label: search.text.isEmpty ? UIText.back(language) : UIText.caseListClearSearch(language)),
            ]
        }
        return bindings
    }

    /// Another screen may have changed cases: the count and the rows shown are read again.
    func becameCurrent() -> ScreenAction {
        if wholeCount != nil {
            showEndWhileCounting()
        } else {
            reload(keepSelection: true)
        }
        return .stay
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .open: return openSelected()
        case .search: searching = true
        case .toList: searching = false
        case .clearSearch: clearSearch()
        case .status:
            filter = filter.next
            queryChanged()
        case .kind:
            kind = kind == nil ? .new : kind == .new ? .renewal : nil
            queryChanged()
        case .order:
            order = order == .receivedNewestFirst ? .name : .receivedNewestFirst
            queryChanged()
        case .new:
            return .open(NewCaseScreen(store: store, language: language, openCase: openCase))
        case .import:
            return .open(ImportScreen(store: store, language: language, openCase: openCase))
        case .contacts:
            guard let summary = selectedCase else { return .stay }
            return .open(ContactLogScreen(store: store, caseID: summary.id, language: language))
        case .verify:
            guard let summary = selectedCase else { return .stay }
            do {
                return .open(try CaseFormScreen(store: store, caseID: summary.id, language: language, verifying: true))
            } catch {
                return .say(UIText.verifyRefused(error.text(language)))
            }
        case .back:
            if !search.text.isEmpty {
                clearSearch()
                return .stay
            }
            return .back
        }
        return .stay
    }

    func handle(_ key: Key) -> ScreenAction? {
        if searching {
            switch key {
            case .up, .pageUp, .pageDown:
                _ = list.handle(key)
                countFurtherIfNeeded(after: key)
                readShownRows()
                return .stay
            case .escape, .enter, .tab, .down:
                return nil
            default:
                let before = search.text
                let outcome = search.handle(key)
                if search.text != before { queryChanged() }
                return outcome.screenAction
            }
        }
        switch key {
        case .end where countIsLowerBound && wholeCount == nil:
            countSoFar = count
            showEndWhileCounting()
            return .stay
        case .home where wholeCount != nil:
            queryChanged()
            return .stay
        case .up, .down, .pageUp, .pageDown, .home, .end:
            countFurtherIfNeeded(after: key)
            _ = list.handle(key)
            readShownRows()
            return .stay
        case .character(let character) where !character.isASCII:
            // Japanese from an input method starts a search at once: no letter key is bound to it.
            searching = true
            _ = search.handle(key)
            queryChanged()
            return .stay
        default:
            return nil
        }
    }

    private func clearSearch() {
        searching = false
        guard !search.text.isEmpty else { return }
        search.text = ""
        queryChanged()
    }

    /// From the top again, counting up to the first limit (a new query, or Home while the
    /// whole count was read: that count is no longer wanted).
    private func queryChanged() {
        wholeCount = nil
        list.position = nil
        countLimit = Self.firstCountLimit
        reload(keepSelection: false)
    }

    /// Near the end of a count that stopped at its limit, counts ten times further.
    private func countFurtherIfNeeded(after key: Key) {
        guard countIsLowerBound, wholeCount == nil else { return }
        let nearEnd = list.selection + 3 * max(1, list.visibleRows) >= count
        guard key == .end || nearEnd else { return }
        countLimit = key == .end ? nil : countLimit.map { $0 * 10 }
        let keep = page
        reload(keepSelection: true)
        page = keep
    }

    /// End before the whole count is known: the last rows at once, read backwards by key from
    /// the end, as the last rows of a list a screenful longer than the count so far; the whole
    /// count is read on another thread and places them when it arrives (`takeArrivals`).
    private func showEndWhileCounting() {
        let (store, query) = (store, query)
        wholeCount = BackgroundRead { () throws(StoreError) -> Int in try store.countCases(query, atMost: nil) }
        page = [:]
        do {
            let rows = try store.casePage(query, from: nil, direction: .backward, limit: rowsShownAtMost)
            list.rowCount = countSoFar + rows.count
            let start = count - rows.count
            for (index, row) in rows.enumerated() { page[start + index] = row }
            loadError = nil
        } catch {
            loadError = error.text(language)
        }
        list.position = { [language] selection, rowCount in UIText.caseListFromEnd(rowCount - 1 - selection)(language) }
        list.select(count - 1)
    }

    var hasArrivals: Bool { wholeCount?.result != nil }

    /// The whole count arrived: the rows read from the end move to their places, the shown ones
    /// staying on screen. A count that failed leaves the list from its top, as a new query.
    func takeArrivals() {
        guard let result = wholeCount?.result else { return }
        guard case .success(let total) = result else { return queryChanged() }
        wholeCount = nil
        list.position = nil
        let shift = total - count
        page = Dictionary(uniqueKeysWithValues: page.compactMap { $0.key + shift >= 0 ? ($0.key + shift, $0.value) : nil })
        countLimit = nil
        countIsLowerBound = false
        list.recount(total, shiftingBy: shift)
    }

    func waitForArrivals() {
        wholeCount?.waitUntilEnded()
        takeArrivals()
    }

    private var selectedCase: CaseSummary? {
        guard count > 0 else { return nil }
        ensureRows(list.selection..<(list.selection + 1))
        return page[list.selection]
    }

    private func openSelected() -> ScreenAction {
        guard let summary = selectedCase else { return .say(UIText.caseListNothingToOpen) }
        guard let screen = openCase(summary.id) else { return .say(UIText.caseListCannotOpen(summary.id)) }
        searching = false
        return .open(screen)
    }

    // MARK: any OfficeService

    /// Reads the count again, and the rows that show.
    private func reload(keepSelection: Bool) {
        page = [:]
        let selection = keepSelection ? list.selection : 0
        do {
            let counted: Int
            if selection == 0 {
                // The list from its top (a key typed into the search): the count and the rows
                // that show in one read, one request through the server.
                let first = try store.firstCasePage(query, countingAtMost: countLimit.map { $0 + 1 }, limit: rowsShownAtMost)
                counted = first.count
                for (index, row) in first.rows.enumerated() { page[index] = row }
            } else {
                counted = try store.countCases(query, atMost: countLimit.map { $0 + 1 })
            }
            countIsLowerBound = countLimit.map { counted > $0 } ?? false
            list.rowCount = countLimit.map { min(counted, $0) } ?? counted
            loadError = nil
        } catch {
            list.rowCount = 0
            loadError = error.text(language)
        }
        list.select(selection)
        list.emptyMessage = loadError ?? (query == CaseListQuery(order: order) ? UIText.caseListEmpty(language) : UIText.caseListNoMatch(language))
        readShownRows()
    }

    /// The rows the list may show: as many as the terminal's size shows, or more while that
    /// is not known.
    private var rowsShownAtMost: Int { shownRows ?? Self.rowsReadUnsized }

    /// Reads the rows the list shows now (after a key moved it, or the query changed).
    private func readShownRows() {
        let height = rowsShownAtMost
        let first = list.firstVisibleRow(bodyHeight: height)
        ensureRows(first..<(first + height))
    }

    /// Makes sure the rows of `range` are read, reading a page around them when they are not:
    /// by the sort key of the row next to them (`casePage(_:from:direction:limit:)`), so the
    /// pages near the end (End, then ↑ and PgUp) cost what the first page costs. Only a jump to
    /// rows with no read neighbour (none from these keys) reads by position.
    private func ensureRows(_ range: Range<Int>) {
        let wanted = range.clamped(to: 0..<count)
        guard !wanted.isEmpty, let first = wanted.first(where: { page[$0] == nil }),
              let last = wanted.last(where: { page[$0] == nil }) else { return }
        let size = max(wanted.count, 20)
        let limit = last - first + 1 + size
        do {
            if page.count > 2000 { page = page.filter { abs($0.key - first) <= 2 * size } }
            if first == 0 || page[first - 1] != nil {
                // Down from the row above (or from the top).
                let rows = try store.casePage(query, from: first == 0 ? nil : page[first - 1].map(CaseListKey.init), direction: .forward, limit: limit)
                for (index, row) in rows.enumerated() { page[first + index] = row }
            } else if page[last + 1] != nil || (last == count - 1 && !countIsLowerBound) {
                // Up from the row below (or from the bottom: End).
                let rows = try store.casePage(query, from: page[last + 1].map(CaseListKey.init), direction: .backward, limit: limit)
                let start = last + 1 - rows.count
                for (index, row) in rows.enumerated() where start + index >= 0 { page[start + index] = row }
            } else {
                let offset = max(0, first - size)
                let rows = try store.casePage(query, offset: offset, limit: last + 1 - offset + size)
                for (index, row) in rows.enumerated() { page[offset + index] = row }
            }
        } catch {
            loadError = error.text(language)
        }
    }

    private func cells(_ index: Int) -> [String] {
        guard let summary = page[index] else { return ["", "…"] }
        let status = summary.status.label.text(language)
        let id = String(summary.id)
        let date = summary.receivedOn ?? "—"
        switch columnSet(columnsWidth) {
        case .narrow: return [id, status, summary.firmName]
        case .medium: return [id, status, date, summary.firmName]
        case .wide:
            let kind = summary.kind == .renewal ? UIText.caseListRenewalMark(language) : ""
            return [id, kind + summary.firmName, status, date, passedText(summary.sectionsPassed), String(summary.findingCount), summary.firmKana]
        }
    }

    /// "1346" (sections 1, 3, 4 and 6) when every id is one character, else "1,3,4,6".
    private func passedText(_ sections: [String]) -> String {
        sections.joined(separator: sections.allSatisfy { $0.count == 1 } ? "" : ",")
    }

    // MARK: Layout

    private enum ColumnSet { case narrow, medium, wide }

    private static let passedWidth = 7
    /// Case numbers up to 999 999 show whole.
    private static let numberWidth = 6

    private func columnSet(_ width: Int) -> ColumnSet {
        width >= 72 ? .wide : width >= 52 ? .medium : .narrow
    }

    private func columns(width: Int) -> [ListColumn] {
        let ja = language == .ja
        let statusWidth = ja ? 8 : 11
        let number = ListColumn(title: UIText.caseListNumber(language), width: .fixed(Self.numberWidth), alignment: .trailing)
        let firm = ListColumn(title: UIText.caseListFirm(language), width: .flexible(minimum: 10))
        let status = ListColumn(title: UIText.caseListStatus(language), width: .fixed(statusWidth))
        let received = ListColumn(title: UIText.caseListReceived(language), width: .fixed(10))
        switch columnSet(width) {
        // The last column is a long text with a short title: the list's position indicator
        // ("12/340") is drawn over the right end of the header row.
        case .narrow: return [number, status, firm]
        case .medium: return [number, status, received, firm]
        case .wide:
            let others = Self.numberWidth + statusWidth + 10 + Self.passedWidth + (ja ? 4 : 5) + 6 * ListColumn.gap
            let firmWidth = ListColumn(title: firm.title, width: .fixed(max(15, (width - others) * 3 / 5) | 1))
            let reading = ListColumn(title: UIText.caseListReading(language), width: .flexible(minimum: 9))
            let passed = ListColumn(title: UIText.caseListPassed(language), width: .fixed(Self.passedWidth))
            let findings = ListColumn(title: UIText.caseListFindings(language), width: .fixed(ja ? 4 : 5), alignment: .trailing)
            return [number, firmWidth, status, received, passed, findings, reading]
        }
    }

    private func searchRow(_ area: CellRect) -> CellRect { CellRect(x: area.x, y: area.y, width: area.width, height: 1) }

    private func searchFieldArea(_ area: CellRect) -> CellRect {
        let label = UIText.caseListSearchLabel(language).displayWidth + 2
        return CellRect(x: area.x + label, y: area.y, width: max(0, area.width - label - 1), height: 1)
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.height >= 3 else { return }
        let labelStyle = searching ? CellStyle(bold: true, color: .accent) : CellStyle(color: .muted)
        buffer.put(UIText.caseListSearchLabel(language), x: area.x + 1, y: area.y, style: labelStyle)
        let field = searchFieldArea(area)
        search.viewSize = field.size
        search.draw(into: &buffer, area: field, focused: searching)
        if !searching && search.text.isEmpty {
            let hint = UIText.caseListSearchHint(language).displayWidth <= field.width ? UIText.caseListSearchHint(language) : UIText.caseListSearchHintShort(language)
            buffer.put(hint, x: field.x, y: field.y, maxWidth: field.width, style: CellStyle(color: .muted))
        }

        buffer.put(filterLine(width: area.width - 2), x: area.x + 1, y: area.y + 1, maxWidth: area.width - 2, style: CellStyle(color: .accent))

        let listArea = listArea(in: area)
        columnsWidth = listArea.width
        list.columns = columns(width: listArea.width)
        list.draw(into: &buffer, area: listArea, focused: true)
    }

    /// Below the search and the filter line.
    private func listArea(in area: CellRect) -> CellRect {
        CellRect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
    }

    /// The rows this size shows are read here, before the frame draws them.
    func resized(to body: CellRect) {
        let rows = max(1, ListView.bodyHeight(in: listArea(in: body)))
        shownRows = rows
        list.visibleRows = rows
        readShownRows()
    }

    /// "状態: すべての状態 · 種別: 新規と更新 · 並び: 受付日の新しい順 · 24件"; short labels when narrow.
    private func filterLine(width: Int) -> String {
        let kindText = kind.map { $0 == .new ? UIText.caseListKindNew(language) : UIText.caseListKindRenewal(language) } ?? UIText.caseListKindBoth(language)
        let orderText = order == .name ? UIText.caseListOrderName(language) : UIText.caseListOrderReceived(language)
        let countText = (wholeCount != nil ? UIText.caseListCounting(countSoFar)
            : countIsLowerBound ? UIText.caseListCountAtLeast(count) : UIText.caseListCount(count))(language)
        let full = [
            UIText.caseListStatus(language) + ": " + filter.label(language),
            UIText.caseListKindFilter(language) + ": " + kindText,
            UIText.caseListOrderLabel(language) + ": " + orderText,
            countText,
        ].joined(separator: " · ")
        if full.displayWidth <= width { return full }
        let shortOrder = order == .name ? UIText.caseListOrderNameShort(language) : UIText.caseListOrderReceivedShort(language)
        let shortKind = kind == nil ? UIText.caseListKindBothShort(language) : kindText
        return [countText, filter.label(language), shortKind, shortOrder].joined(separator: "·")
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard searching else { return nil }
        return search.cursorPosition(in: searchFieldArea(area))
    }
}
