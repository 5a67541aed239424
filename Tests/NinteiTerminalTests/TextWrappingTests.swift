import Testing
import NinteiTerminal

struct TextWrappingTests {
    @Test func japaneseBreaksBetweenAnyTwoCharacters() {
        #expect("あいうえおかきく".wrapped(toWidth: 6) == ["あいう", "えおか", "きく"])
    }

    @Test func aRowNeverStartsWithClosingPunctuationOrSmallKana() {
        // At width 8 "。" would start the second row; "た" is carried down with it.
        #expect("変更しました。次へ".wrapped(toWidth: 12) == ["変更しまし", "た。次へ"])
        #expect("ちょっとまって".wrapped(toWidth: 4) == ["ちょ", "っと", "まっ", "て"])
        #expect("データ".wrapped(toWidth: 2) == ["デ", "ー", "タ"], "a row of one character is never emptied")
    }

    @Test func aRowNeverEndsWithAnOpeningBracket() {
        #expect("取組は「家族の日」".wrapped(toWidth: 8) == ["取組は", "「家族の", "日」"])
    }

    @Test func latinTextBreaksAtASpaceThatBelongsToNoRow() {
        #expect("work life balance".wrapped(toWidth: 10) == ["work life", "balance"])
    }

    @Test func newlinesStartRowsAndWideCharactersNeverSplit() {
        #expect("日本\n語".wrapped(toWidth: 3) == ["日", "本", "語"])
        #expect("a日".wrapped(toWidth: 2) == ["a", "日"])
        #expect("".wrapped(toWidth: 5) == [""])
        #expect("abc".wrapped(toWidth: 0) == [])
    }
}
