/// A text entry field, single-line (scrolls sideways to keep the cursor visible) or multi-line
/// (wraps like `wrapped(toWidth:)`, ↑ ↓ move by wrapped row, scrolls to keep the cursor visible).
///
/// The screen tells the field its size on layout (`viewSize`, as `ListView.visibleRows`), so
/// the view scrolls only as far as the cursor needs and stays put while the cursor moves
/// inside it. Drawing is still a function of the state and the area: in an area of another
/// size the cursor's grapheme is still always fully inside.
public struct TextField: Editable, Sendable, Equatable {
    public private(set) var editor: LineEditor
    /// Shown muted when the field is empty and has no focus: "例: 山田 太郎".
    public var placeholder: String
    /// The size the field was last laid out at; set by the screen. Zero until then.
    public var viewSize = TerminalSize(width: 0, height: 0) {
        didSet { followCursor() }
    }
    /// Single line: the first grapheme shown; multi-line: the first wrapped row shown.
    private var scroll = 0
    /// The display column ↑ and ↓ aim for across wrapped rows while pressed in a row.
    private var goalColumn: Int?
    /// The whole text is selected (drawn reversed while focused): the first character typed
    /// or pasted replaces it and Backspace or Delete empties the field; any other key ends
    /// the selection and edits as usual. A screen sets it when the focus arrives at a field
    /// holding a value that is replaced more often than edited (a pre-filled date).
    public var replacesOnTyping = false
    /// The focus arriving (see `FormControl.focusArrived()`) selects the text, if any, as above.
    public var selectsOnFocus = false

    public static let focusedStyle = CellStyle(underline: true)
    /// A focused field whose text the next character replaces.
    public static let selectedStyle = CellStyle(reverse: true)
    public static let placeholderStyle = CellStyle(color: .muted)

    public init(text: String = "", placeholder: String = "", isMultiline: Bool = false, maximumLength: Int? = nil) {
        editor = LineEditor(text: text, isMultiline: isMultiline, maximumLength: maximumLength)
        self.placeholder = placeholder
    }

    public var text: String {
        get { editor.text }
        set {
            editor.setText(newValue)
            replacesOnTyping = false
            followCursor()
        }
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        if replacesOnTyping {
            replacesOnTyping = false
            switch key {
            case .character: editor.setText("")
            case .backspace, .delete, .ctrl("d"):
                guard !editor.characters.isEmpty else { return .ignored }
                editor.setText("")
                followCursor()
                return .handled
            default: break
            }
        }
        let outcome: KeyOutcome
        if editor.isMultiline, viewSize.width > 0, key == .up || key == .down {
            outcome = moveByWrappedRow(up: key == .up)
        } else {
            goalColumn = nil
            outcome = editor.handle(key)
        }
        followCursor()
        return outcome
    }

