import Testing
import NinteiTerminal

struct LineEditorTests {
    /// "abc日本語ｶﾀｶﾅ👍🏽é" with é as e + U+0301: 12 graphemes, 16 columns.
    static let mixed = "abc日本語ｶﾀｶﾅ👍🏽e\u{301}"

    private func press(_ editor: inout LineEditor, _ keys: Key..., times: Int = 1) {
        for _ in 0..<times {
            for key in keys { _ = editor.handle(key) }
        }
    }

    @Test func typingMixedWidthTextPutsTheCursorWhereItIsSeen() {
        var editor = LineEditor()
        var columns: [Int] = []
        for character in Self.mixed {
            #expect(editor.handle(.character(character)) == .handled)
            columns.append(editor.cursorColumn)
        }
        #expect(columns == [1, 2, 3, 5, 7, 9, 10, 11, 12, 13, 15, 16])
        #expect(editor.text == Self.mixed)
        #expect(editor.characters.count == 12)
        #expect(editor.cursor == 12)
    }

    @Test func movingLeftAndRightStepsOverWholeGraphemes() {
        var editor = LineEditor(text: Self.mixed)
        var columns: [Int] = []
        for _ in 0..<13 {
            _ = editor.handle(.left)
            columns.append(editor.cursorColumn)
        }
        #expect(columns == [15, 13, 12, 11, 10, 9, 7, 5, 3, 2, 1, 0, 0])
        columns = []
        for _ in 0..<13 {
            _ = editor.handle(.right)
            columns.append(editor.cursorColumn)
        }
        #expect(columns == [1, 2, 3, 5, 7, 9, 10, 11, 12, 13, 15, 16, 16])
    }

