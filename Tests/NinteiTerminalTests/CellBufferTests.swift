import Testing
import NinteiTerminal

struct CellBufferTests {
    @Test func rendersMixedTextByColumns() {
        var buffer = CellBuffer(width: 20, height: 3)
        buffer.put("認定 Nintei", x: 0, y: 0)
        buffer.put("ﾊﾟｿｺﾝ と 👍", x: 2, y: 1)
        buffer.put("e\u{301}tude", x: 0, y: 2)
        #expect(buffer.render() == """
            認定 Nintei
              ﾊﾟｿｺﾝ と 👍
            e\u{301}tude
            """)
        #expect(buffer[0, 0].grapheme == "認")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].grapheme == "定")
        #expect(buffer[2, 1].grapheme == "ﾊﾟ")
        #expect(buffer[3, 1].isContinuation)
    }

    @Test("stored text with escape sequences draws no control character (ESC [2J, OSC title, colours)")
    func controlCharactersAreDropped() {
        var buffer = CellBuffer(width: 30, height: 1)
        buffer.put("株式会社\u{1B}[2J\u{1B}]0;t\u{07}\u{1B}[31m偽\u{9B}\u{202E}x", x: 0, y: 0)
        #expect(buffer.render() == "株式会社[2J]0;t[31m偽x")
        #expect(!buffer.render().unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func wideCharacterAtTheLastColumnBecomesASpace() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.put("xxxxx", x: 0, y: 0)
        let end = buffer.put("abcd日", x: 0, y: 0)
        #expect(buffer[4, 0] == Cell(" "))
        #expect(buffer.render() == "abcd")
        #expect(end == 5)
    }

    @Test func wideCharacterStraddlingMaxWidthBecomesASpace() {
        var buffer = CellBuffer(width: 8, height: 1)
        buffer.put("........", x: 0, y: 0)
        buffer.put("日本語", x: 1, y: 0, maxWidth: 5)
        #expect(buffer.render() == ".日本 ..")
    }

    @Test func overwritingTheFirstHalfBlanksTheSecond() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("日本", x: 0, y: 0)
        buffer.put("a", x: 0, y: 0)
        #expect(buffer.render() == "a 本")
        #expect(!buffer[1, 0].isContinuation)
    }

    @Test func overwritingTheSecondHalfBlanksTheFirst() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("日本", x: 0, y: 0)
        buffer.put("b", x: 1, y: 0)
        #expect(buffer.render() == " b本")
    }

    @Test func wideOverTwoHalvesBlanksBothNeighbours() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("日本x", x: 0, y: 0)
        buffer.put("語", x: 1, y: 0)
        #expect(buffer.render() == " 語 x")
        #expect(buffer[3, 0] == Cell(" "))
    }

    @Test func clipsAtTheLeftEdgeWithoutHalfCharacters() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("日本", x: -1, y: 0)
        #expect(buffer.render() == " 本")
    }

    @Test func skipsControlsAndIgnoresRowsOutside() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("a\u{7}\tb", x: 0, y: 0)
        buffer.put("zzz", x: 0, y: 1)
        buffer.put("zzz", x: 0, y: -1)
        #expect(buffer.render() == "ab")
    }

    @Test func keepsStylesAndFills() {
        var buffer = CellBuffer(width: 4, height: 2)
        let selected = CellStyle(reverse: true, color: .accent)
        buffer.fill(CellRect(x: 0, y: 1, width: 10, height: 5), style: selected)
        buffer.put("承認", x: 0, y: 1, style: selected)
        #expect(buffer[0, 1].style == selected)
        #expect(buffer[1, 1].style == selected)
        #expect(buffer[3, 1].style == selected)
        #expect(buffer[0, 0].style == .plain)
    }

    @Test func cursorNeverSitsOnTheSecondHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("a日本", x: 0, y: 0)
        #expect(buffer.cursorPlacement(for: CellPosition(x: 2, y: 0)) == CellPosition(x: 1, y: 0))
        #expect(buffer.cursorPlacement(for: CellPosition(x: 3, y: 0)) == CellPosition(x: 3, y: 0))
        #expect(buffer.cursorPlacement(for: CellPosition(x: 6, y: 0)) == nil)
    }
}
