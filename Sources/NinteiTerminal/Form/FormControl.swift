/// The widget of one form input, any of the toolkit's editable widgets, so a form keeps its
/// inputs in one list and hands keys, drawing and the cursor to whichever has the focus.
public enum FormControl: Sendable, Equatable {
    case text(TextField)
    case number(NumberField)
    case check(CheckBox)
    case options(OptionGroup)
    case choice(SingleChoice)
    case table(YearFiguresTable)
    case button(FormButton)

    public var widget: any Editable {
        switch self {
        case .text(let field): return field
        case .number(let field): return field
        case .check(let box): return box
        case .options(let group): return group
        case .choice(let choice): return choice
        case .table(let table): return table
        case .button(let button): return button
        }
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        switch self {
        case .text(let field): return handle(key, by: field, then: FormControl.text)
        case .number(let field): return handle(key, by: field, then: FormControl.number)
        case .check(let box): return handle(key, by: box, then: FormControl.check)
        case .options(let group): return handle(key, by: group, then: FormControl.options)
        case .choice(let choice): return handle(key, by: choice, then: FormControl.choice)
        case .table(let table): return handle(key, by: table, then: FormControl.table)
        case .button(let button): return button.handle(key)
        }
    }

    private mutating func handle<Widget: Editable>(_ key: Key, by widget: Widget, then wrap: (Widget) -> FormControl) -> KeyOutcome {
        var widget = widget
        defer { self = wrap(widget) }
        return widget.handle(key)
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        widget.draw(into: &buffer, area: area, focused: focused)
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? {
        widget.cursorPosition(in: area)
    }

    /// Text, numbers and tables take printable keys; check boxes, choices and buttons do not.
    public var takesText: Bool {
        switch self {
        case .text, .number, .table: return true
        case .check, .options, .choice, .button: return false
        }
    }

    public var isMultiline: Bool {
        if case .text(let field) = self { return field.editor.isMultiline }
        return false
    }

    /// The text of a text field as typed; nil for other widgets.
    public var text: String? {
        if case .text(let field) = self { return field.text }
        return nil
    }

    /// The focus arrived from another input: a text field that asks for it has its text
    /// selected, a table leaves the cells Tab passes over.
    public mutating func focusArrived() {
        switch self {
        case .text(var field) where field.selectsOnFocus && !field.text.isEmpty:
            field.replacesOnTyping = true
            self = .text(field)
        case .table(var table):
            table.settleOnTabStop()
            self = .table(table)
        default:
            break
        }
    }

    /// A text field remembers the size it is drawn at, so it scrolls only as far as needed.
    public mutating func fit(to size: TerminalSize) {
        if case .text(var field) = self, field.viewSize != size {
            field.viewSize = size
            self = .text(field)
        }
    }
}
