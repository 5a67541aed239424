import NinteiCore
import NinteiPrint
import NinteiStore
import NinteiTerminal

/// The office prepares a meeting: creates it (date typed as on paper), puts submitted cases on
/// its agenda and orders them, adds the renewals granted since as post-hoc reports, and exports
/// the packet and the minutes for printing. Tab moves between the agenda and the submitted cases.
final class MeetingScreen: Screen {
    enum Focus { case agenda, submitted }

    let desk: CommitteeDesk
    private(set) var meetings: [Meeting] = []
    /// Index into `meetings` (latest first) of the meeting shown.
    private(set) var shown: Int?
    private(set) var agenda: [AgendaEntry] = []
    private(set) var submitted: [CaseSummary] = []
    private(set) var candidates = 0
    private(set) var loadError: LocalizedText?
    private(set) var focus = Focus.agenda
    private(set) var agendaList = ListView(columns: [], rowCount: 0, row: { _ in [] })
    private(set) var submittedList = ListView(columns: [], rowCount: 0, row: { _ in [] })
    private(set) var notice: LocalizedText?

    init(desk: CommitteeDesk) {
        self.desk = desk
        reload(keeping: nil)
        if agenda.isEmpty, !submitted.isEmpty { focus = .submitted }
    }

    var title: LocalizedText { UIText.meetingTitle }

    var meeting: Meeting? { shown.map { meetings[$0] } }

    /// Reads everything again; shows `meetingID` (or the next meeting from today, else the latest).
    func reload(keeping meetingID: Int64?) {
        let language = desk.language
        do {
            meetings = try desk.store.meetings()
            if let meetingID, let index = meetings.firstIndex(where: { $0.id == meetingID }) {
                shown = index
            } else if let next = try desk.store.nextMeeting(asOf: desk.today) {
                shown = meetings.firstIndex { $0.id == next.id }
            } else {
                shown = meetings.isEmpty ? nil : 0
            }
            agenda = try meeting.map { try desk.store.agenda(meetingID: $0.id) } ?? []
            submitted = try desk.store.cases(status: .submitted)
            candidates = (try? meeting.map { try desk.store.postHocCandidates(meetingID: $0.id).count }) ?? 0
            loadError = nil
        } catch let error as StoreError {
            loadError = CommitteeDesk.refusal(error)
        } catch {
            loadError = LocalizedText(ja: String(describing: error), en: String(describing: error))
        }
        let agenda = agenda, submitted = submitted, shared = desk
        let agendaSelection = agendaList.selection, submittedSelection = submittedList.selection
        agendaList = ListView(columns: [], rowCount: agenda.count, emptyMessage: UIText.meetingAgendaEmpty(language)) { index in
            let entry = agenda[index]
            return [String(entry.position), String(entry.summary.id), entry.summary.firmName, entry.kind.label(language),
                    shared.rule(entry.summary.qualifies), entry.decision.map { $0.outcome.label(language) } ?? "—"]
        }
        submittedList = ListView(columns: [], rowCount: submitted.count, emptyMessage: UIText.meetingNoSubmitted(language)) { index in
            let summary = submitted[index]
            return [String(summary.id), summary.firmName, summary.kind == .renewal ? UIText.packetRenewal(language) : UIText.packetNew(language),
                    shared.rule(summary.qualifies)]
        }
        agendaList.select(agendaSelection)
        submittedList.select(submittedSelection)
    }

    private func changed(_ message: LocalizedText) {
        reload(keeping: meeting?.id)
        notice = message
    }

    // MARK: Why not

    private var officerRefusal: LocalizedText? { desk.isOfficer ? nil : UIText.meetingOnlyOfficers }

    var addRefusal: LocalizedText? {
        if let officerRefusal { return officerRefusal }
        if meeting == nil { return UIText.meetingCreateFirst }
        return submitted.isEmpty ? UIText.meetingNoSubmitted : nil
    }

