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
    private var form: Form<FormEntry<Field>>?

    enum Field: CaseIterable, Sendable { case date, channel, note, save }

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

    var focusTakesText: Bool { form?.focusTakesText ?? false }

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
            form = Form([
                (.date, .text(TextField(text: today.iso, maximumLength: 16))),
                (.channel, .choice(SingleChoice(labels: ContactChannel.allCases.map { $0.label.text(language) }))),
                (.note, .text(TextField(placeholder: UIText.contactsNotePlaceholder(language), isMultiline: true, maximumLength: InputLimits.freeText))),
                (.save, .button(FormButton(label: UIText.contactsSave(language)))),
            ])
        case .save: return save()
        case .nextField: form?.moveFocus(by: 1)
        case .previousField: form?.moveFocus(by: -1)
        case .enter:
            if form?.focusedID == .save { return save() }
            form?.moveFocus(by: 1)
        case .cancel:
            if let form, !form.text(.note).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
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

    func handle(_ key: Key) -> ScreenAction? {
        guard form != nil else {
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end:
                _ = list.handle(key)
                return .stay
            default: return nil
            }
        }
        return form?.handleFocusedOrMove(key).screenAction
    }

    /// A date as typed on paper: 2023-07-14, 2023/7/14, 令和5年7月14日, R5.7.14, full-width digits.
    static func parseDate(_ typed: String) -> LocalDate? {
        try? DateInput.parse(typed)
    }

    private func save() -> ScreenAction {
        guard let current = form else { return .stay }
        guard let date = Self.parseDate(current.text(.date)) else {
            form?.focus(on: .date)
            return .say(UIText.contactsBadDate(current.text(.date)))
        }
        guard date <= today else {
            form?.focus(on: .date)
            return .say(UIText.contactsFutureDate(date.iso))
        }
        let note = current.text(.note).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            form?.focus(on: .note)
            return .say(UIText.contactsNoteRequired)
        }
        do {
            let id = try store.addContact(caseID: caseID, date: date, channel: ContactChannel.allCases[current.choice(.channel) ?? 0], note: note)
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
        var fields: [Field: CellRect] = [:]
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
        for field in Field.allCases {
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
        guard let inputs = form?.inputs, let focusedField = form?.focusedID else { return }
        for (index, input) in inputs.enumerated() {
            guard let rect = layout.fields[input.id], rect.height > 0 else { continue }
            FormRows.drawLabel(label(input.id)(language), focused: focusedField == input.id, into: &buffer, rect: rect)
            let area = widgetArea(input.id, in: rect)
            form?.inputs[index].control.fit(to: area.size)
            form?.inputs[index].control.draw(into: &buffer, area: area, focused: focusedField == input.id && focused)
            if input.id == .date {
                let fieldArea = FormRows.fieldArea(rect)
                buffer.put(UIText.contactsDateHint(language), x: fieldArea.x + 13, y: fieldArea.y, maxWidth: max(0, fieldArea.width - 13), style: CellStyle(color: .muted))
            }
        }
    }

    private func label(_ field: Field) -> LocalizedText {
        switch field {
        case .date: return UIText.contactsDate
        case .channel: return UIText.contactsChannel
        case .note: return UIText.contactsNote
        case .save: return LocalizedText(ja: "", en: "")
        }
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard let form, let focusedField = form.focusedID, let rect = layout(area).fields[focusedField], rect.height > 0 else { return nil }
        return form.focused?.control.cursorPosition(in: widgetArea(focusedField, in: rect))
    }

    /// The date takes what a date typed as on paper needs, its hint the rest of the row.
    private func widgetArea(_ field: Field, in rect: CellRect) -> CellRect {
        let area = FormRows.fieldArea(rect)
        guard field == .date else { return area }
        return CellRect(x: area.x, y: area.y, width: min(12, area.width), height: 1)
    }
}
