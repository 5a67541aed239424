import NinteiCore
import NinteiStore
import NinteiTerminal

/// A committee member's queue for the next meeting: the cases to review, each with where this
/// login stands on it and the rule result, and the post-hoc reports (事後報告) listed apart.
/// Enter opens the case packet; the chair notes the reports at once.
final class ReviewQueueScreen: Screen {
    let desk: CommitteeDesk
    private(set) var queue: ReviewQueue?
    private(set) var loadError: LocalizedText?
    private(set) var list: ListView
    /// What the last action did, shown above the list until the next key.
    private(set) var notice: LocalizedText?

    init(desk: CommitteeDesk) {
        self.desk = desk
        list = ListView(columns: [], rowCount: 0, row: { _ in [] })
        reload()
    }

    var title: LocalizedText { UIText.queueTitle }

    func reload() {
        let selection = list.selection
        do {
            queue = try desk.store.reviewQueue(asOf: desk.today)
            loadError = nil
        } catch {
            queue = nil
            loadError = CommitteeDesk.refusal(error)
        }
        list = ListView(columns: [], rowCount: queue?.items.count ?? 0, emptyMessage: UIText.queueEmpty(desk.language), row: { _ in [] })
        list.select(selection)
    }

    static func stateText(_ item: ReviewQueueItem, language: Language) -> String {
        var text = item.state.label(language)
        if case .conflict(let type) = item.state { text += "（\(type.label(language))）" }
        if let decision = item.entry.decision { text = decision.outcome.label(language) + " / " + text }
        return text
    }

    private var selectedItem: ReviewQueueItem? {
        guard let items = queue?.items, items.indices.contains(list.selection) else { return nil }
        return items[list.selection]
    }

    private var unnotedReports: Int { queue?.reports.filter { $0.decision == nil }.count ?? 0 }

    // MARK: Keys

    var openRefusal: LocalizedText? {
        if let loadError { return loadError }
        if queue == nil { return UIText.queueNoMeeting }
        return selectedItem == nil ? UIText.queueNothingToOpen : nil
    }

    var noteRefusal: LocalizedText? {
        if let loadError { return loadError }
        if !desk.isChair { return UIText.queueOnlyChairNotes }
        return unnotedReports == 0 ? UIText.queueNoReportsToNote : nil
    }

    var meetingRefusal: LocalizedText? {
        desk.isOfficer ? nil : UIText.meetingOnlyOfficers
    }

    enum Action: String, ScreenActionSet {
        static let namespace = "queue"
        case open, noteReports, meeting, reload
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        list.move(move)
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.enter], Action.open, label: UIText.queueOpen(language), disabledReason: openRefusal?(language)),
            bind([.down], Navigation.down, label: UIText.down(language), statusBar: false),
            bind([.up], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.character("n")], Action.noteReports, label: UIText.queueNoteReports(language), disabledReason: noteRefusal?(language)),
            bind([.character("m")], Action.meeting, label: UIText.queueMeetingKey(language), statusBar: desk.isOfficer, disabledReason: meetingRefusal?(language)),
            bind([.function(5), .character("r")], Action.reload, label: UIText.committeeReload(language), statusBar: false),
            bind([.escape], Navigation.back, label: UIText.back(language), statusBar: false),
        ]
    }

    func handle(_ key: Key) -> ScreenAction? {
        notice = nil
        return nil
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .open:
            guard let item = selectedItem else { return .stay }
            return .open(CasePacketScreen(desk: desk, caseID: item.entry.summary.id, onChange: { [weak self] in self?.reload() }))
        case .noteReports:
            guard let meeting = queue?.meeting else { return .stay }
            do {
                let noted = try desk.store.noteReports(meetingID: meeting.id)
                reload()
                notice = UIText.queueNoted(noted.count)
            } catch {
                return .say(CommitteeDesk.refusal(error))
            }
        case .meeting: return .open(MeetingScreen(desk: desk))
        case .reload:
            reload()
            return .say(UIText.committeeReloaded)
        }
        return .stay
    }

    // MARK: Drawing

    private func columns(width: Int, language: Language) -> [ListColumn] {
        let state = ListColumn(title: UIText.queueColumnState(language), width: .flexible(minimum: 10))
        if width < 60 {
            return [ListColumn(title: UIText.queueColumnCase(language), width: .fixed(4), alignment: .trailing),
                    ListColumn(title: UIText.queueColumnFirm(language), width: .flexible(minimum: 8)),
                    ListColumn(title: UIText.queueColumnRule(language), width: .fixed(language == .ja ? 10 : 13)), state]
        }
        return [ListColumn(title: "#", width: .fixed(2), alignment: .trailing),
                ListColumn(title: UIText.queueColumnCase(language), width: .fixed(4), alignment: .trailing),
                ListColumn(title: UIText.queueColumnFirm(language), width: .flexible(minimum: 12)),
                ListColumn(title: UIText.queueColumnRule(language), width: .fixed(language == .ja ? 10 : 13)), state]
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.width > 0, area.height > 0,
              var y = CommitteeDesk.drawHead(notice: notice, loadError: loadError, into: &buffer, area: area, language: language) else { return }
        func line(_ text: String, _ style: CellStyle = .plain) {
            guard y < area.y + area.height else { return }
            buffer.put(text.truncated(toWidth: area.width), x: area.x, y: y, maxWidth: area.width, style: style)
            y += 1
        }
        guard let queue else {
            for row in UIText.queueNoMeeting(language).wrapped(toWidth: area.width) { line(row, CellStyle(color: .muted)) }
            return
        }
        line(desk.meetingLine(queue.meeting), CellStyle(bold: true))
        line(UIText.queueSummary(login: desk.login, cases: queue.items.count, waiting: queue.items.filter { $0.state == .noOpinion }.count)(language), CellStyle(color: .muted))
        let left = area.y + area.height - y
        let reportRows = queue.reports.isEmpty ? 1 : min(queue.reports.count, max(1, (left - 2) / 3))
        let listHeight = max(2, min(queue.items.count + 1, left - 1 - reportRows - 1))
        let listArea = CellRect(x: area.x, y: y, width: area.width, height: min(listHeight, left))
        let narrow = area.width < 60
        list.columns = columns(width: area.width, language: language)
        let items = queue.items
        list.row = { [desk] index in
            guard items.indices.contains(index) else { return [] }
            let item = items[index]
            let cells = [String(item.entry.position), String(item.entry.summary.id), item.entry.summary.firmName,
                         desk.rule(item.entry.summary.qualifies), Self.stateText(item, language: language)]
            return narrow ? Array(cells.dropFirst()) : cells
        }
        list.visibleRows = max(1, ListView.bodyHeight(in: listArea))
        list.draw(into: &buffer, area: listArea, focused: true)
        y += listArea.height + 1
        let heading = UIText.queueReportsHeading(queue.reports.count, unnoted: unnotedReports)(language)
        line(heading, CellStyle(bold: true))
        if queue.reports.isEmpty { line("  " + UIText.queueNoReports(language), CellStyle(color: .muted)) }
        let shown = max(0, area.y + area.height - y)
        for (index, report) in queue.reports.enumerated() where index < shown {
            var text = "  " + UIText.queueReportLine(report.summary.id, firm: report.summary.firmName)(language)
            if index == shown - 1, queue.reports.count > shown {
                text = "  " + UIText.queueMoreReports(queue.reports.count - index)(language)
            } else if let decision = report.decision {
                text += " — " + decision.outcome.label(language)
            }
            line(text, report.decision == nil ? .plain : CellStyle(color: .muted))
        }
    }
}
