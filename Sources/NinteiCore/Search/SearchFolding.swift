/// Folds text for search, so a firm is found however its name or reading was typed: full-width
/// and half-width letters and digits, half-width katakana (ｻｸﾗ), hiragana and katakana, upper
/// and lower case all fold to one form; spaces are dropped ("株式会社 さくら" finds
/// "株式会社さくら"). Stored names and typed queries go through the same function.
///
/// NFKC-like, written out by hand for the cases that matter on Japanese forms rather than full
/// NFKC, so Core needs no Foundation and the result is the same on every platform.
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x3099, 0xFF9E, 0x309B:  // voiced sound mark, combining or half-width
                combine(&output, marks: voiced, fallback: "\u{309B}")
            case 0x309A, 0xFF9F, 0x309C:  // semi-voiced sound mark
                combine(&output, marks: semiVoiced, fallback: "\u{309C}")
            case 0xFF01...0xFF5E:  // full-width ASCII
                appendLowercased(&output, Unicode.Scalar(value - 0xFEE0)!)
            case 0xFF61...0xFF9D:
                output.append(halfWidthKatakana[Int(value - 0xFF61)])
            case 0x3041...0x3096, 0x309D, 0x309E:  // hiragana, ゝゞ
                output.append(Unicode.Scalar(value + 0x60)!)
            case 0x3231: output.append(contentsOf: "(株)".unicodeScalars)
            case 0x3232: output.append(contentsOf: "(有)".unicodeScalars)
            case 0x337F: output.append(contentsOf: "株式会社".unicodeScalars)
            case SearchFolding.kept:
                output.append(scalar)
            default:
                if scalar.properties.isWhitespace { continue }
                appendLowercased(&output, scalar)
            }
        }
        return String(output)
    }

    /// Katakana and the unified ideographs, most of a Japanese name: no space among them and
    /// none with a lowercase form, so each is kept as it is without asking its properties.
    static let kept: ClosedRange<UInt32> = 0x30A0...0x9FFF

    private static func appendLowercased(_ output: inout String.UnicodeScalarView, _ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            if scalar.properties.isWhitespace { return }
            output.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
        } else if scalar.properties.changesWhenLowercased {
            output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            output.append(scalar)
        }
    }

    /// Puts a (semi-)voiced sound mark onto the kana before it: ｶﾞ and か゛ become ガ.
    private static func combine(_ output: inout String.UnicodeScalarView, marks: [UInt32: UInt32], fallback: Unicode.Scalar) {
        if let last = output.last, let combined = marks[last.value] {
            output.removeLast()
            output.append(Unicode.Scalar(combined)!)
        } else {
            output.append(fallback)
        }
    }

    /// U+FF61…U+FF9D in order: ｡｢｣､･ then ｦ…ﾝ.
    private static let halfWidthKatakana: [Unicode.Scalar] = Array("。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン".unicodeScalars)

    private static let voiced: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for base in "カキクケコサシスセソタチツテトハヒフヘホ".unicodeScalars { table[base.value] = base.value + 1 }
        for (base, voiced) in zip("ウワヰヱヲヽ".unicodeScalars, "ヴヷヸヹヺヾ".unicodeScalars) { table[base.value] = voiced.value }
        return table
    }()

    private static let semiVoiced: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for base in "ハヒフヘホ".unicodeScalars { table[base.value] = base.value + 2 }
        return table
    }()
}
