import Testing
import NinteiTestSupport
@testable import NinteiTerminal

/// Text made only of standalone scalars is drawn and measured scalar by scalar, and a fill
/// blanks a row at once; the grapheme walk and the blank-by-blank fill are the reference.
/// Random text over random content must leave every cell byte for byte as the reference does.
struct ScalarWalkPropertyTests {
    /// Pieces that stand alone, so that text made of them takes the scalar walk.
    static let standalonePieces = [
        "a", "Z", "7", " ", "~", "あ", "ン", "ー", "漢", "認", "定", "Ａ", "（", "ｶ", "ﾊ", "、", "「",
        "…", "─", "·", "\u{E9}", "゛", "〜", "〇", "\u{3000}", "\u{303F}",
    ]
    /// Pieces that must take the grapheme walk: combining and joining marks, emoji sequences,
    /// controls, Hangul, and the kana sound marks that join the kana before them.
    static let otherPieces = [
        "か\u{3099}", "\u{3099}", "\u{309A}", "ﾊ\u{FF9F}", "\u{FF9E}", "e\u{301}", "\u{301}",
        "👨\u{200D}👩\u{200D}👧", "👍🏽", "☺\u{FE0F}", "葛\u{E0100}", "🏳\u{FE0F}\u{200D}🌈", "🇯🇵", "\u{1F1EF}",
        "\u{7}", "\t", "\r\n", "\n", "\u{1B}[2J", "\u{1100}\u{1161}", "한", "\u{302A}", "\u{AD}", "\u{200D}", "\u{FE0F}",
    ]

    static func randomText(_ random: inout SeededGenerator) -> String {
        let onlyStandalone = Bool.random(using: &random)
        let pieces = onlyStandalone ? standalonePieces : standalonePieces + otherPieces
        return (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// Each cell's bytes and style: `Cell`'s == compares text canonically, not byte for byte.
    static func cells(_ buffer: CellBuffer) -> [[UInt8]] {
        (0..<buffer.height).flatMap { y in
            (0..<buffer.width).map { x in Array(buffer[x, y].grapheme.utf8) + Array("\(buffer[x, y].style)".utf8) }
        }
    }

    /// A buffer of random width holding random text, wide characters anywhere.
    static func randomContent(height: Int, _ random: inout SeededGenerator) -> CellBuffer {
        let width = Int.random(in: 1...14, using: &random)
        var buffer = CellBuffer(width: width, height: height)
        for _ in 0..<height + 1 {
            buffer.putGraphemes(
                randomText(&random), x: Int.random(in: -2...width, using: &random), y: Int.random(in: 0..<height, using: &random),
                style: CellStyle(underline: Bool.random(using: &random)))
        }
        return buffer
    }

    /// Gives `check` 3000 random buffers, each twice: one for the fast path, one for the reference.
    static func overRandomContent(
        seed: UInt64, height: Int, _ check: (inout CellBuffer, inout CellBuffer, inout SeededGenerator) -> Void
    ) {
        var random = SeededGenerator(state: seed)
        for _ in 0..<3000 {
            var fast = randomContent(height: height, &random)
            var reference = fast
            check(&fast, &reference, &random)
        }
    }

    @Test func everyStandaloneScalarIsAGraphemeOfItsOwnBesideAnyOther() {
        var random = SeededGenerator(state: 3099)
        let standalone = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter(StandaloneScalars.contains)
        #expect(standalone.count > 27_000)
        for scalar in standalone {
            let partner = standalone.randomElement(using: &random)!
            for pair in [[scalar, scalar], [scalar, partner], [partner, scalar], ["a", scalar], [scalar, "a"]] {
                var text = ""
                text.unicodeScalars.append(contentsOf: pair)
                #expect(text.count == 2, "U+\(String(scalar.value, radix: 16, uppercase: true)) joins \(pair)")
            }
        }
    }

    @Test(arguments: [0x3099, 0x309A, 0xFF9E, 0xFF9F, 0x302A, 0x302F, 0xAD, 0x0D, 0x0A, 0x07, 0x301, 0x200D, 0xFE0F, 0x1F3FB, 0x1F1EF, 0x1100, 0xAC00] as [UInt32])
    func joiningAndControlScalarsAreNotStandalone(value: UInt32) {
        #expect(!StandaloneScalars.contains(Unicode.Scalar(value)!))
    }

    @Test func putMatchesTheGraphemeWalkOverRandomContent() {
        Self.overRandomContent(seed: 2026, height: 2) { fast, reference, random in
            let width = fast.width
            for _ in 0..<4 {
                let text = Self.randomText(&random)
                let x = Int.random(in: -3...width + 1, using: &random)
                let y = Int.random(in: -1...2, using: &random)
                let maxWidth = Bool.random(using: &random) ? nil : Int.random(in: -1...width, using: &random)
                let style = CellStyle(bold: Bool.random(using: &random), reverse: Bool.random(using: &random))
                let end = fast.put(text, x: x, y: y, maxWidth: maxWidth, style: style)
                let referenceEnd = reference.putGraphemes(text, x: x, y: y, maxWidth: maxWidth, style: style)
                #expect(end == referenceEnd, "\(text.debugDescription) at \(x), \(y) within \(String(describing: maxWidth))")
                #expect(Self.cells(fast) == Self.cells(reference), "\(text.debugDescription) at \(x), \(y) within \(String(describing: maxWidth))")
            }
        }
    }

    @Test func fillMatchesBlankByBlankOverRandomContent() {
        Self.overRandomContent(seed: 7, height: 3) { fast, reference, random in
            let width = fast.width
            let rect = CellRect(
                x: Int.random(in: -2...width, using: &random), y: Int.random(in: -1...3, using: &random),
                width: Int.random(in: -1...width + 2, using: &random), height: Int.random(in: 0...4, using: &random))
            let style = CellStyle(reverse: Bool.random(using: &random))
            fast.fill(rect, style: style)
            reference.fillCellByCell(rect, style: style)
            #expect(Self.cells(fast) == Self.cells(reference), "\(rect) over \(reference.render().debugDescription)")
        }
    }

    @Test func widthAndFittingMatchTheGraphemeWalk() {
        var random = SeededGenerator(state: 42)
        for _ in 0..<5000 {
            let text = Self.randomText(&random)
            let width = Int.random(in: -1...16, using: &random)
            #expect(DisplayWidth.of(text) == DisplayWidth.ofGraphemes(text), "\(text.debugDescription)")
            let truncated = text.truncated(toWidth: width)
            #expect(Array(truncated.utf8) == Array(text.truncatedByGraphemes(toWidth: width).utf8), "\(text.debugDescription) at \(width)")
            for alignment in [TextAlignment.leading, .trailing, .center] {
                let reference = text.truncatedByGraphemes(toWidth: width).padded(toWidth: width, alignment: alignment)
                #expect(Array(text.fitted(toWidth: width, alignment: alignment).utf8) == Array(reference.utf8), "\(text.debugDescription) at \(width)")
            }
        }
    }
}
