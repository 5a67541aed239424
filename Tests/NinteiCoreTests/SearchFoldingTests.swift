@testable import NinteiCore
import Testing

@Suite("Search folding")
struct SearchFoldingTests {
    @Test("hiragana, katakana and half-width katakana fold to one form")
    func kana() {
        #expect(SearchFolding.fold("さくら") == "サクラ")
        #expect(SearchFolding.fold("ｻｸﾗ") == "サクラ")
        #expect(SearchFolding.fold("サクラ") == "サクラ")
    }

    @Test("voiced and semi-voiced marks join the kana before them, written any way")
    func soundMarks() {
        #expect(SearchFolding.fold("ｶﾞｷﾞｸﾞ") == "ガギグ")
        #expect(SearchFolding.fold("ﾊﾟﾋﾟﾌﾟ") == "パピプ")
        #expect(SearchFolding.fold("ｳﾞｧ") == "ヴァ")
        #expect(SearchFolding.fold("か\u{3099}は\u{309A}") == "ガパ", "combining marks (NFD text)")
        #expect(SearchFolding.fold("ｼﾞｮｳﾎｳ") == SearchFolding.fold("じょうほう"))
        #expect(SearchFolding.fold("ﾞｱ") == "゛ア", "a mark with nothing to join stays a mark")
    }

    @Test("full-width letters and digits fold to ASCII, upper case to lower")
    func width() {
        #expect(SearchFolding.fold("ＡＢＣテック１２３") == "abcテック123")
        #expect(SearchFolding.fold("ABC") == SearchFolding.fold("ａｂｃ"))
        #expect(SearchFolding.fold("宮戸２－１４－７") == "宮戸2-14-7")
        #expect(SearchFolding.fold("ｰ") == "ー")
    }

    @Test("spaces of any width are dropped; kanji and other text stay")
    func spaces() {
        #expect(SearchFolding.fold("株式会社　さくら 精工") == "株式会社サクラ精工")
        #expect(SearchFolding.fold("朝霞") == "朝霞")
        #expect(SearchFolding.fold("") == "")
        #expect(SearchFolding.fold("㈱さくら") == "(株)サクラ")
    }

    @Test("the scalars kept without asking their properties are those the general rule keeps as they are")
    func keptAsTheyAre() {
        for value in SearchFolding.kept {
            guard let scalar = Unicode.Scalar(value), ![0x3231, 0x3232, 0x337F].contains(value) else { continue }
            if scalar.properties.isWhitespace || scalar.properties.changesWhenLowercased || SearchFolding.fold(String(scalar)) != String(scalar) {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) is not kept as it is by the general rule")
            }
        }
    }
}
