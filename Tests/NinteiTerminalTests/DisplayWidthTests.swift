import Testing
import NinteiTerminal

struct DisplayWidthTests {
    @Test(arguments: [
        ("Nintei 2024", 11),
        ("にんてい", 8),
        ("認定企業", 8),
        ("ｶﾀｶﾅ", 4),
        ("ﾊﾟ", 2),
        ("ﾊﾟｿｺﾝ", 5),
        ("Ａ", 2),
        ("ＡＢＣ１２３", 12),
        ("\u{3000}", 2),        // ideographic space
        ("ー〜・「」", 10),
        ("한국", 4),
        ("", 0),
    ])
    func widthOfText(text: String, expected: Int) {
        #expect(text.displayWidth == expected)
    }

    @Test func halfWidthSoundMarkIsOneColumnAndJoinsItsKana() {
        #expect(DisplayWidth.of(Unicode.Scalar(0xFF9F)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFF9E)!) == 1)
        #expect("ﾊﾟ".count == 1, "Swift keeps ﾊﾟ as one grapheme cluster")
        #expect(Character("ﾊﾟ").displayWidth == 2)
    }

    @Test func emoji() {
        #expect(Character("👍").displayWidth == 2)
        #expect(Character("👍🏽").displayWidth == 2)
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(family.count == 1)
        #expect(family.displayWidth == 2)
    }

    @Test func combiningMarks() {
        #expect("e\u{0301}".displayWidth == 1)
        #expect("\u{00E9}".displayWidth == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect("か\u{3099}".displayWidth == 2, "decomposed が")
    }

    @Test func variationSelectors() {
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xE0100)!) == 0)
        #expect("葛\u{E0100}".displayWidth == 2, "ideographic variation sequence")
        // Text-default emoji with VS16 keep the base width, as wcwidth (and so ncurses) does.
        #expect("\u{2764}\u{FE0F}".displayWidth == 1)
    }

    @Test func controlsAndJoinersAreZeroWidth() {
        for value: UInt32 in [0x00, 0x07, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9F, 0x200B, 0x200D, 0x2028] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0, "U+\(String(value, radix: 16))")
        }
    }
}
