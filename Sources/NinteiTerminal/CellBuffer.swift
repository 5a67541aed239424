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
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        guard y >= 0 && y < height else { return column }
        for character in text {
            let characterWidth = character.displayWidth
            guard characterWidth > 0 else { continue }
            guard column < limit else { break }
            let start = max(column, 0)
            let end = min(column + characterWidth, limit)
            if start == column && end == column + characterWidth {
                write(Cell(String(character), style: style), width: characterWidth, x: column, y: y)
            } else if start < end {
                // Only part of it is visible: show spaces rather than half a character.
                for blankColumn in start..<end {
                    write(Cell.blank(style), width: 1, x: blankColumn, y: y)
                }
            }
            column += characterWidth
        }
        return max(x, min(column, limit))
    }

    /// Fills `rect` (clipped to the buffer) with spaces in `style`.
    public mutating func fill(_ rect: CellRect, style: CellStyle = .plain) {
        let left = max(rect.x, 0), right = min(rect.x + rect.width, width)
        let top = max(rect.y, 0), bottom = min(rect.y + rect.height, height)
        guard left < right && top < bottom else { return }
        for y in top..<bottom {
            for x in left..<right {
                write(Cell.blank(style), width: 1, x: x, y: y)
            }
        }
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
        if cells[row + x].isContinuation {
            var left = x - 1
            while left >= 0 {
                let wasContinuation = cells[row + left].isContinuation
                cells[row + left] = .blank(cells[row + left].style)
                if !wasContinuation { break }
                left -= 1
            }
        }
        var right = x + cellWidth
        while right < width && cells[row + right].isContinuation {
            cells[row + right] = .blank(cells[row + right].style)
            right += 1
        }
        cells[row + x] = cell
        for continuation in (x + 1)..<(x + cellWidth) {
            cells[row + continuation] = .continuation(cell.style)
        }
    }
}
