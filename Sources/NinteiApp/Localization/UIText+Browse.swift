import NinteiCore

/// The certified-firm browser (`nintei browse`): read-only, for anyone.
extension UIText {
    static let browseTitle = LocalizedText(ja: "認定企業の一覧（閲覧のみ）", en: "Certified firms (read-only)")
    static let browseSearch = LocalizedText(ja: "検索", en: "Search")
    static let browseSearchPlaceholder = LocalizedText(ja: "企業名または読み（例: さくら、ｻｸﾗ）", en: "name or reading (e.g. さくら)")
    static let browseStrength = LocalizedText(ja: "強み", en: "Strength")
    static let browseIndustry = LocalizedText(ja: "業種", en: "Industry")
    static let browseAll = LocalizedText(ja: "すべて", en: "all")
    static let browseNumber = LocalizedText(ja: "認定番号", en: "Cert. no.")
    static let browseFirm = LocalizedText(ja: "事業者名", en: "Firm")
    static let browseValidUntil = LocalizedText(ja: "有効期限", en: "Valid until")
    static let browseNone = LocalizedText(ja: "条件に合う認定企業はありません", en: "No certified firm matches")
    static let browseOpen = LocalizedText(ja: "詳細", en: "Details")
    static let browseNumberShort = LocalizedText(ja: "番号", en: "No.")
    static let browseNextStrength = LocalizedText(ja: "強み", en: "Strength")
    static let browseNextIndustry = LocalizedText(ja: "業種", en: "Industry")
    static let browseClear = LocalizedText(ja: "条件を消す", en: "Clear filters")
    static let browseToList = LocalizedText(ja: "一覧へ", en: "To the list")
    static let browseToSearch = LocalizedText(ja: "検索へ", en: "To the search")
    static let browseNoFirm = LocalizedText(ja: "選ばれた企業がありません", en: "No firm is selected")
    static let browseNoLongerCertified = LocalizedText(ja: "この企業の認定は今日は有効ではありません", en: "This firm's certification is not in force today")

    /// While the list's count is read (the first rows already show).
    static let browseCounting = LocalizedText(ja: "数えています", en: "counting")

    /// The selected row's place in a list whose count is being read: "12/…".
    static func listPositionCounting(_ selection: Int) -> String {
        "\(selection + 1)/…"
    }

    static func browseCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)社", en: count == 1 ? "1 firm" : "\(count) firms")
    }

    static func browseStoreFailed(_ reason: String) -> LocalizedText {
        LocalizedText(ja: "保存ファイルを読めません: \(reason)", en: "Cannot read the store: \(reason)")
    }

    // MARK: Detail

    static let detailName = LocalizedText(ja: "事業者名", en: "Firm")
    static let detailKana = LocalizedText(ja: "フリガナ", en: "Reading")
    static let detailIndustry = LocalizedText(ja: "業種", en: "Industry")
    static let detailNumber = LocalizedText(ja: "認定番号", en: "Certificate")
    static let detailIssued = LocalizedText(ja: "認定日", en: "Certified on")
    static let detailValid = LocalizedText(ja: "有効期間", en: "Valid")
    static let detailStrengths = LocalizedText(ja: "力を入れている取組", en: "What the firm focuses on")
    static let detailNoStrengths = LocalizedText(ja: "（公表する取組はありません）", en: "(nothing published)")
    static let scrollUp = LocalizedText(ja: "上へ", en: "Scroll up")
    static let scrollDown = LocalizedText(ja: "下へ", en: "Scroll down")

    static func detailValidity(from: LocalDate, through: LocalDate) -> LocalizedText {
        LocalizedText(
            ja: "\(from.iso)〜\(through.iso)（\(from.japanese)〜\(through.japanese)）",
            en: "\(from.iso) to \(through.iso) (\(from.japanese) – \(through.japanese))")
    }

    static func bothCalendars(_ date: LocalDate) -> String {
        "\(date.iso)（\(date.japanese)）"
    }

    static let browsePreviousPage = LocalizedText(ja: "前のページ", en: "Previous page")
    static let browseNextPage = LocalizedText(ja: "次のページ", en: "Next page")
}