    @Test func deletingRemovesWholeGraphemes() {
        var editor = LineEditor(text: Self.mixed)
        _ = editor.handle(.backspace)   // é, both scalars
        #expect(editor.text == "abc日本語ｶﾀｶﾅ👍🏽")
        #expect(editor.cursorColumn == 15)
        _ = editor.handle(.backspace)   // 👍🏽, both scalars
        #expect(editor.text == "abc日本語ｶﾀｶﾅ")
        #expect(editor.cursorColumn == 13)
        press(&editor, .home, .right, .right, .right)
        #expect(editor.cursorColumn == 3)
        _ = editor.handle(.delete)
        #expect(editor.text == "abc本語ｶﾀｶﾅ")
        #expect(editor.cursorColumn == 3)
        _ = editor.handle(.backspace)
        #expect(editor.text == "ab本語ｶﾀｶﾅ")
        #expect(editor.cursorColumn == 2)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "ab")
        _ = editor.handle(.left)
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == "b")
        #expect(editor.cursor == 0)
        #expect(editor.handle(.backspace) == .handled, "nothing before the cursor: no change")
        #expect(editor.text == "b")
    }

    @Test func insertingInTheMiddleKeepsTheCursorAfterTheInsertion() {
        var editor = LineEditor(text: "日本")
        _ = editor.handle(.left)
        _ = editor.handle(.character("ｶ"))
        #expect(editor.text == "日ｶ本")
        #expect(editor.cursorColumn == 3)
        _ = editor.handle(.character("ﾞ"))   // the half-width voiced mark joins ｶ: one grapheme, 2 columns
        #expect(editor.text == "日ｶﾞ本")
        #expect(editor.characters.count == 3)
        #expect(editor.cursorColumn == 4)
    }

    @Test func aCombiningMarkTypedAloneJoinsTheLetterBeforeIt() {
        var editor = LineEditor(text: "cafe")
        _ = editor.insert("\u{301}")
        #expect(editor.text == "caf\u{E9}")
        #expect(editor.characters.count == 4)
        #expect(editor.cursor == 4)
        #expect(editor.cursorColumn == 4)
    }

    @Test func homeAndEndWithTheirEmacsKeys() {
        var editor = LineEditor(text: Self.mixed)
        _ = editor.handle(.ctrl("a"))
        #expect(editor.cursorColumn == 0)
        _ = editor.handle(.ctrl("e"))
        #expect(editor.cursorColumn == 16)
        _ = editor.handle(.home)
        #expect(editor.cursor == 0)
        _ = editor.handle(.end)
        #expect(editor.cursor == 12)
    }

    @Test func wordMovesStopWhereTheScriptChanges() {
        var editor = LineEditor(text: Self.mixed)
        _ = editor.handle(.home)
        var stops: [Int] = []
        for _ in 0..<6 {
            _ = editor.handle(.ctrl("f"))
            stops.append(editor.cursor)
        }
        #expect(stops == [3, 6, 10, 11, 12, 12])
        stops = []
        for _ in 0..<6 {
            _ = editor.handle(.ctrl("b"))
            stops.append(editor.cursor)
        }
        #expect(stops == [11, 10, 6, 3, 0, 0])
    }

    @Test func wordMovesInAJapaneseSentenceSkipPunctuation() {
        var editor = LineEditor(text: "申請書を提出します。次へ Nintei 2024")
        _ = editor.handle(.home)
        var stops: [Int] = []
        for _ in 0..<8 {
            _ = editor.handle(.ctrl("f"))
            stops.append(editor.cursor)
        }
        #expect(stops == [3, 4, 6, 9, 11, 12, 19, 24])
        stops = []
        for _ in 0..<8 {
            _ = editor.handle(.ctrl("b"))
            stops.append(editor.cursor)
        }
        #expect(stops == [20, 13, 11, 10, 6, 4, 3, 0])
    }

    @Test func theProlongedSoundMarkStaysInItsWord() {
        var editor = LineEditor(text: "ラーメンを食べる、すごーい")
        _ = editor.handle(.home)
        var stops: [Int] = []
        for _ in 0..<5 {
            _ = editor.handle(.ctrl("f"))
            stops.append(editor.cursor)
        }
        #expect(stops == [4, 5, 6, 8, 13])
    }

    @Test func pastingALongJapaneseTextArrivesWhole() {
        let pasted = String(repeating: "働き方改革", count: 400)
        var editor = LineEditor(text: "備考：")
        #expect(editor.insert(pasted) == .handled)
        #expect(editor.characters.count == 2_003)
        #expect(editor.cursor == 2_003)
        #expect(editor.cursorColumn == 4_006)
        _ = editor.handle(.ctrl("a"))
        _ = editor.handle(.ctrl("f"))
        #expect(editor.cursor == 2, "備考 is one word")
    }

    @Test func pastedNewlinesBecomeSpacesInASingleLine() {
        var editor = LineEditor()
        _ = editor.insert("東京都\r\n千代田区\t1-1\u{7}")
        #expect(editor.text == "東京都 千代田区 1-1")
    }

    @Test func maximumLengthRefusesTypingAndPastingPastIt() {
        var editor = LineEditor(text: "日本語", maximumLength: 5)
        #expect(editor.handle(.character("ﾃ")) == .handled)
        #expect(editor.handle(.character("👍🏽")) == .handled)
        #expect(editor.handle(.character("x")) == .refused(.tooLong(maximum: 5)))
        #expect(editor.text == "日本語ﾃ👍🏽")
        _ = editor.handle(.backspace)
        #expect(editor.insert("ab") == .refused(.tooLong(maximum: 5)), "a paste is refused whole, never cut")
        #expect(editor.text == "日本語ﾃ")
        #expect(editor.insert("e\u{301}") == .handled, "one grapheme, two scalars")
        #expect(editor.characters.count == 5)
    }

    @Test func singleLineLeavesFocusKeysToTheScreen() {
        var editor = LineEditor(text: "abc")
        for key in [Key.enter, .tab, .backTab, .up, .down, .escape, .pageDown, .function(2)] {
            #expect(editor.handle(key) == .ignored, "\(key)")
        }
        #expect(editor.text == "abc")
    }

    @Test func multiLineUpAndDownKeepTheDisplayColumn() {
        // Widths: 14, 3, 16, 5.
        var editor = LineEditor(text: "日本語テキスト\nabc\n漢字かな交じり文\nｱｲｳｴｵ", isMultiline: true)
        press(&editor, .up, times: 3)
        press(&editor, .home)
        #expect(editor.cursorLine == 0)
        press(&editor, .right, times: 3)
        #expect(editor.cursorColumn == 6)
        var positions: [[Int]] = []
        for key in [Key.down, .down, .down, .up, .up, .up] {
            #expect(editor.handle(key) == .handled)
            positions.append([editor.cursorLine, editor.cursorColumn])
        }
        // abc is too short: its end; the next lines go back to column 6 (漢字|, not grapheme 3).
        #expect(positions == [[1, 3], [2, 6], [3, 5], [2, 6], [1, 3], [0, 6]])
        #expect(editor.handle(.up) == .ignored, "first line: the screen may move the focus")
    }

    @Test func multiLineColumnInsideAWideCharacterGoesToItsStart() {
        var editor = LineEditor(text: "日本語\nｱｲｳｴｵ", isMultiline: true)
        _ = editor.handle(.end)
        #expect(editor.cursorColumn == 5)
        _ = editor.handle(.up)
        #expect(editor.cursorColumn == 4, "column 5 is the second half of 語")
        #expect(editor.cursor == 2)
        _ = editor.handle(.down)
        #expect(editor.cursorColumn == 5, "the goal column is kept while ↑ ↓ are pressed")
        _ = editor.handle(.left)
        _ = editor.handle(.up)
        #expect(editor.cursorColumn == 4)
        #expect(editor.handle(.down) == .handled)
        #expect(editor.cursorColumn == 4, "any other key resets the goal column")
        #expect(editor.handle(.down) == .ignored)
    }

    @Test func multiLineEnterInsertsANewlineAndKillJoinsLines() {
        var editor = LineEditor(text: "一行目二行目", isMultiline: true)
        press(&editor, .left, times: 3)
        #expect(editor.handle(.enter) == .handled)
        #expect(editor.text == "一行目\n二行目")
        #expect(editor.cursorLine == 1)
        #expect(editor.cursorColumn == 0)
        press(&editor, .up, .ctrl("e"))
        #expect(editor.cursorColumn == 6)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "一行目二行目")
        #expect(editor.handle(.tab) == .ignored)
    }
}
