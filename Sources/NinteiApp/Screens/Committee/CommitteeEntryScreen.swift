import NinteiCore
import NinteiTerminal

/// What a committee entry's inputs are read back by.
enum EntryKey: Hashable, Sendable {
    case member, verdict, comment, conflictType, note, outcome, reason, folder, date, place
}

/// One input of a committee entry: a single choice from a list (an option list kept to one
/// tick), a one-row choice cycled with ← → (a member's login), or text; its label goes above it.
struct EntryInput: FormInput {
    let id: EntryKey
    let label: LocalizedText
    var control: FormControl

    init(_ id: EntryKey, _ label: LocalizedText, _ control: FormControl) {
        self.id = id
        self.label = label
        self.control = control
    }

    /// Rows the control wants.
    var preferredHeight: Int {
        switch control {
        case .options(let group): return group.options.count
        case .text(let field): return field.editor.isMultiline ? 4 : 1
        default: return 1
        }
    }
}

/// What saving an entry came to: the message for where the user returns, or the refusal.
enum EntryOutcome {
    case saved(LocalizedText)
    case refused(LocalizedText)
}

/// The committee's small forms — an opinion, a conflict, a decision, a new meeting, a folder to
/// write to: a few lines saying what the entry is about (recomputed as the choices change, so a
/// decision against the rule result says so before it is saved), the fields, F2 to save.
/// Saving asks the store; a refusal stays on screen with its reason.
final class CommitteeEntryScreen: Screen {
    let title: LocalizedText
    let language: Language
    private(set) var form: Form<EntryInput>
    /// Why this entry cannot be saved at all (a conflicted member); nil when it can.
    let refusal: LocalizedText?
    let saveLabel: LocalizedText
    private let intro: (CommitteeEntryScreen, Language) -> [(String, CellStyle)]
    /// Saves the entry: the message to show where the user returns to, or the refusal.
    private let save: (CommitteeEntryScreen) -> EntryOutcome
    private let onSaved: (LocalizedText) -> Void

