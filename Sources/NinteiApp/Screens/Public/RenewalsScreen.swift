import NinteiCore
import NinteiStore
import NinteiTerminal

/// Certifications that end within the renewal window (officers): soonest first, with the
/// firm's contact, read a screenful at a time next to a row already read, so End costs what
/// the first page costs. F2 starts the renewal (a draft pre-filled from the last certification) and
/// shows what was carried over, from where the draft opens; F3 shows what changed between a
/// renewal and the certification it renews.
final class RenewalsScreen: Screen {
    let store: any OfficeService
    let mappings: ChecklistMappingLibrary
    let months: Int
    let today: LocalDate
    private let language: Language
    /// Opens a case (the new draft) in the intake form; nil when this app cannot.
    let openCase: ((Int64) -> (any Screen)?)?
    /// The certifications of the window, read as they show.
    private let rows = KeysetRows<RenewalDue>()
    private(set) var failure: StoreError?
    private var list: ListView
    private var roles: Set<Role> = []
    /// How many rows the list shows at the size last laid out; nil before that.
    private var shownRows: Int?

    init(
        store: any OfficeService, mappings: ChecklistMappingLibrary, months: Int, language: Language, today: LocalDate = .today(),
        openCase: ((Int64) -> (any Screen)?)? = nil
    ) {
        self.store = store
        self.mappings = mappings
        self.months = months
        self.today = today
        self.language = language
        self.openCase = openCase
        list = ListView(columns: [], rowCount: 0, emptyMessage: UIText.renewalsNone(language)) { _ in [] }
        reload()
    }

    var title: LocalizedText { UIText.renewalsTitle }

    func reload() {
        let (store, months, today) = (store, months, today)
        do {
            rows.reset(countingWith: { () throws(StoreError) -> Int in try store.renewalsDueCount(withinMonths: months, asOf: today) }) {
                neighbour, direction, limit throws(StoreError) in
                try store.renewalsDue(withinMonths: months, from: neighbour.map(RenewalKey.init), direction: direction, limit: limit, asOf: today)
            }
            roles = store.mode == .readOnly ? [] : try store.roles()
            failure = nil
        } catch {
            rows.reset(failure: error)
            failure = error
        }
        list.rowCount = 0
        readShownRows()
    }

    /// Reads the certifications the list shows now (after a key moved it, or the list was read
    /// again); while they are counted, the list is as long as the rows read so far.
    private func readShownRows() {
        rows.readShown(by: &list, height: shownRows)
        countChanged()
    }

    private func countChanged() {
        failure = failure ?? rows.failure
        rows.show(in: &list)
        list.emptyMessage = failure.map { UIText.browseStoreFailed($0.text(language))(language) } ?? UIText.renewalsNone(language)
    }

    var hasArrivals: Bool { rows.countArrived }

    func takeArrivals() {
        rows.takeCount()
        countChanged()
    }

    func waitForArrivals() {
        rows.waitForCount()
        countChanged()
    }

    /// Before a move while the rows are counted (End waits for the count; others read on).
    private func readAhead(for key: Key) {
        rows.prepareMove(from: list.selection, visibleRows: list.visibleRows, toEnd: key == .end)
        countChanged()
    }

    /// How many certifications end within the window.
    var count: Int { rows.count }

    /// The certification at `index` of the list, if the rows shown have been read there.
    func entry(at index: Int) -> RenewalDue? {
        rows.row(at: index)
    }

    var selected: RenewalDue? { entry(at: list.selection) }

    // MARK: Keys

    /// Why F2 cannot start a renewal of the selected certification now; nil when it can.
    func startRefusal() -> LocalizedText? {
        guard let selected else { return UIText.renewalsNoneSelected }
        if store.mode == .readOnly { return UIText.renewalsReadOnly }
        if !roles.contains(.officer) { return UIText.renewalsOfficersOnly }
        if let renewal = selected.renewalCaseID { return UIText.renewalsAlreadyStarted(renewal) }
        return nil
    }

