import Testing
@testable import NinteiTerminal

struct CursesGlyphsTests {
    private func pieces(_ grapheme: String, _ columns: Int) -> [String] {
        CursesGlyphs.pieces(of: grapheme, columns: columns, terminalWidth: DisplayWidth.of)
            .map { String(String.UnicodeScalarView($0)) }
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(pieces("e\u{301}", 1) == ["e\u{301}"])
        #expect(pieces("か\u{3099}", 2) == ["か\u{3099}"])
    }

    @Test func graphemesOfSeveralSpacingScalarsAreDrawnPieceByPiece() {
        #expect(pieces("ﾊﾟ", 2) == ["ﾊ", "ﾟ"])
        #expect(pieces("🇯🇵", 2) == ["🇯", "🇵"])
    }

    @Test func emojiSequencesFallBackToTheirFirstEmoji() {
        #expect(pieces("👨\u{200D}👩\u{200D}👧", 2) == ["👨"])
        #expect(pieces("👍🏽", 2) == ["👍"])
    }

    @Test func unknownToLibcBecomesAQuestionMark() {
        let pieces = CursesGlyphs.pieces(of: "日", columns: 2, terminalWidth: { _ in -1 })
        #expect(pieces == [["?"], [" "]])
    }

    @Test func narrowerThanTheCellIsPadded() {
        let pieces = CursesGlyphs.pieces(of: "日", columns: 2, terminalWidth: { _ in 1 })
        #expect(pieces == [["日"], [" "]])
    }
}
