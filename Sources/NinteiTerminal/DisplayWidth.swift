/// The column width of text in a terminal: the one width function of the project.
///
/// Everything that lays out text (truncation, padding, the cell buffer, cursor placement)
/// uses it, so columns line up with what ncurses draws. The table follows glibc's `wcwidth`
/// (which ncurses uses), without calling libc, so results do not depend on the locale.
public enum DisplayWidth {
    /// Width of one scalar: 2 for East Asian Wide and Fullwidth (漢字, かな, Ａ, 👍),
    /// 0 for combining marks, variation selectors, ZWJ and controls, 1 otherwise
    /// (ASCII, half-width ｶﾀｶﾅ including the half-width sound marks ﾞ ﾟ).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0xA0 { return 0 }
        if hiragana.contains(value) || katakanaAndKanji.contains(value) { return 2 }
        if contains(value, in: zeroWidth) { return 0 }
        if contains(value, in: doubleWidth) { return 2 }
        return 1
    }

    /// Width of a grapheme cluster as a terminal shows it: the sum of its scalars
    /// (é = e + U+0301 is 1, ﾊﾟ is two clusters of 1), except that an emoji ZWJ or
    /// skin-tone sequence (👨‍👩‍👧, 👍🏽) is one glyph two columns wide.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        if of(first) == 2 && scalars.dropFirst().contains(where: joinsEmoji) { return 2 }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// Width of a string: the sum of its grapheme clusters (summed by scalar when each scalar
    /// is a cluster of its own, see `StandaloneScalars`).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        StandaloneScalars.width(of: text) ?? ofGraphemes(text)
    }

    /// Width of a string cluster by cluster: what the scalar walk must always agree with.
    static func ofGraphemes<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    // The ranges of `doubleWidth` holding hiragana and katakana with kanji, looked at before
    // both tables because most of what the screens draw is in them. No zero-width range
    // crosses them.
    private static let hiragana = wideRange(holding: "あ")
    private static let katakanaAndKanji = wideRange(holding: "漢")

    private static func wideRange(holding scalar: Unicode.Scalar) -> ClosedRange<UInt32> {
        let value = scalar.value
        let start = stride(from: 0, to: doubleWidth.count, by: 2).first { doubleWidth[$0] <= value && value <= doubleWidth[$0 + 1] }!
        return doubleWidth[start]...doubleWidth[start + 1]
    }

    private static func joinsEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// Binary search in a flat table of inclusive ranges [start0, end0, start1, end1, ...].
    private static func contains(_ value: UInt32, in table: [UInt32]) -> Bool {
        var low = 0
        var high = table.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < table[2 * middle] {
                high = middle - 1
            } else if value > table[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// Terminal column width of this scalar (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// Terminal column width of this grapheme cluster.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Terminal column width of the whole text.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
