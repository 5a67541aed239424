import NinteiCore
import NinteiTerminal

/// Rows of text in columns aligned by display width, so Japanese (two columns a character)
/// lines up with digits and Latin text in a terminal or a monospaced file.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    let alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    /// A row; each cell with its control characters shown as `\u{…}` (a firm name or an audit
    /// change is stored text), so a newline in one forges no row and the columns still line up.
    mutating func add(_ cells: [String]) {
        rows.append(cells.map(\.escapedForDisplay))
    }

    func lines(indent: String = "  ", gap: String = "  ") -> [String] {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.displayWidth)
            }
        }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell -> String in
                switch alignments[index] {
                case .left: return index == row.count - 1 ? cell : cell.padded(toWidth: widths[index])
                case .right: return cell.padded(toWidth: widths[index], alignment: .trailing)
                }
            }
            return indent + cells.joined(separator: gap)
        }
    }
}