    init(
        title: LocalizedText, language: Language, fields: [EntryInput], saveLabel: LocalizedText = UIText.entrySave, refusal: LocalizedText? = nil,
        intro: @escaping (CommitteeEntryScreen, Language) -> [(String, CellStyle)] = { _, _ in [] },
        save: @escaping (CommitteeEntryScreen) -> EntryOutcome,
        onSaved: @escaping (LocalizedText) -> Void
    ) {
        self.title = title
        self.language = language
        self.form = Form(fields)
        self.saveLabel = saveLabel
        self.refusal = refusal
        self.intro = intro
        self.save = save
        self.onSaved = onSaved
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "entry"
        case save, next, previous, cancel
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.function(2)], Action.save, label: saveLabel(language), disabledReason: refusal?(language)),
            bind([.tab], Action.next, label: UIText.nextField(language), statusBar: form.inputs.count > 1),
            bind([.backTab], Action.previous, label: UIText.previousField(language), statusBar: false),
            bind([.escape], Action.cancel, label: UIText.entryCancel(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .save: return saveNow()
        case .next: moveFocus(1)
        case .previous: moveFocus(-1)
        case .cancel: return .back
        }
        return .stay
    }

    var focusTakesText: Bool { form.focusTakesText }

    private func moveFocus(_ step: Int) {
        form.moveFocus(by: step, wrapping: true)
    }

    /// Enter: on to the next input, or saves from the last.
    private func advanceOrSave() -> ScreenAction {
        if form.isOnLast { return saveNow() }
        moveFocus(1)
        return .stay
    }

    private func saveNow() -> ScreenAction {
        if let refusal { return .say(refusal) }
        switch save(self) {
        case .saved(let message):
            onSaved(message)
            return .back
        case .refused(let refusal):
            return .say(refusal)
        }
    }

    func handle(_ key: Key) -> ScreenAction? {
        guard let control = form.focused?.control else { return nil }
        switch key {
        case .tab, .backTab, .escape, .function: return nil
        default: break
        }
        switch control {
        case .options(var group):
            if key == .enter { return advanceOrSave() }
            if group.handle(key) == .ignored {
                if key == .down, !form.isOnLast { moveFocus(1); return .stay }
                if key == .up, form.focusIndex > 0 { moveFocus(-1); return .stay }
                return nil
            }
            // A single choice: the option just ticked is the only one.
            if key == .character(" "), let id = group.focusedID {
                for other in group.selected where other != id { group.toggle(other) }
                if !group.selected.contains(id) { group.toggle(id) }
            }
            form.inputs[form.focusIndex].control = .options(group)
            return .stay
        case .choice(let choice):
            guard !choice.labels.isEmpty else { return nil }
            if form.handleFocused(key) == .handled { return .stay }
            switch key {
            case .enter: return advanceOrSave()
            case .down: moveFocus(1)
            case .up: moveFocus(-1)
            default: return nil
            }
            return .stay
        case .text(let field):
            if !field.editor.isMultiline {
                if key == .enter { return advanceOrSave() }
                if key == .down || key == .up {
                    moveFocus(key == .down ? 1 : -1)
                    return .stay
                }
            }
            return form.handleFocused(key).screenAction
        default:
            return nil
        }
    }

    // MARK: Drawing

    struct Layout {
        var intro: CellRect
        /// Each field's label row and control rectangle.
        var fields: [(label: CellRect, control: CellRect)]
    }

    /// Fields get their smallest size first, then choices all their options, then the intro
    /// what it needs (with a blank row when there is room), then text fields what they prefer;
    /// a multi-line text takes what is left.
    func layout(in area: CellRect, introLines: Int) -> Layout {
        let fields = form.inputs
        var heights = fields.map { _ in 1 }
        var left = area.height - fields.count - heights.reduce(0, +)
        func grow(_ index: Int) {
            let more = min(left, fields[index].preferredHeight - heights[index])
            if more > 0 { heights[index] += more; left -= more }
        }
        for index in fields.indices where !fields[index].control.takesText { grow(index) }
        let introHeight = max(0, min(introLines, left))
        left -= introHeight
        let gap = introHeight > 0 && left > 0 ? 1 : 0
        left -= gap
        for index in fields.indices where fields[index].control.takesText { grow(index) }
        if left > 0, let multi = fields.firstIndex(where: \.control.isMultiline) { heights[multi] += left }
        var y = area.y + introHeight + gap
        var placed: [(label: CellRect, control: CellRect)] = []
        for height in heights {
            let label = CellRect(x: area.x, y: y, width: area.width, height: y < area.y + area.height ? 1 : 0)
            let control = CellRect(x: area.x + 2, y: y + 1, width: max(0, area.width - 3), height: max(0, min(height, area.y + area.height - y - 1)))
            placed.append((label, control))
            y += 1 + height
        }
        return Layout(intro: CellRect(x: area.x, y: area.y, width: area.width, height: introHeight), fields: placed)
    }

    private func wrappedIntro(width: Int, language: Language) -> [(String, CellStyle)] {
        intro(self, language).flatMap { line, style in line.wrapped(toWidth: max(1, width)).map { ($0, style) } }
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        let lines = wrappedIntro(width: area.width, language: language)
        let parts = layout(in: area, introLines: lines.count)
        for (offset, (line, style)) in lines.prefix(parts.intro.height).enumerated() {
            buffer.put(line, x: area.x, y: area.y + offset, maxWidth: area.width, style: style)
        }
        for (index, rects) in parts.fields.enumerated() where rects.label.height > 0 {
            let input = form.inputs[index]
            let focused = index == form.focusIndex
            LabelledRow.drawLabel(input.label(language), focused: focused, width: area.width, style: CellStyle(bold: true), into: &buffer, row: rects.label)
            guard rects.control.height > 0, rects.control.width > 0 else { continue }
            if case .choice(let choice) = input.control, choice.labels.isEmpty {
                buffer.put(UIText.entryNone(language).truncated(toWidth: rects.control.width), x: rects.control.x, y: rects.control.y,
                           maxWidth: rects.control.width, style: focused ? CellStyle(reverse: true) : .plain)
                continue
            }
            form.inputs[index].control.fit(to: rects.control.size)
            form.inputs[index].control.draw(into: &buffer, area: rects.control, focused: focused)
        }
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard let control = form.focused?.control else { return nil }
        let parts = layout(in: area, introLines: wrappedIntro(width: area.width, language: language).count)
        let rect = parts.fields[form.focusIndex].control
        guard rect.height > 0, rect.width > 0 else { return nil }
        return control.cursorPosition(in: rect)
    }
}
