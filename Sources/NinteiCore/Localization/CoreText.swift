/// The catalogue of the texts the rules compose (reports, a document's reading errors), in
/// Japanese and English side by side. The app's screens have their own (`UIText` in NinteiApp).
enum CoreText {
    static let listSeparator = LocalizedText(ja: "、", en: ", ")
    static let note = LocalizedText(ja: "注: ", en: "note: ")

    static func linePlace(line: Int, column: Int) -> LocalizedText { LocalizedText(ja: "\(line)行\(column)列", en: "line \(line), column \(column)") }
    static let notJSON = LocalizedText(ja: "JSON として読めません", en: "not valid JSON")
    static let unknownAverage = LocalizedText(ja: "不明", en: "unknown")
    static func rateAgainstAverage(year: Int, rate: String, average: String) -> LocalizedText {
        LocalizedText(ja: "\(year)年 \(rate)%（平均 \(average)）", en: "\(year) \(rate) % (average \(average))")
    }

    /// The issuer's line on a certificate, with the mayor's name.
    static func issuerWithName(_ issuer: LocalizedText, _ name: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "\(issuer.ja)　\(name.ja)", en: "\(issuer.en), \(name.en)")
    }
}
