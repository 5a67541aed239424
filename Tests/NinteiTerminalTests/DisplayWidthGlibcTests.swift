#if canImport(Glibc)
import Glibc
import CNcursesw
import Testing
import NinteiTerminal

/// The table must agree with glibc's wcwidth, because ncurses places characters with it.
/// Where glibc returns -1 the scalar is unassigned in its Unicode version (or a control, which
/// the toolkit never draws); the table gives those a width anyway, so they are skipped.
@Suite(.serialized)
struct DisplayWidthGlibcTests {
    @Test(arguments: [
        (0x3000 as UInt32, 0x30FF as UInt32),  // CJK punctuation, hiragana, katakana
        (0x4E00, 0x4FFF),                      // kanji
        (0xFF00, 0xFFEF),                      // full-width and half-width forms
        (0x0300, 0x036F),                      // combining diacritics
    ])
    func agreesWithGlibcOnJapaneseRanges(first: UInt32, last: UInt32) throws {
        try useUTF8Locale()
        for value in first...last {
            let scalar = try #require(Unicode.Scalar(value))
            let glibc = Int(nintei_wcwidth(wchar_t(bitPattern: value)))
            if glibc < 0 {
                #expect(scalar.properties.generalCategory == .unassigned, "U+\(hex(value)) glibc -1")
            } else {
                #expect(DisplayWidth.of(scalar) == glibc, "U+\(hex(value))")
            }
        }
    }

    @Test func agreesWithGlibcOnEveryAssignedScalar() throws {
        try useUTF8Locale()
        var mismatches: [String] = []
        var compared = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glibc = Int(nintei_wcwidth(wchar_t(bitPattern: value)))
            guard glibc >= 0 else { continue }
            compared += 1
            if DisplayWidth.of(scalar) != glibc {
                mismatches.append("U+\(hex(value)) glibc \(glibc) table \(DisplayWidth.of(scalar))")
            }
        }
        #expect(compared > 100_000, "glibc knows the characters: the locale is UTF-8")
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(20))")
    }

    private func useUTF8Locale() throws {
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "glibc's built-in C.UTF-8 locale")
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
#endif
