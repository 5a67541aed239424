/// Scalars that are always a grapheme cluster of their own in a text made only of them, so such
/// a text can be walked scalar by scalar instead of by `Character` (grapheme breaking was most
/// of the cost of drawing a screen of Japanese).
///
/// Every scalar here has Grapheme_Cluster_Break=Other and is no Indic conjunct consonant, so no
/// rule of UAX #29 joins two of them. Left out although in the blocks drawn from: the combining
/// sound marks U+3099/U+309A and the half-width ﾞ ﾟ U+FF9E/U+FF9F (Extend: they join the kana
/// before them), the tone marks U+302A–U+302F (Extend), the soft hyphen U+00AD (Control), and
/// unassigned U+3040, U+3097–3098. Everything else (controls and CR/LF, combining marks, ZWJ,
/// variation selectors, emoji modifiers, regional indicators, Hangul, …) takes the grapheme
/// path. A test checks each scalar here against Swift's own grapheme breaking.
enum StandaloneScalars {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E,                       // printable ASCII
             0xA0...0xAC, 0xAE...0xFF,          // Latin-1 letters and signs
             0x2010...0x2027,                   // dashes, quotation marks, bullets, ellipsis
             0x2500...0x257F,                   // box drawing
             0x3000...0x3029, 0x3030...0x303F,  // CJK symbols and punctuation
             0x3041...0x3096, 0x309B...0x309F,  // hiragana, the spacing sound marks ゛ ゜
             0x30A0...0x30FF,                   // katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK unified ideographs
             0xFF01...0xFF60,                   // fullwidth forms
             0xFF61...0xFF9D:                   // half-width punctuation and katakana
            return true
        default:
            return false
        }
    }

    /// The column width of `text` when every scalar of it is standalone; nil otherwise.
    static func width<S: StringProtocol>(of text: S) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            guard contains(scalar) else { return nil }
            total += DisplayWidth.of(scalar)
        }
        return total
    }

    static func containsAll<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }
}
