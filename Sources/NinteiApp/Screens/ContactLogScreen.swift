import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// The contact log (ヒアリング) of one case: every phone call, mail and visit with the firm,
/// with its date, channel, note and who recorded it; officers add one with `a`.
final class ContactLogScreen: Screen {
    private let store: any OfficeService
    private let caseID: Int64
    private let language: Language
    private let today: LocalDate
    private let roles: Set<Role>

    private var entries: [ContactEntry] = []
    private var firmName: String?
    private var loadError: String?
    private var list: ListView
    /// The list shows no "by" column when narrow.
    private var narrowColumns = false

    /// The entry being added, nil while browsing.
    private var form: Form?

    struct Form {
        var date: TextField
        var channel: SingleChoice
        var note: TextField
        var focus = Field.date

        enum Field: Int, CaseIterable { case date, channel, note, save }
    }

    init(store: any OfficeService, caseID: Int64, language: Language, today: LocalDate = .today()) {
        self.store = store
        self.caseID = caseID
        self.language = language
        self.today = today
        self.roles = Desk.roles(store)
        list = ListView(columns: [], rowCount: 0, emptyMessage: UIText.contactsEmpty(language)) { _ in [] }
        list.row = { [weak self] index in self?.cells(index) ?? [] }
        load()
    }

    var title: LocalizedText {
        let base = UIText.contactsTitle(caseID)
        guard let firmName else { return base }
        return LocalizedText(ja: base.ja + " " + firmName, en: base.en + " " + firmName)
    }

    /// Whether the entry form is open (for tests).
    var isAdding: Bool { form != nil }

    var focusTakesText: Bool {
        guard let form else { return false }
        return form.focus == .date || form.focus == .note
    }

    private func load() {
        do {
            firmName = try store.loadCase(caseID).document.firm.name
            entries = try store.contacts(caseID: caseID)
            loadError = nil
        } catch {
            entries = []
            loadError = error.text(language)
        }
        list.rowCount = entries.count
        list.emptyMessage = loadError ?? UIText.contactsEmpty(language)
    }

