import NinteiCore

/// The renewals screen (officers) and the report pages it opens.
extension UIText {
    static func renewalsWindow(from: LocalDate, through: LocalDate, months: Int, count: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(from.iso)〜\(through.iso)（\(months)か月）に期限を迎える認定 \(count)件",
            en: "\(count) certification\(count == 1 ? "" : "s") end from \(from.iso) to \(through.iso) (\(months) months)")
    }
}
