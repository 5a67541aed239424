/// A grid of cells that widgets write into; backends draw it (see `diff(from:)`).
///
/// Invariant: a grapheme of width n sits in one cell followed by n − 1 continuation cells on
/// the same row, and column 0 is never a continuation. Writing over any part of a wide
/// grapheme blanks the rest of it, so no half characters remain.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        precondition(width >= 0 && height >= 0, "negative buffer size")
        precondition(DisplayWidth.of(fill.grapheme) == 1, "fill must be one column wide")
        self.width = width
        self.height = height
        cells = Array(repeating: fill, count: width * height)
    }

    public init(size: TerminalSize) {
        self.init(width: size.width, height: size.height)
    }

    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        precondition(contains(x: x, y: y), "cell (\(x), \(y)) outside \(width)×\(height)")
        return cells[y * width + x]
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// The column where the grapheme covering (x, y) starts: the cursor belongs there,
    /// never on the second half of a wide character.
    public func graphemeStart(x: Int, y: Int) -> Int {
        var start = x
        while start > 0 && self[start, y].isContinuation { start -= 1 }
        return start
    }

    /// Where the hardware cursor goes for `position`: the start of the grapheme there;
    /// nil (hidden) outside the buffer.
    public func cursorPlacement(for position: CellPosition) -> CellPosition? {
        guard contains(x: position.x, y: position.y) else { return nil }
        return CellPosition(x: graphemeStart(x: position.x, y: position.y), y: position.y)
    }

    /// Writes `text` on row `y` from column `x`, clipped to `maxWidth` columns and to the
    /// buffer. A wide grapheme that would straddle the limit becomes spaces; controls and
    /// graphemes of width 0 are skipped. Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle = .plain) -> Int {
        guard StandaloneScalars.containsAll(text) else { return putGraphemes(text, x: x, y: y, maxWidth: maxWidth, style: style) }
        return put(text.unicodeScalars, x: x, y: y, maxWidth: maxWidth, style: style, widthOf: DisplayWidth.of, grapheme: { String($0) })
    }

    /// ``put(_:x:y:maxWidth:style:)`` walking grapheme clusters: what the scalar walk must
    /// always agree with.
    @discardableResult
    mutating func putGraphemes(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle = .plain) -> Int {
        put(text, x: x, y: y, maxWidth: maxWidth, style: style, widthOf: DisplayWidth.of, grapheme: { String($0) })
    }

    private mutating func put<Graphemes: Sequence>(
        _ graphemes: Graphemes, x: Int, y: Int, maxWidth: Int?, style: CellStyle,
        widthOf: (Graphemes.Element) -> Int, grapheme: (Graphemes.Element) -> String
    ) -> Int {
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        guard y >= 0 && y < height else { return column }
        for element in graphemes {
            let graphemeWidth = widthOf(element)
            guard graphemeWidth > 0 else { continue }
            guard column < limit else { break }
            let start = max(column, 0)
            let end = min(column + graphemeWidth, limit)
            if start == column && end == column + graphemeWidth {
                write(Cell(grapheme(element), style: style), width: graphemeWidth, x: column, y: y)
            } else if start < end {
                // Only part of it is visible: show spaces rather than half a character.
                for blankColumn in start..<end {
                    write(Cell.blank(style), width: 1, x: blankColumn, y: y)
                }
            }
            column += graphemeWidth
        }
        return max(x, min(column, limit))
    }

    /// Fills `rect` (clipped to the buffer) with spaces in `style`.
    public mutating func fill(_ rect: CellRect, style: CellStyle = .plain) {
        guard let (left, right, rows) = clipped(rect) else { return }
        let blank = Cell.blank(style)
        for y in rows {
            let row = y * width
            // What writing the blanks one by one would do at the edges: blank the rest of a
            // wide grapheme cut by them.
            blankGraphemeStart(beforeContinuationAt: row + left, rowStart: row)
            blankContinuations(from: row + right, rowEnd: row + width)
            cells.withUnsafeMutableBufferPointer { cells in
                for index in (row + left)..<(row + right) { cells[index] = blank }
            }
        }
    }

    /// ``fill(_:style:)`` writing the blanks one by one: what the row-at-once fill must always
    /// agree with.
    mutating func fillCellByCell(_ rect: CellRect, style: CellStyle = .plain) {
        guard let (left, right, rows) = clipped(rect) else { return }
        for y in rows {
            for x in left..<right {
                write(Cell.blank(style), width: 1, x: x, y: y)
            }
        }
    }

    /// The columns and rows of `rect` inside the buffer; nil when none are.
    private func clipped(_ rect: CellRect) -> (left: Int, right: Int, rows: Range<Int>)? {
        let left = max(rect.x, 0), right = min(rect.x + rect.width, width)
        let top = max(rect.y, 0), bottom = min(rect.y + rect.height, height)
        guard left < right && top < bottom else { return nil }
        return (left, right, top..<bottom)
    }

    public mutating func clear(style: CellStyle = .plain) {
        cells = Array(repeating: Cell.blank(style), count: width * height)
    }

    /// The text of the buffer, one line per row with trailing spaces removed: what a
    /// snapshot test compares.
    public func render() -> String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line += self[x, y].grapheme
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    private mutating func write(_ cell: Cell, width cellWidth: Int, x: Int, y: Int) {
        let row = y * width
        blankGraphemeStart(beforeContinuationAt: row + x, rowStart: row)
        blankContinuations(from: row + x + cellWidth, rowEnd: row + width)
        cells[row + x] = cell
        for continuation in (x + 1)..<(x + cellWidth) {
            cells[row + continuation] = .continuation(cell.style)
        }
    }

    /// When `index` is a continuation, blanks the cells before it back to the start of its grapheme.
    private mutating func blankGraphemeStart(beforeContinuationAt index: Int, rowStart: Int) {
        guard cells[index].isContinuation else { return }
        var left = index - 1
        while left >= rowStart {
            let wasContinuation = cells[left].isContinuation
            cells[left] = .blank(cells[left].style)
            if !wasContinuation { break }
            left -= 1
        }
    }

    /// Blanks the continuation cells from `index` on: the rest of a grapheme whose start was overwritten.
    private mutating func blankContinuations(from index: Int, rowEnd: Int) {
        var right = index
        while right < rowEnd && cells[right].isContinuation {
            cells[right] = .blank(cells[right].style)
            right += 1
        }
    }
}
