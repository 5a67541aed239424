import Testing
import NinteiTerminal

struct TextFittingTests {
    @Test(arguments: [
        (6, "日本語"),
        (5, "日本…"),
        (4, "日 …"),   // 本 would straddle the ellipsis: a space keeps the width exact
        (3, "日…"),
        (2, " …"),
        (1, "…"),
        (0, ""),
    ])
    func truncatesWideTextWithoutSplittingACharacter(width: Int, expected: String) {
        let result = "日本語".truncated(toWidth: width)
        #expect(result == expected)
        #expect(result.displayWidth == width)
    }

    @Test func truncatesAtGraphemeBoundaries() {
        #expect("Nintei".truncated(toWidth: 4) == "Nin…")
        #expect("AB日本".truncated(toWidth: 4) == "AB …")
        #expect("AB日本".truncated(toWidth: 5) == "AB日…")
        #expect("e\u{301}e\u{301}e\u{301}".truncated(toWidth: 2) == "e\u{301}…")
        #expect("ﾊﾟｿｺﾝ".truncated(toWidth: 3) == "ﾊﾟ…")
        #expect("👨\u{200D}👩\u{200D}👧👍x".truncated(toWidth: 4) == "👨\u{200D}👩\u{200D}👧 …")
    }

    @Test func neverWiderThanAsked() {
        let samples = ["認定企業一覧", "ﾜｰｸ・ライフ・バランス", "ＡＢＣ abc", "👍👍👍", "e\u{301}tude"]
        for text in samples {
            for width in 0...(text.displayWidth + 1) {
                let result = text.truncated(toWidth: width)
                #expect(result.displayWidth == min(width, text.displayWidth), "\(text) at \(width)")
            }
        }
    }

    @Test func padsByColumns() {
        #expect("認定".padded(toWidth: 6) == "認定  ")
        #expect("認定".padded(toWidth: 6, alignment: .trailing) == "  認定")
        #expect("認定".padded(toWidth: 7, alignment: .center) == " 認定  ")
        #expect("認定企業".padded(toWidth: 4) == "認定企業", "never shortens")
        #expect("認定企業".fitted(toWidth: 7) == "認定企…")
        #expect("認定企業".fitted(toWidth: 5) == "認定…")
        #expect("認定".fitted(toWidth: 5, alignment: .trailing) == " 認定")
    }
}
