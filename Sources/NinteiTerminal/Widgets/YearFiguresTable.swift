/// One figure column of a ``YearFiguresTable``: a title, its unit, and whether it takes decimals.
public struct FigureColumn: Sendable, Equatable {
    public var title: String
    public var unit: String
    public var allowsDecimal: Bool

    public init(title: String, unit: String, allowsDecimal: Bool = false) {
        self.title = title
        self.unit = unit
        self.allowsDecimal = allowsDecimal
    }
}

/// A table of figures by year: rows are years, columns are figures with units. Typing digits
/// (half- or full-width, and one decimal point where allowed) edits the focused cell; Backspace removes the last
/// character, Delete empties the cell. Arrows and Tab move; leaving the table returns `.ignored`.
/// A cell may hold a suggestion (the years printed on the paper): shown like a value, counted
/// only with the figures beside it, replaced by what is typed. Tab passes over the filled
/// cells of `prefilledColumns`, so only the figures take a key each.
public struct YearFiguresTable: Editable, Sendable, Equatable {
    public struct CellIndex: Sendable, Hashable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// The row titles, e.g. "2022" or "2022年", as the caller wants them shown.
    public let years: [String]
    public let columns: [FigureColumn]
    /// Digits per cell, decimal point included.
    public let maximumLength: Int
    public private(set) var focus = CellIndex(row: 0, column: 0)
    private var texts: [CellIndex: String] = [:]
    private var suggestions: [CellIndex: String] = [:]
    /// Columns whose filled cells (typed or suggested) Tab and Shift-Tab pass over; arrows still reach them.
    public var prefilledColumns: Set<Int> = []

    public static let emptyMark = "—"
    private static let gap = 2

    public init(years: [String], columns: [FigureColumn], maximumLength: Int = 7) {
        self.years = years
        self.columns = columns
        self.maximumLength = maximumLength
    }

    /// The cell's text as typed, "" when empty.
    public func text(row: Int, column: Int) -> String {
        texts[CellIndex(row: row, column: column)] ?? ""
    }

    public func value(row: Int, column: Int) -> Double? {
        Double(text(row: row, column: column))
    }

    /// Sets a cell from a stored figure; nil empties it.
    public mutating func setValue(_ value: Double?, row: Int, column: Int) {
        texts[CellIndex(row: row, column: column)] = value.map(Self.text(of:))
    }

    /// What an empty cell stands for until something is typed into it; nil removes the suggestion.
    public mutating func suggest(_ value: Double?, row: Int, column: Int) {
        suggestions[CellIndex(row: row, column: column)] = value.map(Self.text(of:))
    }

    public func suggestedValue(row: Int, column: Int) -> Double? {
        suggestions[CellIndex(row: row, column: column)].flatMap(Double.init)
    }

    private static func text(of value: Double) -> String {
        let whole = value.rounded() == value && abs(value) < 1e15
        return whole ? String(Int(value)) : String(value)
    }

    /// The focus arrived from another field: off a cell Tab passes over, onto the first one it stops at.
    public mutating func settleOnTabStop() {
        guard !years.isEmpty, !columns.isEmpty, !isTabStop(focus) else { return }
        let here = (focus.row, focus.column)
        if let stop = tabStops.first(where: { ($0.row, $0.column) > here }) ?? tabStops.first {
            focus = stop
        }
    }

    public mutating func moveFocus(to index: CellIndex) {
        guard !years.isEmpty, !columns.isEmpty else { return }
        focus = CellIndex(row: min(max(0, index.row), years.count - 1), column: min(max(0, index.column), columns.count - 1))
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        guard !years.isEmpty, !columns.isEmpty else { return .ignored }
        switch key {
        case .up: return move(rows: -1)
        case .down: return move(rows: 1)
        case .left: return move(cells: -1, wrapping: false)
        case .right: return move(cells: 1, wrapping: false)
        case .tab: return move(cells: 1, wrapping: true)
        case .backTab: return move(cells: -1, wrapping: true)
        case .backspace:
            guard var text = texts[focus], !text.isEmpty else { return .ignored }
            text.removeLast()
            texts[focus] = text.isEmpty ? nil : text
            return .handled
        case .delete:
            guard texts[focus] != nil else { return .ignored }
            texts[focus] = nil
            return .handled
        case .character(let character):
            return type(character)
        default:
            return .ignored
        }
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? {
        guard !years.isEmpty, !columns.isEmpty else { return nil }
        let widths = columnWidths()
        let shown = shownColumns(width: area.width, focused: true, widths: widths)
        let x = area.x + xOffset(ofColumn: focus.column, first: shown.lowerBound, widths: widths) + widths[focus.column + 1]
        let y = area.y + headerHeight + focus.row
        guard x < area.x + area.width, y < area.y + area.height else { return nil }
        return CellPosition(x: x, y: y)
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let area = area.clipped(to: buffer.size)
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area)
        let widths = columnWidths()
        let shownColumns = shownColumns(width: area.width, focused: focused, widths: widths)
        for column in shownColumns {
            let figure = columns[column]
            let x = area.x + xOffset(ofColumn: column, first: shownColumns.lowerBound, widths: widths)
            put(figure.title.fitted(toWidth: widths[column + 1], alignment: .trailing), x: x, y: area.y, in: area, into: &buffer, style: CellStyle(bold: true))
            put(figure.unit.fitted(toWidth: widths[column + 1], alignment: .trailing), x: x, y: area.y + 1, in: area, into: &buffer, style: CellStyle(color: .muted))
        }
        // Columns scrolled out of view are marked on the title row: ‹ before, › after.
        if shownColumns.lowerBound > 0 {
            put(Self.moreBefore, x: area.x + widths[0], y: area.y, in: area, into: &buffer, style: CellStyle(bold: true, color: .accent))
        }
        if shownColumns.upperBound < columns.count {
            let last = shownColumns.upperBound - 1
            let end = area.x + xOffset(ofColumn: last, first: shownColumns.lowerBound, widths: widths) + widths[last + 1]
            put(Self.moreAfter, x: min(end + 1, area.x + area.width - 1), y: area.y, in: area, into: &buffer, style: CellStyle(bold: true, color: .accent))
        }
        for (row, year) in years.enumerated() {
            let y = area.y + headerHeight + row
            put(year.fitted(toWidth: widths[0]), x: area.x, y: y, in: area, into: &buffer, style: CellStyle(bold: true))
            for column in shownColumns {
                let index = CellIndex(row: row, column: column)
                let text = texts[index] ?? suggestions[index] ?? ""
                var style = text.isEmpty ? CellStyle(color: .muted) : .plain
                style.reverse = focused && focus == index
                let shown = (text.isEmpty ? Self.emptyMark : text).fitted(toWidth: widths[column + 1], alignment: .trailing)
                put(shown, x: area.x + xOffset(ofColumn: column, first: shownColumns.lowerBound, widths: widths), y: y, in: area, into: &buffer, style: style)
            }
        }
    }