    /// Inserts pasted text at the cursor (see `LineEditor.insert(_:)`).
    public mutating func paste(_ text: String) -> KeyOutcome {
        goalColumn = nil
        if replacesOnTyping {
            replacesOnTyping = false
            editor.setText("")
        }
        let outcome = editor.insert(text)
        followCursor()
        return outcome
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        guard area.width > 0 && area.height > 0 else { return }
        let style = focused ? (replacesOnTyping ? Self.selectedStyle : Self.focusedStyle) : .plain
        let rows = editor.isMultiline ? area.height : 1
        buffer.fill(CellRect(x: area.x, y: area.y, width: area.width, height: rows), style: style)
        if editor.characters.isEmpty {
            if !focused {
                buffer.put(placeholder, x: area.x, y: area.y, maxWidth: area.width, style: Self.placeholderStyle)
            }
            return
        }
        // Without the focus a field shows its beginning, as a reader expects.
        let shown = focused ? self : showingStart()
        for (row, range) in shown.layout(in: area).visibleRows.enumerated() {
            let text = String(editor.characters[range])
            buffer.put(text, x: area.x, y: area.y + row, maxWidth: area.width, style: style)
        }
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? {
        guard area.width > 0 && area.height > 0 else { return nil }
        let cursor = layout(in: area).cursor
        return CellPosition(x: area.x + cursor.x, y: area.y + cursor.y)
    }

    private func showingStart() -> TextField {
        var copy = self
        copy.editor.moveCursor(to: 0)
        copy.scroll = 0
        return copy
    }

    // MARK: Layout

    /// What is visible: grapheme ranges of the rows from the top of the area, the cursor
    /// relative to the area's top left, and the scroll that shows them.
    private struct Layout {
        var visibleRows: [Range<Int>]
        var cursor: CellPosition
        var scroll: Int
    }

    private func layout(in area: CellRect) -> Layout {
        editor.isMultiline ? wrappedLayout(in: area) : scrolledLayout(width: area.width)
    }

    private mutating func followCursor() {
        guard viewSize.width > 0 else { return }
        let area = CellRect(x: 0, y: 0, width: viewSize.width, height: max(1, viewSize.height))
        scroll = layout(in: area).scroll
    }

    /// Single line: from the last scroll, move right just enough for the cursor's grapheme (or
    /// the empty cell after the text) to fit, or left to the cursor; when the text from one
    /// grapheme earlier would fit whole, show it (the field refills after a deletion).
    private func scrolledLayout(width: Int) -> Layout {
        let characters = editor.characters
        let cursor = editor.cursor
        let cursorWidth = cursor < characters.count ? max(1, characters[cursor].displayWidth) : 1
        var first = min(scroll, cursor)
        while first < cursor && editor.width(of: first..<cursor) + cursorWidth > width { first += 1 }
        while first > 0 && editor.width(of: (first - 1)..<characters.count) + 1 <= width { first -= 1 }
        let cursorX = editor.width(of: first..<cursor)
        return Layout(visibleRows: [first..<characters.count], cursor: CellPosition(x: cursorX, y: 0), scroll: first)
    }

    private func wrappedLayout(in area: CellRect) -> Layout {
        let (rows, cursor) = rowsAndCursor(width: area.width)
        var top = min(scroll, cursor.y, max(0, rows.count - area.height))
        if cursor.y >= top + area.height { top = cursor.y - area.height + 1 }
        let visible = Array(rows[top..<min(rows.count, top + area.height)])
        return Layout(visibleRows: visible, cursor: CellPosition(x: cursor.x, y: cursor.y - top), scroll: top)
    }

    /// The wrapped rows and the cursor's row and column in them. After the last grapheme of a
    /// full row the cursor starts an empty row below, where the next character will go.
    private func rowsAndCursor(width: Int) -> ([Range<Int>], CellPosition) {
        var rows = wrappedRows(width: width)
        var cursor = cursorInRows(rows)
        if cursor.x >= width {
            rows.insert(editor.cursor..<editor.cursor, at: cursor.y + 1)
            cursor = CellPosition(x: 0, y: cursor.y + 1)
        }
        return (rows, cursor)
    }

    /// The rows `text.wrapped(toWidth:)` produces, as grapheme ranges; spaces and newlines
    /// at a break belong to no row.
    func wrappedRows(width: Int) -> [Range<Int>] {
        TextWrapping.rows(of: editor.characters, width: width)
    }

    /// Row and column of the cursor; a cursor on a dropped space sits after its row.
    private func cursorInRows(_ rows: [Range<Int>]) -> CellPosition {
        let cursor = editor.cursor
        for (number, row) in rows.enumerated() where row.lowerBound <= cursor {
            let isLast = number + 1 == rows.count || rows[number + 1].lowerBound > cursor
            if cursor < row.upperBound || isLast {
                return CellPosition(x: editor.width(of: row.lowerBound..<min(cursor, row.upperBound)), y: number)
            }
        }
        return CellPosition(x: 0, y: 0)
    }

    /// ↑ ↓ in a multi-line field: to the wrapped row above or below, at the column the cursor
    /// had when the moves began (never inside a wide character); at the first or last row the
    /// key is the screen's, to move the focus.
    private mutating func moveByWrappedRow(up: Bool) -> KeyOutcome {
        let (rows, cursor) = rowsAndCursor(width: viewSize.width)
        let target = cursor.y + (up ? -1 : 1)
        guard rows.indices.contains(target) else { return .ignored }
        let goal = goalColumn ?? cursor.x
        var index = rows[target].lowerBound
        var column = 0
        while index < rows[target].upperBound {
            let width = editor.characters[index].displayWidth
            if column + width > goal { break }
            column += width
            index += 1
        }
        editor.moveCursor(to: index)
        goalColumn = goal
        return .handled
    }
}
