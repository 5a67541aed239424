/// How wide a list column is: a fixed number of columns, or a share of what the fixed
/// columns leave (never less than `minimum`).
public enum ColumnWidth: Sendable, Equatable {
    case fixed(Int)
    case flexible(minimum: Int)
}

public struct ListColumn: Sendable, Equatable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment

    public init(title: String, width: ColumnWidth, alignment: TextAlignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Columns between cells.
    public static let gap = 1

    /// The width of each column when the list is `totalWidth` columns wide: fixed columns
    /// get their width, flexible ones share the rest (the first ones get the odd columns).
    /// Columns that do not fit are clipped by the drawing, not squeezed here.
    public static func widths(of columns: [ListColumn], totalWidth: Int) -> [Int] {
        let gaps = max(0, columns.count - 1) * gap
        let fixed = columns.reduce(0) { sum, column in
            if case .fixed(let width) = column.width { return sum + max(0, width) }
            return sum
        }
        let flexibleCount = columns.filter { !$0.isFixed }.count
        let remaining = max(0, totalWidth - fixed - gaps)
        var flexibleIndex = 0
        return columns.map { column in
            switch column.width {
            case .fixed(let width):
                return max(0, width)
            case .flexible(let minimum):
                let share = remaining / flexibleCount + (flexibleIndex < remaining % flexibleCount ? 1 : 0)
                flexibleIndex += 1
                return max(minimum, share)
            }
        }
    }

    private var isFixed: Bool {
        if case .fixed = width { return true }
        return false
    }
}

/// A list with a header row that draws only the rows it shows: it knows how many rows
/// there are and asks `row` for the cells of a visible one, so 100 000 rows cost what the
/// screen shows.
public struct ListView: Editable {
    public var columns: [ListColumn]
    /// The cells of one row, in column order; called only for visible rows.
    public var row: (Int) -> [String]
    /// Shown in place of the rows when there are none.
    public var emptyMessage: String
    /// How the selected row's place shows at the header's right end, from the selection and
    /// the row count; nil for "12/340".
    public var position: ((_ selection: Int, _ rowCount: Int) -> String)?
    /// How many rows the body showed when last laid out (see ``bodyHeight(in:)``); page keys
    /// move by this much and the selection is kept within it. The screen sets it on layout.
    public var visibleRows: Int {
        didSet { keepSelectionVisible() }
    }

    public var rowCount: Int {
        didSet {
            rowCount = max(0, rowCount)
            clampToRows()
        }
    }

    /// The selected row; 0 when the list is empty.
    public private(set) var selection = 0
    /// The first visible row.
    public private(set) var top = 0

    public init(
        columns: [ListColumn], rowCount: Int, emptyMessage: String = "", visibleRows: Int = 10,
        row: @escaping (Int) -> [String]
    ) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.emptyMessage = emptyMessage
        self.visibleRows = max(1, visibleRows)
        self.row = row
    }

    /// Rows of `area` left for the body under the header.
    public static func bodyHeight(in area: CellRect) -> Int {
        max(0, area.height - 1)
    }

    public mutating func select(_ index: Int) {
        guard rowCount > 0 else { return }
        selection = min(max(0, index), rowCount - 1)
        keepSelectionVisible()
    }

    /// The list now holds `rowCount` rows, `offset` more of them (fewer when negative) before
    /// the rows shown, which stay on screen and selected: the whole count of a list placed from
    /// its end arrived.
    public mutating func recount(_ rowCount: Int, shiftingBy offset: Int) {
        let (shiftedSelection, shiftedTop) = (selection + offset, top + offset)
        self.rowCount = rowCount
        selection = min(max(0, shiftedSelection), max(0, self.rowCount - 1))
        top = min(max(0, shiftedTop), selection)
        keepSelectionVisible()
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        let page = max(1, visibleRows)
        let target: Int
        switch key {
        case .up: target = selection - 1
        case .down: target = selection + 1
        case .pageUp: target = selection - page
        case .pageDown: target = selection + page
        case .home: target = 0
        case .end: target = rowCount - 1
        default: return .ignored
        }
        let clamped = min(max(0, target), rowCount - 1)
        guard rowCount > 0, clamped != selection else { return .ignored }
        select(clamped)
        return .handled
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? { nil }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let area = area.clipped(to: buffer.size)
        guard area.width > 0, area.height > 0 else { return }
        let widths = ListColumn.widths(of: columns, totalWidth: area.width)
        buffer.fill(area)
        put(columns.map(\.title), widths: widths, into: &buffer, area: area, y: area.y, style: CellStyle(bold: true))

        let bodyHeight = Self.bodyHeight(in: area)
        guard rowCount > 0 else {
            if bodyHeight > 0 {
                buffer.put(emptyMessage, x: area.x + 1, y: area.y + 1, maxWidth: area.width - 1, style: CellStyle(color: .muted))
            }
            return
        }
        let first = firstVisibleRow(bodyHeight: bodyHeight)
        for index in first..<min(rowCount, first + bodyHeight) {
            let y = area.y + 1 + index - first
            let style = index == selection ? CellStyle(bold: !focused, reverse: focused) : .plain
            buffer.fill(CellRect(x: area.x, y: y, width: area.width, height: 1), style: style)
            put(row(index), widths: widths, into: &buffer, area: area, y: y, style: style)
        }
        if rowCount > bodyHeight {
            drawScrollIndicator(into: &buffer, area: area)
        }
    }

    /// The row drawn at the top for a body of `bodyHeight` rows: `top`, moved just enough to
    /// show the selection when the body is smaller than `visibleRows` (after a resize).
    public func firstVisibleRow(bodyHeight: Int) -> Int {
        guard bodyHeight > 0 else { return selection }
        var first = min(top, max(0, rowCount - bodyHeight))
        if selection < first { first = selection }
        if selection >= first + bodyHeight { first = selection - bodyHeight + 1 }
        return first
    }

    private func put(_ cells: [String], widths: [Int], into buffer: inout CellBuffer, area: CellRect, y: Int, style: CellStyle) {
        var x = area.x
        for (index, width) in widths.enumerated() where x < area.x + area.width {
            let text = index < cells.count ? cells[index] : ""
            buffer.put(text.fitted(toWidth: width, alignment: columns[index].alignment), x: x, y: y, maxWidth: area.x + area.width - x, style: style)
            x += width + ListColumn.gap
        }
    }

    /// "12/340" at the header's right end: which row is selected, of how many.
    private func drawScrollIndicator(into buffer: inout CellBuffer, area: CellRect) {
        let indicator = " " + (position?(selection, rowCount) ?? "\(selection + 1)/\(rowCount)")
        let width = indicator.displayWidth
        guard width < area.width else { return }
        buffer.put(indicator, x: area.x + area.width - width, y: area.y, style: CellStyle(color: .muted))
    }

    private mutating func clampToRows() {
        selection = min(selection, max(0, rowCount - 1))
        keepSelectionVisible()
    }

    private mutating func keepSelectionVisible() {
        top = firstVisibleRow(bodyHeight: max(1, visibleRows))
    }
}
