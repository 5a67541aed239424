import NinteiCore
import NinteiTerminal

extension UIText {
    /// Why a field refused a key, for the status line.
    static func refusal(_ refusal: KeyOutcome.Refusal) -> LocalizedText {
        switch refusal {
        case .notADigit:
            return LocalizedText(ja: "この欄には数字だけを入力できます", en: "Only digits can be typed here")
        case .outOfRange(let minimum, let maximum):
            let range = [minimum, maximum].map { $0.map(formatted) ?? "" }.joined(separator: "〜")
            return LocalizedText(ja: "この欄の値は \(range) の範囲です", en: "The value must be within \(range.replacingOccurrences(of: "〜", with: "–"))")
        case .tooLong(let maximum):
            return LocalizedText(ja: "この欄は \(maximum) 文字までです", en: "This field holds at most \(maximum) characters")
        }
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