    func changesRefusal() -> LocalizedText? {
        guard let selected else { return UIText.renewalsNoneSelected }
        return selected.renewalCaseID == nil ? UIText.renewalsNoRenewalYet : nil
    }

    enum Action: String, ScreenActionSet {
        static let namespace = "renewals"
        case start, changes, reload
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.function(2), .enter], Action.start, label: UIText.renewalsStart(language), disabledReason: startRefusal()?(language)),
            bind([.function(3)], Action.changes, label: UIText.renewalsChanges(language), disabledReason: changesRefusal()?(language)),
            bind([.function(5)], Action.reload, label: UIText.renewalsReload(language), statusBar: false),
            bind([.up, .character("k")], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.down(language), statusBar: false),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .start: return askToStart()
        case .changes: return showChanges()
        case .reload: reload()
        }
        return .stay
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        if let key = move.key { readAhead(for: key) }
        let action = list.move(move)
        readShownRows()
        return action
    }

    func handle(_ key: Key) -> ScreenAction? {
        switch key {
        case .pageUp, .pageDown, .home, .end:
            readAhead(for: key)
            _ = list.handle(key)
            readShownRows()
            return .stay
        default:
            return nil
        }
    }

    private func askToStart() -> ScreenAction {
        if let refusal = startRefusal() { return .say(refusal) }
        guard let selected else { return .stay }
        let dialog = Dialog.confirm(
            title: UIText.renewalsStartTitle(selected.firmName)(language),
            body: UIText.renewalsStartBody(caseID: selected.caseID, number: selected.certificateNumber, firm: selected.firmName)(language),
            confirm: UIText.renewalsStartConfirm(language), cancel: UIText.renewalsCancel(language))
        return .ask(dialog) { [self] in $0 == .chosen(0) ? startRenewal() : .stay }
    }

    /// Starts the renewal in the store and shows the carry-over report, from which the new
    /// draft opens. A refusal of the store is said on the status line.
    func startRenewal() -> ScreenAction {
        guard let selected else { return .say(UIText.renewalsNoneSelected) }
        let start: RenewalStart
        do {
            start = try store.startRenewal(fromCase: selected.caseID, mappings: mappings)
        } catch {
            return .say(LocalizedText(ja: UIText.renewalsRefused.ja + ": " + error.text(.ja), en: UIText.renewalsRefused.en + ": " + error.text(.en)))
        }
        reload()
        let newCase = start.caseID
        let opener = openCase
        let offer = ReportScreen.Offer(key: .function(2), label: UIText.renewalsOpenDraft) {
            guard let opener else { return .say(UIText.renewalsNoOpener) }
            guard let screen = opener(newCase) else { return .say(UIText.renewalsCannotOpenDraft) }
            return .open(screen)
        }
        let report = start.report
        return .open(ReportScreen(
            title: UIText.renewalsCarryOverTitle(newCase),
            heading: UIText.renewalsStarted(from: selected.caseID, to: newCase),
            body: LocalizedText(ja: report.text(.ja), en: report.text(.en)),
            offer: offer))
    }

    func showChanges() -> ScreenAction {
        if let refusal = changesRefusal() { return .say(refusal) }
        guard let selected, let renewal = selected.renewalCaseID else { return .stay }
        do {
            let changes = try store.changes(from: selected.caseID, to: renewal, mappings: mappings)
            guard let checklist = store.checklistLibrary.checklist(changes.checklistID) else {
                return .say(LocalizedText(ja: "チェックシート「\(changes.checklistID)」がありません", en: "checklist \(changes.checklistID) is missing"))
            }
            return .open(ReportScreen(
                title: UIText.renewalsChangesTitle(from: selected.caseID, to: renewal),
                body: LocalizedText(ja: changes.text(.ja, checklist: checklist), en: changes.text(.en, checklist: checklist))))
        } catch {
            return .say(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
        }
    }

    // MARK: Drawing

    static func columns(width: Int, language: Language) -> [ListColumn] {
        if width < 60 {
            return [
                ListColumn(title: UIText.renewalsValidUntil(language), width: .fixed(10)),
                ListColumn(title: UIText.renewalsFirm(language), width: .flexible(minimum: 8)),
                ListColumn(title: UIText.renewalsDaysLeft(language), width: .fixed(6), alignment: .trailing),
            ]
        }
        return [
            ListColumn(title: UIText.renewalsValidUntil(language), width: .fixed(10)),
            ListColumn(title: UIText.renewalsDaysLeft(language), width: .fixed(6), alignment: .trailing),
            ListColumn(title: UIText.renewalsNumber(language), width: .fixed(7)),
            ListColumn(title: UIText.renewalsFirm(language), width: .flexible(minimum: 10)),
            ListColumn(title: UIText.renewalsState(language), width: .fixed(8)),
        ]
    }

    static func cells(_ item: RenewalDue, language: Language) -> [String] {
        [
            item.validUntil.iso, String(item.daysLeft), item.certificateNumber, item.firmName,
            (item.renewalReceived ? UIText.renewalsReceived : UIText.renewalsNotYet)(language),
        ]
    }

    /// The detail under the list: four rows when the body has ten, else none.
    private static func detailHeight(in area: CellRect) -> Int { area.height >= 10 ? 4 : 0 }

    /// The list between the summary line and the detail.
    private static func listArea(in area: CellRect) -> CellRect {
        CellRect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1 - detailHeight(in: area)))
    }

    func resized(to body: CellRect) {
        let rows = max(1, ListView.bodyHeight(in: Self.listArea(in: body)))
        shownRows = rows
        list.visibleRows = rows
        readShownRows()
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        let through = RenewalWindow(months: months, from: today).through
        let summary = (rows.counting ? UIText.renewalsWindowCounting(from: today, through: through, months: months)
            : UIText.renewalsWindow(from: today, through: through, months: months, count: count))(language)
        buffer.put(summary.truncated(toWidth: area.width), x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(bold: true))
        let detailHeight = Self.detailHeight(in: area)
        let listArea = Self.listArea(in: area)
        let columns = Self.columns(width: area.width, language: language)
        list.columns = columns
        list.visibleRows = max(1, ListView.bodyHeight(in: listArea))
        list.row = { [unowned self] index in
            guard let entry = entry(at: index) else { return [] }
            let cells = Self.cells(entry, language: language)
            return columns.count == 3 ? [cells[0], cells[3], cells[1]] : cells
        }
        list.draw(into: &buffer, area: listArea, focused: focused)
        if detailHeight > 0 {
            drawDetail(into: &buffer, area: CellRect(x: area.x, y: area.y + area.height - detailHeight, width: area.width, height: detailHeight))
        }
    }

    private func drawDetail(into buffer: inout CellBuffer, area: CellRect) {
        buffer.put(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: CellStyle(color: .muted))
        guard let selected else { return }
        let head = selected.firmName + "  " + UIText.renewalsCase(selected.caseID, status: selected.status)(language)
        let lines: [(String, String)] = [
            (UIText.renewalsContact(language), selected.contactName ?? "—"),
            (UIText.renewalsPhone(language), selected.phone ?? "—"),
            (UIText.renewalsMail(language), selected.email ?? "—"),
        ]
        buffer.put(head.truncated(toWidth: area.width - 1), x: area.x + 1, y: area.y + 1, maxWidth: area.width - 1, style: CellStyle(bold: true))
        // Contact and phone on one line when they fit, the mail below.
        let first = "\(lines[0].0): \(lines[0].1)   \(lines[1].0): \(lines[1].1)"
        buffer.put(first.truncated(toWidth: area.width - 1), x: area.x + 1, y: area.y + 2, maxWidth: area.width - 1)
        buffer.put("\(lines[2].0): \(lines[2].1)".truncated(toWidth: area.width - 1), x: area.x + 1, y: area.y + 3, maxWidth: area.width - 1)
    }
}