    private func cells(_ index: Int) -> [String] {
        guard entries.indices.contains(index) else { return [] }
        let entry = entries[index]
        let firstLine = entry.note.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        if narrowColumns { return [entry.date.iso, entry.channel.label.text(language), firstLine] }
        return [entry.date.iso, entry.channel.label.text(language), entry.recordedBy, firstLine]
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "contacts"
        case add, save, nextField, previousField, enter, cancel
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        if form != nil {
            return [
                bind([.function(2), .ctrl("s")], Action.save, label: UIText.contactsSave(language)),
                bind([.tab], Action.nextField, label: UIText.nextField(language)),
                bind([.backTab], Action.previousField, label: UIText.previousField(language)),
                bind([.enter], Action.enter, label: UIText.nextField(language), statusBar: false),
                bind([.escape], Action.cancel, label: UIText.contactsCancel(language)),
            ]
        }
        return [
            bind([.character("a"), .insert], Action.add, label: UIText.contactsAdd(language),
                 disabledReason: Desk.contactRefusal(store, roles: roles, language: language) ?? loadError),
            bind([.escape, .backspace], Navigation.back, label: UIText.back(language)),
            bind([.up, .character("k")], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.down(language), statusBar: false),
        ]
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        list.move(move)
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .add:
            form = Form(
                date: TextField(text: today.iso, maximumLength: 16),
                channel: SingleChoice(labels: ContactChannel.allCases.map { $0.label.text(language) }),
                note: TextField(placeholder: UIText.contactsNotePlaceholder(language), isMultiline: true, maximumLength: InputLimits.freeText))
        case .save: return save()
        case .nextField: moveFocus(1)
        case .previousField: moveFocus(-1)
        case .enter:
            if form?.focus == .save { return save() }
            moveFocus(1)
        case .cancel:
            if let form, !form.note.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let dialog = Dialog.confirm(
                    title: UIText.contactsDiscardTitle(language), body: UIText.contactsDiscardBody(language),
                    confirm: UIText.contactsDiscard(language), cancel: UIText.contactsKeepEditing(language), focusOnCancel: true)
                return .ask(dialog) { [self] answer in
                    if answer == .chosen(0) { self.form = nil }
                    return .stay
                }
            } else {
                form = nil
            }
        }
        return .stay
    }

    private func moveFocus(_ step: Int) {
        guard let current = form?.focus else { return }
        let index = min(max(0, current.rawValue + step), Form.Field.allCases.count - 1)
        form?.focus = Form.Field(rawValue: index) ?? current
    }

    func handle(_ key: Key) -> ScreenAction? {
        guard var current = form else {
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end:
                _ = list.handle(key)
                return .stay
            default: return nil
            }
        }
        let outcome: KeyOutcome
        switch current.focus {
        case .date: outcome = current.date.handle(key)
        case .channel: outcome = current.channel.handle(key)
        case .note: outcome = current.note.handle(key)
        case .save: outcome = .ignored
        }
        form = current
        if let action = outcome.screenAction { return action }
        if key == .down || key == .up {
            moveFocus(key == .down ? 1 : -1)
            return .stay
        }
        return nil
    }

    /// A date as typed on paper: 2023-07-14, 2023/7/14, 令和5年7月14日, R5.7.14, full-width digits.
    static func parseDate(_ typed: String) -> LocalDate? {
        try? DateInput.parse(typed)
    }

    private func save() -> ScreenAction {
        guard let current = form else { return .stay }
        guard let date = Self.parseDate(current.date.text) else {
            form?.focus = .date
            return .say(UIText.contactsBadDate(current.date.text))
        }
        guard date <= today else {
            form?.focus = .date
            return .say(UIText.contactsFutureDate(date.iso))
        }
        let note = current.note.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            form?.focus = .note
            return .say(UIText.contactsNoteRequired)
        }
        do {
            let id = try store.addContact(caseID: caseID, date: date, channel: ContactChannel.allCases[current.channel.selected], note: note)
            form = nil
            load()
            if let index = entries.firstIndex(where: { $0.id == id }) { list.select(index) }
            return .say(UIText.contactsSaved)
        } catch {
            return .show(.error(title: UIText.contactsRefusedTitle(language), body: error.text(language), ok: UIText.ok(language)))
        }
    }

    // MARK: Layout

    private struct Layout {
        var list: CellRect?
        var detail: CellRect?
        var fields: [Form.Field: CellRect] = [:]
    }

    private func layout(_ area: CellRect) -> Layout {
        var layout = Layout()
        let inner = CellRect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard form != nil else {
            let listHeight = min(max(3, entries.count + 1), max(3, area.height * 3 / 5))
            layout.list = CellRect(x: inner.x, y: inner.y, width: inner.width, height: min(listHeight, inner.height))
            let detailY = inner.y + listHeight + 1
            if detailY < inner.y + inner.height {
                layout.detail = CellRect(x: inner.x, y: detailY, width: inner.width, height: inner.y + inner.height - detailY)
            }
            return layout
        }
        let noteHeight = area.height >= 20 ? 5 : 3
        let formHeight = 3 + noteHeight
        let listHeight = area.height - formHeight - 1
        var y = inner.y
        if listHeight >= 3 {
            layout.list = CellRect(x: inner.x, y: y, width: inner.width, height: listHeight)
            y += listHeight + 1
        }
        for field in Form.Field.allCases {
            let height = field == .note ? noteHeight : 1
            layout.fields[field] = CellRect(x: inner.x, y: y, width: inner.width, height: min(height, max(0, inner.y + inner.height - y)))
            y += height
        }
        return layout
    }

    private func columns(width: Int) -> [ListColumn] {
        let ja = language == .ja
        var columns = [
            ListColumn(title: UIText.contactsDate(language), width: .fixed(10)),
            ListColumn(title: UIText.contactsChannel(language), width: .fixed(ja ? 6 : 5)),
        ]
        if width >= 60 { columns.append(ListColumn(title: UIText.contactsBy(language), width: .fixed(10))) }
        columns.append(ListColumn(title: UIText.contactsNote(language), width: .flexible(minimum: 8)))
        return columns
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let layout = layout(area)
        if let rect = layout.list {
            list.columns = columns(width: rect.width)
            narrowColumns = rect.width < 60
            list.visibleRows = max(1, ListView.bodyHeight(in: rect))
            list.draw(into: &buffer, area: rect, focused: form == nil)
            let ruleY = rect.y + rect.height
            if ruleY < area.y + area.height {
                buffer.put(String(repeating: "─", count: area.width), x: area.x, y: ruleY, maxWidth: area.width, style: CellStyle(color: .muted))
            }
        }
        if let rect = layout.detail, entries.indices.contains(list.selection) {
            let entry = entries[list.selection]
            let heading = "\(entry.date.iso) \(entry.channel.label.text(language)) \(UIText.contactsRecordedBy(entry.recordedBy)(language))"
            let lines = [heading] + entry.note.wrapped(toWidth: max(1, rect.width))
            for (offset, line) in lines.prefix(rect.height).enumerated() {
                buffer.put(line, x: rect.x, y: rect.y + offset, maxWidth: rect.width, style: offset == 0 ? CellStyle(bold: true) : .plain)
            }
        } else if let rect = layout.detail, form == nil, entries.isEmpty, loadError == nil {
            let hint = Desk.contactRefusal(store, roles: roles, language: language) ?? UIText.contactsAddHint(language)
            for (offset, line) in hint.wrapped(toWidth: max(1, rect.width)).prefix(rect.height).enumerated() {
                buffer.put(line, x: rect.x, y: rect.y + offset, maxWidth: rect.width, style: CellStyle(color: .muted))
            }
        }
        if var current = form {
            for field in Form.Field.allCases {
                guard let rect = layout.fields[field], rect.height > 0 else { continue }
                let hasFocus = current.focus == field && focused
                FormRows.drawLabel(label(field)(language), focused: current.focus == field, into: &buffer, rect: rect)
                let fieldArea = FormRows.fieldArea(rect)
                switch field {
                case .date:
                    let dateArea = CellRect(x: fieldArea.x, y: fieldArea.y, width: min(12, fieldArea.width), height: 1)
                    current.date.viewSize = dateArea.size
                    current.date.draw(into: &buffer, area: dateArea, focused: hasFocus)
                    buffer.put(UIText.contactsDateHint(language), x: fieldArea.x + 13, y: fieldArea.y, maxWidth: max(0, fieldArea.width - 13), style: CellStyle(color: .muted))
                case .channel: current.channel.draw(into: &buffer, area: fieldArea, focused: hasFocus)
                case .note:
                    current.note.viewSize = fieldArea.size
                    current.note.draw(into: &buffer, area: fieldArea, focused: hasFocus)
                case .save: FormRows.drawButton(UIText.contactsSave(language), focused: hasFocus, into: &buffer, rect: rect)
                }
            }
            form = current
        }
    }

    private func label(_ field: Form.Field) -> LocalizedText {
        switch field {
        case .date: return UIText.contactsDate
        case .channel: return UIText.contactsChannel
        case .note: return UIText.contactsNote
        case .save: return LocalizedText(ja: "", en: "")
        }
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard let form, let rect = layout(area).fields[form.focus], rect.height > 0 else { return nil }
        let fieldArea = FormRows.fieldArea(rect)
        switch form.focus {
        case .date: return form.date.cursorPosition(in: CellRect(x: fieldArea.x, y: fieldArea.y, width: min(12, fieldArea.width), height: 1))
        case .channel: return form.channel.cursorPosition(in: fieldArea)
        case .note: return form.note.cursorPosition(in: fieldArea)
        case .save: return FormRows.buttonCursor(rect)
        }
    }
}
