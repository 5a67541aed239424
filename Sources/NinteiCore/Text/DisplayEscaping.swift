/// Text from the store or from a person (a firm name, a comment, a file name) shown where a
/// control character would act instead of show: a terminal, a text or CSV file. Each control
/// character becomes `\u{…}` with its code point in hexadecimal — ESC is `\u{1B}`, a newline
/// inside a file name `\u{A}` — so `ESC [2J` reads `\u{1B}[2J` and clears nothing.
///
/// Escaped: the C0 controls, DEL and the C1 controls (Unicode category Cc), and the
/// bidirectional controls that reorder what a line shows (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069). Japanese text and every other character stay as they are.
extension String {
    /// Every control character escaped, line breaks and tabs too: for one value set inside a
    /// line (a file name, a firm name in a table), where a newline would forge a line.
    public var escapedForDisplay: String { Self.escape(self, keepingLayout: false) }

    /// Control characters escaped except newlines, CR LF pairs and tabs: for text whose own
    /// lines are meant (a command's whole output, a comment written on several lines).
    public var escapedKeepingLines: String { Self.escape(self, keepingLayout: true) }

    /// Whether `scalar` is one that `escapedForDisplay` shows as `\u{…}`.
    public static func isEscapedForDisplay(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // General category Cc (control), a set Unicode never changes: C0, DEL and C1. Named by
        // value, because asking for the category of every scalar cost about 7 % of an import.
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func escape(_ text: String, keepingLayout: Bool) -> String {
        // Most text has nothing to escape: return it as it is.
        guard text.unicodeScalars.contains(where: isEscapedForDisplay) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if keepingLayout {
                if scalar == "\n" || scalar == "\t" { result.append(scalar); continue }
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { result.append(scalar); continue }
            }
            if isEscapedForDisplay(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
