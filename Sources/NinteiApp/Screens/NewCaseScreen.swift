import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// A new case from a paper application: the firm's name (and reading), the checklist version
/// new or renewal, and the received date (today unless another is typed). It creates a draft
/// and opens it in place of this form.
final class NewCaseScreen: Screen {
    private let store: any OfficeService
    private let language: Language
    private let today: LocalDate
    private let openCase: (Int64) -> (any Screen)?
    /// The login's roles, read once: they decide whether this screen may create a case.
    private let roles: Set<Role>
    private let checklistIDs: [String]

    private var form: Form<FormEntry<Field>>
    var focus: Field { form.focusedID ?? .name }

    enum Field: CaseIterable, Sendable {
        case name, kana, checklist, kind, received, create
    }

    static let defaultChecklist = "asaka-2023"

    init(store: any OfficeService, language: Language, today: LocalDate = .today(), openCase: @escaping (Int64) -> (any Screen)?) {
        self.store = store
        self.language = language
        self.today = today
        self.openCase = openCase
        roles = Desk.roles(store)
        checklistIDs = store.checklistLibrary.ids
        // The received date is today's until another is typed: typing replaces it.
        var received = TextField(text: today.iso, placeholder: UIText.formDatePlaceholder(language), maximumLength: 20)
        received.selectsOnFocus = true
        form = Form([
            (.name, .text(TextField(placeholder: UIText.newCaseNamePlaceholder(language), maximumLength: InputLimits.line))),
            (.kana, .text(TextField(placeholder: UIText.newCaseKanaPlaceholder(language), maximumLength: InputLimits.line))),
            (.checklist, .choice(SingleChoice(labels: checklistIDs, selected: checklistIDs.firstIndex(of: Self.defaultChecklist) ?? 0))),
            (.kind, .choice(SingleChoice(labels: [UIText.caseListKindNew(language), UIText.caseListKindRenewal(language)]))),
            (.received, .text(received)),
            (.create, .button(FormButton(label: UIText.newCaseCreate(language)))),
        ])
    }

    var title: LocalizedText { UIText.newCaseTitle }

    var focusTakesText: Bool { form.focusTakesText }

    enum Action: String, ScreenActionSet {
        static let namespace = "newCase"
        case create, next, previous
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        let refusal = Desk.createRefusal(store, roles: roles, language: language)
        return [
            bind([.function(2), .ctrl("s")], Action.create, label: UIText.newCaseCreate(language), disabledReason: refusal),
            bind([.tab, .enter], Action.next, label: UIText.nextField(language)),
            bind([.backTab], Action.previous, label: UIText.previousField(language)),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .create: return create()
        case .next:
            if focus == .create { return create() }
            form.moveFocus(by: 1)
        case .previous: form.moveFocus(by: -1)
        }
        return .stay
    }

    func handle(_ key: Key) -> ScreenAction? {
        form.handleFocusedOrMove(key).screenAction
    }

    private func create() -> ScreenAction {
        let firmName = form.text(.name).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !firmName.isEmpty else {
            form.focus(on: .name)
            return .say(UIText.newCaseNameRequired)
        }
        let reading = form.text(.kana).trimmingCharacters(in: .whitespacesAndNewlines)
        let receivedOn: LocalDate
        do throws(DateInputError) {
            receivedOn = try DateInput.parse(form.text(.received), today: today)
        } catch {
            form.focus(on: .received)
            return .say(error.message)
        }
        let document = ApplicationDocument(
            checklistID: checklistIDs[form.choice(.checklist) ?? 0], kind: form.choice(.kind) == 0 ? .new : .renewal, receivedOn: receivedOn,
            firm: FirmProfile(name: firmName, kana: reading.isEmpty ? nil : reading))
        do {
            let id = try store.createCase(document)
            guard let screen = openCase(id) else { return .say(UIText.newCaseCreated(id)) }
            return .replace(screen)
        } catch {
            return .show(.error(title: UIText.newCaseRefusedTitle(language), body: error.text(language), ok: UIText.ok(language)))
        }
    }

    // MARK: Layout

    private func rects(_ area: CellRect) -> [Field: CellRect] {
        var result: [Field: CellRect] = [:]
        var y = area.y + (area.height >= 14 ? 1 : 0)
        let gap = area.height >= 16 ? 1 : 0
        for row in Field.allCases where y < area.y + area.height {
            result[row] = CellRect(x: area.x + 1, y: y, width: area.width - 2, height: 1)
            y += 1 + (row == .kind || row == .received ? gap : 0)
        }
        return result
    }

    private func label(_ row: Field) -> LocalizedText {
        switch row {
        case .name: return UIText.caseListFirm
        case .kana: return UIText.caseListReading
        case .checklist: return UIText.summaryChecklist
        case .kind: return UIText.caseListKindFilter
        case .received: return UIText.caseListReceived
        case .create: return LocalizedText(ja: "", en: "")
        }
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let rects = rects(area)
        for (index, input) in form.inputs.enumerated() {
            guard let rect = rects[input.id] else { continue }
            let row = input.id
            let hasFocus = row == focus && focused
            let full = label(row)(language)
            let text = row == .checklist && full.displayWidth >= FormRows.labelWidth(rect.width) ? UIText.newCaseChecklistShort(language) : full
            FormRows.drawLabel(text, focused: row == focus, into: &buffer, rect: rect)
            let field = widgetArea(row, in: rect)
            form.inputs[index].control.fit(to: field.size)
            form.inputs[index].control.draw(into: &buffer, area: field, focused: hasFocus)
            if row == .received { drawReceivedNote(into: &buffer, field: field, focused: hasFocus, language: language) }
        }
        let bottom = (rects.values.map { $0.y }.max() ?? area.y) + 2
        if bottom < area.y + area.height {
            let width = area.width - 2
            let lines = UIText.newCaseHint(language).wrapped(toWidth: width)
            for (offset, line) in lines.enumerated() where bottom + offset < area.y + area.height {
                buffer.put(line, x: area.x + 1, y: bottom + offset, maxWidth: width, style: CellStyle(color: .muted))
            }
        }
    }

    /// "（今日）" or the date typed in the Japanese calendar, beside the received date.
    private func drawReceivedNote(into buffer: inout CellBuffer, field: CellRect, focused: Bool, language: Language) {
        let typed = form.text(.received)
        let note = typed == today.iso ? UIText.newCaseToday(language)
            : (try? DateInput.parse(typed, today: today)).map { "（" + $0.japanese + "）" } ?? ""
        let x = focused ? field.x + field.width + 1 : field.x + typed.displayWidth
        buffer.put(note, x: x, y: field.y, maxWidth: max(0, field.x + field.width - x), style: CellStyle(color: .muted))
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard let rect = rects(area)[focus], let control = form.focused?.control else { return nil }
        return control.cursorPosition(in: widgetArea(focus, in: rect))
    }

    private func widgetArea(_ row: Field, in rect: CellRect) -> CellRect {
        let field = FormRows.fieldArea(rect)
        return row == .received ? receivedArea(field) : field
    }

    /// Wide enough for a date as written on paper (令和5年12月31日), as on the intake form.
    private func receivedArea(_ field: CellRect) -> CellRect {
        CellRect(x: field.x, y: field.y, width: min(field.width, CaseFormScreen.dateFieldWidth), height: 1)
    }
}
