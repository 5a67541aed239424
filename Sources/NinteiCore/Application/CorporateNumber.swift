/// The National Tax Agency's corporate number (法人番号): 13 digits, the first a check digit
/// over the other twelve (法人番号の指定等に関する省令 第2条). With the twelve digits P_n numbered
/// from the last (n = 1…12) and Q_n = 1 for odd n, 2 for even n, the check digit is
/// 9 − (Σ P_n × Q_n mod 9).
public enum CorporateNumber {
    public static let length = 13

    /// The check digit of the twelve digits after it.
    public static func checkDigit(of twelve: [Int]) -> Int {
        let sum = twelve.reversed().enumerated().reduce(0) { sum, entry in
            sum + entry.element * (entry.offset % 2 == 0 ? 1 : 2)
        }
        return 9 - sum % 9
    }

    /// The number as typed made plain: full-width digits (from an input method) as ASCII, and
    /// the spaces and hyphens people group it with left out (`7-0000-1205-0002`).
    public static func normalized(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0x20, 0x3000, 0x2D, 0xFF0D, 0x2010, 0x2212, 0x30FC: return nil
            default: return Character(scalar)
            }
        })
    }

    public enum Problem: Sendable, Equatable {
        /// Not thirteen ASCII digits; `count` characters instead.
        case notThirteenDigits(count: Int)
        case wrongCheckDigit(found: Int, expected: Int)
    }

    /// What is wrong with a number (already normalised), or nil when it is a corporate number.
    public static func problem(_ number: String) -> Problem? {
        let digits = number.unicodeScalars.compactMap { ("0"..."9").contains($0) ? Int($0.value - 0x30) : nil }
        guard digits.count == number.unicodeScalars.count, digits.count == length else {
            return .notThirteenDigits(count: number.count)
        }
        let expected = checkDigit(of: Array(digits.dropFirst()))
        return digits[0] == expected ? nil : .wrongCheckDigit(found: digits[0], expected: expected)
    }

    /// The refusal of `number` in a document, for the message beside its key path.
    public static func message(_ problem: Problem, number: String) -> LocalizedText {
        // A pasted page instead of a number is named by its start, not repeated whole.
        let number = number.count <= 20 ? number : number.prefix(20) + "…"
        switch problem {
        case .notThirteenDigits(let count):
            return LocalizedText(
                ja: "法人番号「\(number)」は13桁の数字ではありません（\(count)文字）",
                en: "the corporate number \"\(number)\" is not 13 digits (\(count) characters)")
        case .wrongCheckDigit(let found, let expected):
            // The slip may be in any digit, so the message does not tell which one to change.
            return LocalizedText(
                ja: "法人番号「\(number)」が合いません（先頭のチェックデジットは \(found)、残りの12桁からは \(expected)）。写し間違いを確かめてください",
                en: "the corporate number \"\(number)\" does not add up: its check digit (the first) is \(found), the other twelve digits give \(expected); check for a copying slip")
        }
    }
}
