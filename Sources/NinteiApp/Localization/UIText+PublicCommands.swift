import NinteiCore
import NinteiPrint

/// The public commands (`nintei renewals`, `nintei publish`): what they print.
extension UIText {
    /// `nintei renewals`: the window under the table.
    static func renewalsDueFooter(_ count: Int, from today: LocalDate, through: LocalDate, months: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(today.iso)〜\(through.iso)（\(months)か月）に期限を迎える認定 \(count)件",
            en: "\(count) certifications end from \(today.iso) to \(through.iso) (\(months) months)")
    }

    /// `nintei publish`: what was written for the city's site.
    static func published(_ count: Int, to folder: String) -> LocalizedText {
        LocalizedText(
            ja: "認定企業 \(count)社の一覧を \(folder) に書き出しました（index.html、\(PublishedSite.csvName)、\(PublishedSite.jsonName)、企業ごとのページ）",
            en: "Published \(count) certified firms to \(folder) (index.html, \(PublishedSite.csvName), \(PublishedSite.jsonName), a page per firm)")
    }

    static let renewalsDueColumns = columns(
        ja: ["案件", "認定番号", "有効期限", "事業者名", "残り日数", "更新申請", "担当者", "電話", "メール"],
        en: ["Case", "Certificate", "Valid until", "Firm", "Days left", "Renewal", "Contact", "Phone", "Mail"])
}