    static let moreBefore = "‹"
    static let moreAfter = "›"

    /// The figure columns that show whole in `width` (the row titles always show): from the
    /// first column, or, with the focus, from the first column that lets the focused one show,
    /// so every cell the cursor reaches is on screen. A column that does not fit whole is not
    /// drawn; ‹ and › say that columns are out of view.
    private func shownColumns(width: Int, focused: Bool, widths: [Int]) -> Range<Int> {
        // The row titles and the columns first...last, then a cell for the cursor (after
        // the focused cell's figure) and, when columns follow, one for ›.
        func need(_ first: Int, _ last: Int) -> Int {
            widths[0] + (first...last).reduce(0) { $0 + Self.gap + widths[$1 + 1] } + (last + 1 < columns.count ? 2 : 1)
        }
        var first = 0
        if focused {
            while first < focus.column && need(first, focus.column) > width { first += 1 }
        }
        var end = first + 1
        while end < columns.count && need(first, end) <= width { end += 1 }
        return first..<end
    }

    /// Title and unit rows above the years.
    private var headerHeight: Int { 2 }

    /// The year column's width, then each figure column's: wide enough for its title, unit and a full cell.
    private func columnWidths() -> [Int] {
        [years.map(\.displayWidth).max() ?? 0]
            + columns.map { max($0.title.displayWidth, $0.unit.displayWidth, maximumLength) }
    }

    /// Where a figure column starts when the columns shown begin at `first`.
    private func xOffset(ofColumn column: Int, first: Int, widths: [Int]) -> Int {
        widths[0] + Self.gap + (first..<column).reduce(0) { $0 + widths[$1 + 1] + Self.gap }
    }

    private func put(_ text: String, x: Int, y: Int, in area: CellRect, into buffer: inout CellBuffer, style: CellStyle) {
        guard y < area.y + area.height, x < area.x + area.width else { return }
        buffer.put(text, x: x, y: y, maxWidth: area.x + area.width - x, style: style)
    }

    private mutating func type(_ typed: Character) -> KeyOutcome {
        let text = texts[focus] ?? ""
        guard let character = NumberField.ascii(typed) else { return .refused(.notADigit) }
        let isDecimalPoint = character == "."
        guard (character.isNumber || (isDecimalPoint && columns[focus.column].allowsDecimal && !text.contains("."))) else {
            return .refused(.notADigit)
        }
        guard text.count < maximumLength else { return .refused(.tooLong(maximum: maximumLength)) }
        texts[focus] = text + String(character)
        return .handled
    }

    private mutating func move(rows: Int) -> KeyOutcome {
        let row = focus.row + rows
        guard years.indices.contains(row) else { return .ignored }
        focus.row = row
        return .handled
    }

    /// The cells Tab stops at, in reading order: all but the filled cells of `prefilledColumns`.
    private var tabStops: [CellIndex] {
        years.indices.flatMap { row in columns.indices.map { CellIndex(row: row, column: $0) } }.filter(isTabStop)
    }

    private func isTabStop(_ index: CellIndex) -> Bool {
        !prefilledColumns.contains(index.column) || (texts[index] ?? suggestions[index] ?? "").isEmpty
    }

    /// Moves by cells along the row; with `wrapping`, on to the next or previous row's tab stop (Tab order).
    private mutating func move(cells: Int, wrapping: Bool) -> KeyOutcome {
        if wrapping {
            let here = (focus.row, focus.column)
            let next = cells > 0 ? tabStops.first { ($0.row, $0.column) > here } : tabStops.last { ($0.row, $0.column) < here }
            guard let next else { return .ignored }
            focus = next
        } else {
            let column = focus.column + cells
            guard columns.indices.contains(column) else { return .ignored }
            focus.column = column
        }
        return .handled
    }
}
