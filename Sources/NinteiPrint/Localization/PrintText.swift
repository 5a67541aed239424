import NinteiCore

/// The catalogue of the printed documents' composed phrases, Japanese and English side by side
/// (the packet's and minutes' headings are still written beside their HTML with `t(ja, en)`).
enum PrintText {
    static func meetingLine(date: LocalDate, place: String) -> LocalizedText { LocalizedText(ja: "\(date.japanese)（\(date.iso)） \(place)", en: "\(date.iso), \(place)") }
    static let choiceSeparator = LocalizedText(ja: "、", en: "; ")
    static func managers(men: Int, women: Int) -> LocalizedText { LocalizedText(ja: "男性 \(men)人、女性 \(women)人", en: "men \(men), women \(women)") }
    static func womenShare(_ percent: String) -> LocalizedText { LocalizedText(ja: "（女性 \(percent)%）", en: " (women \(percent)%)") }
    static func period(_ from: LocalDate, _ to: LocalDate) -> LocalizedText { LocalizedText(ja: "\(from.japanese)〜\(to.japanese)", en: "\(from.iso) to \(to.iso)") }
}
