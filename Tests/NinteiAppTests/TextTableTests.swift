@testable import NinteiApp
import Testing

@Suite("Tables of command output")
struct TextTableTests {
    @Test("a cell with a newline or an escape sequence stays on its row, escaped, and the columns line up")
    func controlCharactersInCells() {
        var table = TextTable([.right, .left, .left])
        table.add(["1", "株式会社\n2  偽の行", "x"])
        table.add(["2", "\u{1B}[2J社", "y"])
        let lines = table.lines()
        #expect(lines == [
            "  1  株式会社\\u{A}2  偽の行  x",
            "  2  \\u{1B}[2J社             y",
        ])
    }
}
