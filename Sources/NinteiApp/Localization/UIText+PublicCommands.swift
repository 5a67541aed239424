import NinteiCore
import NinteiPrint

/// The public commands (`nintei renewals`, `nintei publish`): what they print.
extension UIText {
    /// `nintei publish`: what was written for the city's site.
    static func published(_ count: Int, to folder: String) -> LocalizedText {
        LocalizedText(
            ja: "認定企業 \(count)社の一覧を \(folder) に書き出しました（index.html、\(PublishedSite.csvName)、\(PublishedSite.jsonName)、企業ごとのページ）",
            en: "Published \(count) certified firms to \(folder) (index.html, \(PublishedSite.csvName), \(PublishedSite.jsonName), a page per firm)")
    }
}