    var moveRefusal: LocalizedText? {
        if let officerRefusal { return officerRefusal }
        if focus != .agenda { return UIText.meetingMoveOnAgenda }
        return agenda.count < 2 ? UIText.meetingNothingToMove : nil
    }

    var reportsRefusal: LocalizedText? {
        if let officerRefusal { return officerRefusal }
        if meeting == nil { return UIText.meetingCreateFirst }
        return candidates == 0 ? UIText.meetingNoCandidates : nil
    }

    var exportRefusal: LocalizedText? {
        if meeting == nil { return UIText.meetingCreateFirst }
        return desk.roles.isDisjoint(with: [.officer, .chair, .admin]) ? UIText.meetingOnlyOfficers : nil
    }

    var openRefusal: LocalizedText? {
        switch focus {
        case .agenda: return agenda.isEmpty ? UIText.meetingAgendaEmpty : nil
        case .submitted: return addRefusal
        }
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "meeting"
        case open, `switch`, add, moveUp, moveDown, new, reports, export, earlier, later, reload
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        focus == .agenda ? agendaList.move(move) : submittedList.move(move)
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.enter], Action.open, label: (focus == .agenda ? UIText.queueOpen : UIText.meetingAdd)(language), disabledReason: openRefusal?(language)),
            bind([.tab, .backTab], Action.switch, label: UIText.meetingSwitch(language)),
            bind([.down], Navigation.down, label: UIText.down(language), statusBar: false),
            bind([.up], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.character("a")], Action.add, label: UIText.meetingAdd(language), statusBar: false, disabledReason: addRefusal?(language)),
            bind([.character("-")], Action.moveUp, label: UIText.meetingMoveUp(language), statusBar: false, disabledReason: moveRefusal?(language)),
            bind([.character("+")], Action.moveDown, label: UIText.meetingMoveDown(language), statusBar: false, disabledReason: moveRefusal?(language)),
            bind([.character("n")], Action.new, label: UIText.meetingNew(language), disabledReason: officerRefusal?(language)),
            bind([.character("p")], Action.reports, label: UIText.meetingReports(language), disabledReason: reportsRefusal?(language)),
            bind([.character("x")], Action.export, label: UIText.meetingExport(language), disabledReason: exportRefusal?(language)),
            bind([.character("<")], Action.earlier, label: UIText.meetingEarlier(language), statusBar: false),
            bind([.character(">")], Action.later, label: UIText.meetingLater(language), statusBar: false),
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
            if focus == .submitted { return addSelected() }
            guard agenda.indices.contains(agendaList.selection) else { return .stay }
            let id = meeting?.id
            return .open(CasePacketScreen(desk: desk, caseID: agenda[agendaList.selection].summary.id, onChange: { [weak self] in self?.reload(keeping: id) }))
        case .switch: focus = focus == .agenda ? .submitted : .agenda
        case .add: return addSelected()
        case .moveUp: return move(by: -1)
        case .moveDown: return move(by: 1)
        case .new: return .open(newMeeting())
        case .reports: return addReports()
        case .export: return .open(exportPrompt())
        case .earlier, .later:
            guard let shown else { return .stay }
            // Latest first: earlier is further down the list.
            let target = shown + (action == .earlier ? 1 : -1)
            guard meetings.indices.contains(target) else { return .say(UIText.meetingNoOther) }
            reload(keeping: meetings[target].id)
        case .reload:
            reload(keeping: meeting?.id)
            return .say(UIText.committeeReloaded)
        }
        return .stay
    }

    private func addSelected() -> ScreenAction {
        if let addRefusal { return .say(addRefusal) }
        guard let meeting, submitted.indices.contains(submittedList.selection) else { return .stay }
        let summary = submitted[submittedList.selection]
        do {
            try desk.store.addToAgenda(meetingID: meeting.id, caseIDs: [summary.id])
            changed(UIText.meetingAdded(summary.id, firm: summary.firmName, meeting: meeting.id))
            agendaList.select(agenda.count - 1)
            if submitted.isEmpty { focus = .agenda }
        } catch {
            return .say(CommitteeDesk.refusal(error))
        }
        return .stay
    }

    private func move(by step: Int) -> ScreenAction {
        if let moveRefusal { return .say(moveRefusal) }
        guard let meeting else { return .stay }
        let from = agendaList.selection, to = from + step
        guard agenda.indices.contains(from), agenda.indices.contains(to) else { return .stay }
        var order = agenda.map(\.summary.id)
        order.swapAt(from, to)
        do {
            try desk.store.reorderAgenda(meetingID: meeting.id, caseIDs: order)
            reload(keeping: meeting.id)
            agendaList.select(to)
        } catch {
            return .say(CommitteeDesk.refusal(error))
        }
        return .stay
    }

    private func addReports() -> ScreenAction {
        if let reportsRefusal { return .say(reportsRefusal) }
        guard let meeting else { return .stay }
        do {
            let ids = try desk.store.addPostHocReports(meetingID: meeting.id)
            changed(UIText.meetingReportsAdded(ids.count))
        } catch {
            return .say(CommitteeDesk.refusal(error))
        }
        return .stay
    }

    private func newMeeting() -> CommitteeEntryScreen {
        let language = desk.language
        return CommitteeEntryScreen(
            title: UIText.meetingNewTitle, language: language,
            fields: [
                EntryInput(.date, UIText.meetingDate, .text(TextField(placeholder: UIText.meetingDatePlaceholder(language)))),
                EntryInput(.place, UIText.meetingPlace, .text(TextField(placeholder: UIText.meetingPlacePlaceholder(language), maximumLength: InputLimits.line))),
            ],
            saveLabel: UIText.meetingCreate,
            intro: { screen, language in
                var lines: [(String, CellStyle)] = [(UIText.meetingNewIntro(language), CellStyle(color: .muted))]
                let typed = screen.form.text(.date)
                if !typed.allSatisfy(\.isWhitespace) {
                    do throws(DateInputError) {
                        let date = try DateInput.parse(typed)
                        lines.append(("→ \(date.japanese)（\(date.iso)）", CellStyle(bold: true, color: .success)))
                    } catch {
                        lines.append(("→ " + error.text(language), CellStyle(color: .warning)))
                    }
                }
                return lines
            },
            save: { [desk] (screen: CommitteeEntryScreen) -> EntryOutcome in
                let date: LocalDate
                do throws(DateInputError) {
                    date = try DateInput.parse(screen.form.text(.date))
                } catch {
                    return .refused(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
                }
                do {
                    let meeting = try desk.store.createMeeting(date: date, place: screen.form.text(.place))
                    return .saved(UIText.meetingCreated(meeting.id, date: meeting.date))
                } catch {
                    return .refused(CommitteeDesk.refusal(error))
                }
            },
            onSaved: { [weak self] (message: LocalizedText) in
                guard let self else { return }
                // Show the meeting just made: the latest by id on its date.
                self.reload(keeping: nil)
                if let newest = (try? self.desk.store.meetings())?.max(by: { $0.id < $1.id }) { self.reload(keeping: newest.id) }
                self.notice = message
            })
    }

    private func exportPrompt() -> CommitteeEntryScreen {
        let meetingID = meeting?.id ?? 0
        return CommitteeEntries.folderPrompt(
            desk: desk, title: UIText.meetingExportTitle(meetingID), intro: UIText.meetingExportIntro,
            onSaved: { [weak self] in self?.notice = $0 }
        ) { [desk] folder throws(StoreError) in
            let packet = try desk.store.meetingPacket(meetingID: meetingID)
            let minutes = try desk.store.meetingMinutes(meetingID: meetingID)
            let packetBase = "meeting-\(meetingID)-packet", minutesBase = "meeting-\(meetingID)-minutes"
            let paths = try OutputFolder.write([
                (packetBase + ".html", MeetingExport.packetHTML(packet, language: desk.language)),
                (packetBase + ".txt", MeetingExport.packetText(packet, language: desk.language)),
                (minutesBase + ".html", MeetingExport.minutesHTML(minutes, language: desk.language)),
                (minutesBase + ".txt", MeetingExport.minutesText(minutes, language: desk.language)),
            ], into: folder)
            return UIText.wroteFiles(paths[0] + "/.txt", paths[2] + "/.txt")
        }
    }

    // MARK: Drawing

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.width > 0, area.height > 0,
              var y = CommitteeDesk.drawHead(notice: notice, loadError: loadError, into: &buffer, area: area, language: language) else { return }
        func line(_ text: String, _ style: CellStyle = .plain) {
            guard y < area.y + area.height else { return }
            buffer.put(text.truncated(toWidth: area.width), x: area.x, y: y, maxWidth: area.width, style: style)
            y += 1
        }
        let narrow = area.width < 60
        if let meeting, let shown {
            line(desk.meetingLine(meeting) + "  (\(meetings.count - shown)/\(meetings.count))", CellStyle(bold: true))
        } else {
            line(UIText.meetingNone(language), CellStyle(bold: true, color: .warning))
        }
        let left = area.y + area.height - y
        let agendaHeight = max(2, (left - 1) / 2)
        agendaList.columns = narrow
            ? [ListColumn(title: "#", width: .fixed(2), alignment: .trailing), ListColumn(title: UIText.queueColumnCase(language), width: .fixed(4), alignment: .trailing),
               ListColumn(title: UIText.queueColumnFirm(language), width: .flexible(minimum: 8)), ListColumn(title: UIText.meetingColumnDecision(language), width: .fixed(language == .ja ? 8 : 9))]
            : [ListColumn(title: "#", width: .fixed(2), alignment: .trailing), ListColumn(title: UIText.queueColumnCase(language), width: .fixed(4), alignment: .trailing),
               ListColumn(title: UIText.queueColumnFirm(language), width: .flexible(minimum: 12)), ListColumn(title: UIText.meetingColumnKind(language), width: .fixed(language == .ja ? 8 : 15)),
               ListColumn(title: UIText.queueColumnRule(language), width: .fixed(language == .ja ? 10 : 13)), ListColumn(title: UIText.meetingColumnDecision(language), width: .fixed(language == .ja ? 12 : 9))]
        if narrow {
            let rows = agenda
            agendaList.row = { index in
                let entry = rows[index]
                return [String(entry.position), String(entry.summary.id), entry.summary.firmName,
                        entry.decision.map { $0.outcome.label(language) } ?? (entry.kind == .report ? entry.kind.label(language) : "—")]
            }
        }
        let agendaArea = CellRect(x: area.x, y: y, width: area.width, height: min(agendaHeight, left))
        agendaList.visibleRows = max(1, ListView.bodyHeight(in: agendaArea))
        agendaList.draw(into: &buffer, area: agendaArea, focused: focus == .agenda)
        y += agendaArea.height
        line(UIText.meetingSubmittedHeading(submitted.count, candidates: candidates)(language), CellStyle(bold: true))
        let submittedArea = CellRect(x: area.x, y: y, width: area.width, height: max(0, area.y + area.height - y))
        submittedList.columns = [ListColumn(title: UIText.queueColumnCase(language), width: .fixed(4), alignment: .trailing),
                                 ListColumn(title: UIText.queueColumnFirm(language), width: .flexible(minimum: 8)),
                                 ListColumn(title: UIText.packetKind(language), width: .fixed(language == .ja ? 4 : 7)),
                                 ListColumn(title: UIText.queueColumnRule(language), width: .fixed(language == .ja ? 10 : 13))]
        if narrow { submittedList.columns.removeLast() }
        submittedList.visibleRows = max(1, ListView.bodyHeight(in: submittedArea))
        submittedList.draw(into: &buffer, area: submittedArea, focused: focus == .submitted)
    }
}
