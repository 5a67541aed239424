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
    private let checklistIDs: [String]

    private var name: TextField
    private var kana: TextField
    private var checklist: SingleChoice
    private var kind: SingleChoice
    /// The received date, today's until another is typed (typing replaces it, see `TextField.replacesOnTyping`).
    private var received: TextField
    private var dialog: Dialog?
    private(set) var focus = Row.name {
        didSet { if focus == .received, focus != oldValue, !received.text.isEmpty { received.replacesOnTyping = true } }
    }

    enum Row: Int, CaseIterable {
        case name, kana, checklist, kind, received, create
    }

    static let defaultChecklist = "asaka-2023"

    init(store: any OfficeService, language: Language, today: LocalDate = .today(), openCase: @escaping (Int64) -> (any Screen)?) {
        self.store = store
        self.language = language
        self.today = today
        self.openCase = openCase
        checklistIDs = store.checklistLibrary.ids
        name = TextField(placeholder: UIText.newCaseNamePlaceholder(language), maximumLength: InputLimits.line)
        kana = TextField(placeholder: UIText.newCaseKanaPlaceholder(language), maximumLength: InputLimits.line)
        checklist = SingleChoice(labels: checklistIDs, selected: checklistIDs.firstIndex(of: Self.defaultChecklist) ?? 0)
        kind = SingleChoice(labels: [UIText.caseListKindNew(language), UIText.caseListKindRenewal(language)])
        received = TextField(text: today.iso, placeholder: UIText.formDatePlaceholder(language), maximumLength: 20)
    }

    var title: LocalizedText { UIText.newCaseTitle }

    var focusTakesText: Bool { dialog == nil && (focus == .name || focus == .kana || focus == .received) }

    func bindings(_ language: Language) -> [KeyBinding] {
        let refusal = Desk.createRefusal(store, roles: Desk.roles(store), language: language)
        return [
            KeyBinding([.function(2), .ctrl("s")], "newCase.create", label: UIText.newCaseCreate(language), disabledReason: refusal),
            KeyBinding([.tab, .enter], "newCase.next", label: UIText.galleryNextField(language)),
            KeyBinding([.backTab], "newCase.previous", label: UIText.galleryPreviousField(language)),
            KeyBinding([.escape], "newCase.back", label: UIText.back(language)),
        ]
    }

    func perform(_ action: String) -> ScreenAction {
        switch action {
        case "newCase.create": return create()
        case "newCase.next":
            if focus == .create { return create() }
            move(1)
        case "newCase.previous": move(-1)
        case "newCase.back": return .back
        default: break
        }
        return .stay
    }

    private func move(_ step: Int) {
        let index = focus.rawValue + step
        focus = Row(rawValue: min(max(0, index), Row.allCases.count - 1)) ?? focus
    }

    func handle(_ key: Key) -> ScreenAction? {
        if dialog != nil {
            _ = dialog?.handle(key)
            if dialog?.result != nil { dialog = nil }
            return .stay
        }
        let outcome: KeyOutcome
        switch focus {
        case .name: outcome = name.handle(key)
        case .kana: outcome = kana.handle(key)
        case .checklist: outcome = checklist.handle(key)
        case .kind: outcome = kind.handle(key)
        case .received: outcome = received.handle(key)
        case .create:
            if key == .down { move(1); return .stay }
            if key == .up { move(-1); return .stay }
            return nil
        }
        switch outcome {
        case .handled: return .stay
        case .refused(let refusal): return .say(UIText.refusal(refusal))
        case .ignored:
            if key == .down { move(1); return .stay }
            if key == .up { move(-1); return .stay }
            return nil
        }
    }

    private func create() -> ScreenAction {
        let firmName = name.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !firmName.isEmpty else {
            focus = .name
            return .say(UIText.newCaseNameRequired)
        }
        let reading = kana.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let receivedOn: LocalDate
        do throws(DateInputError) {
            receivedOn = try DateInput.parse(received.text, today: today)
        } catch {
            focus = .received
            return .say(error.message)
        }
        let document = ApplicationDocument(
            checklistID: checklistIDs[checklist.selected], kind: kind.selected == 0 ? .new : .renewal, receivedOn: receivedOn,
            firm: FirmProfile(name: firmName, kana: reading.isEmpty ? nil : reading))
        do {
            let id = try store.createCase(document)
            guard let screen = openCase(id) else { return .say(UIText.newCaseCreated(id)) }
            return .replace(screen)
        } catch {
            dialog = .error(title: UIText.newCaseRefusedTitle(language), body: error.text(language), ok: UIText.ok(language))
            return .stay
        }
    }

    // MARK: Layout

    private func rects(_ area: CellRect) -> [Row: CellRect] {
        var result: [Row: CellRect] = [:]
        var y = area.y + (area.height >= 14 ? 1 : 0)
        let gap = area.height >= 16 ? 1 : 0
        for row in Row.allCases where y < area.y + area.height {
            result[row] = CellRect(x: area.x + 1, y: y, width: area.width - 2, height: 1)
            y += 1 + (row == .kind || row == .received ? gap : 0)
        }
        return result
    }

    private func label(_ row: Row) -> LocalizedText {
        switch row {
        case .name: return UIText.caseListFirm
        case .kana: return UIText.caseListReading
        case .checklist: return UIText.summaryChecklist
        case .kind: return UIText.caseListKindFilter
        case .received: return UIText.caseListReceived
        case .create: return LocalizedText(ja: "", en: "")
        }
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language) {
        let rects = rects(area)
        for row in Row.allCases {
            guard let rect = rects[row] else { continue }
            let focused = row == focus && dialog == nil
            let full = label(row)(language)
            let text = row == .checklist && full.displayWidth >= FormRows.labelWidth(rect.width) ? UIText.newCaseChecklistShort(language) : full
            FormRows.drawLabel(text, focused: row == focus, into: &buffer, rect: rect)
            let field = FormRows.fieldArea(rect)
            switch row {
            case .name:
                name.viewSize = field.size
                name.draw(into: &buffer, area: field, focused: focused)
            case .kana:
                kana.viewSize = field.size
                kana.draw(into: &buffer, area: field, focused: focused)
            case .checklist: checklist.draw(into: &buffer, area: field, focused: focused)
            case .kind: kind.draw(into: &buffer, area: field, focused: focused)
            case .received:
                let area = receivedArea(field)
                received.viewSize = area.size
                received.draw(into: &buffer, area: area, focused: focused)
                let note = received.text == today.iso ? UIText.newCaseToday(language)
                    : (try? DateInput.parse(received.text, today: today)).map { "（" + $0.japanese + "）" } ?? ""
                let x = focused ? area.x + area.width + 1 : field.x + received.text.displayWidth
                buffer.put(note, x: x, y: field.y, maxWidth: max(0, field.x + field.width - x), style: CellStyle(color: .muted))
            case .create:
                FormRows.drawButton(UIText.newCaseCreate(language), focused: focused, into: &buffer, rect: rect)
            }
        }
        let bottom = (rects.values.map { $0.y }.max() ?? area.y) + 2
        if bottom < area.y + area.height {
            let width = area.width - 2
            let lines = UIText.newCaseHint(language).wrapped(toWidth: width)
            for (offset, line) in lines.enumerated() where bottom + offset < area.y + area.height {
                buffer.put(line, x: area.x + 1, y: bottom + offset, maxWidth: width, style: CellStyle(color: .muted))
            }
        }
        dialog?.draw(into: &buffer, area: area, focused: true)
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        if let dialog { return dialog.cursorPosition(in: area) }
        guard let rect = rects(area)[focus] else { return nil }
        let field = FormRows.fieldArea(rect)
        switch focus {
        case .name: return name.cursorPosition(in: field)
        case .kana: return kana.cursorPosition(in: field)
        case .checklist: return checklist.cursorPosition(in: field)
        case .kind: return kind.cursorPosition(in: field)
        case .received: return received.cursorPosition(in: receivedArea(field))
        case .create: return FormRows.buttonCursor(rect)
        }
    }

    /// Wide enough for a date as written on paper (令和5年12月31日), as on the intake form.
    private func receivedArea(_ field: CellRect) -> CellRect {
        CellRect(x: field.x, y: field.y, width: min(field.width, CaseFormScreen.dateFieldWidth), height: 1)
    }
}
