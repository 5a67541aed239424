/// How to draw one grapheme with ncurses so the terminal's cursor stays where the cell
/// buffer thinks it is.
///
/// ncurses places text scalar by scalar using libc's `wcwidth`: each scalar of nonzero width
/// starts a new cell, zero-width ones attach to it. For most graphemes that matches the
/// buffer (é, 🇯🇵 as two 1-column pieces). When it does not (an emoji ZWJ sequence is 2
/// columns in the buffer but 6 to ncurses), only the first piece is drawn, padded with spaces.
enum CursesGlyphs {
    /// ncurses keeps one spacing and at most four non-spacing characters per cell.
    static let maxScalarsPerCell = 5

    /// The pieces to write left to right, each a spacing scalar with its non-spacing ones;
    /// their widths (per `terminalWidth`) add up to `columns`.
    static func pieces(
        of grapheme: String, columns: Int, terminalWidth: (Unicode.Scalar) -> Int
    ) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = []
        var widths: [Int] = []
        for scalar in grapheme.unicodeScalars {
            let width = terminalWidth(scalar)
            if width < 0 { return replacement(columns: columns) }
            if width > 0 {
                pieces.append([scalar])
                widths.append(width)
            } else if !pieces.isEmpty && pieces[pieces.count - 1].count < maxScalarsPerCell {
                pieces[pieces.count - 1].append(scalar)
            }
        }
        if widths.reduce(0, +) == columns { return pieces }
        guard let first = pieces.first, widths[0] <= columns else { return replacement(columns: columns) }
        let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
        return [first.filter { $0 != zeroWidthJoiner }] + spaces(columns - widths[0])
    }

    /// What to draw when libc does not know a character at all: "?" and spaces.
    private static func replacement(columns: Int) -> [[Unicode.Scalar]] {
        [["?"]] + spaces(columns - 1)
    }

    private static func spaces(_ count: Int) -> [[Unicode.Scalar]] {
        Array(repeating: [" "], count: max(count, 0))
    }
}
