import NinteiCore

/// Punctuation that differs between the languages: lists, choices, a remark in brackets.
extension UIText {
    static let listSeparator = LocalizedText(ja: "、", en: ", ")
    static let choiceSeparator = LocalizedText(ja: "／", en: " / ")

    /// A remark after a word: "朝霞工業（あさかこうぎょう）", "Asaka Kogyo (reading)".
    static func parenthesized(_ remark: String) -> LocalizedText { LocalizedText(ja: "（\(remark)）", en: " (\(remark))") }
}
