import NinteiCore

/// The program dashboard (`nintei dashboard`): the figures of `nintei report` as bar charts.
extension UIText {
    static let dashboardTitle = LocalizedText(ja: "事業の実績", en: "Program dashboard")
    static let dashboardNewApplications = LocalizedText(ja: "新規申請（年度ごと）", en: "New applications per fiscal year")
    static let dashboardCertified = LocalizedText(ja: "認定企業数（年度末、今年度は現在）", en: "Certified firms at year end (this year: today)")
    static let dashboardRenewals = LocalizedText(ja: "認定期限を迎える件数（月ごと）", en: "Certifications ending, by month")
    static let dashboardPreviousYear = LocalizedText(ja: "前年度", en: "Previous year")
    static let dashboardNextYear = LocalizedText(ja: "次年度", en: "Next year")
    static let dashboardThisYear = LocalizedText(ja: "今年度", en: "This year")
    static let dashboardMonth = LocalizedText(ja: "月", en: "month")
    static let dashboardCount = LocalizedText(ja: "件", en: "count")
    static let dashboardNoTarget = LocalizedText(ja: "計画なし", en: "no plan")
    static let dashboardNotBegun = LocalizedText(ja: "未到来", en: "not begun")
    static let dashboardEarliest = LocalizedText(ja: "これより前の年度はありません", en: "There is no earlier fiscal year")
    static let dashboardLatest = LocalizedText(ja: "これより後の年度はありません", en: "There is no later fiscal year")

    static func dashboardHeading(_ year: FiscalYear, asOf: LocalDate) -> LocalizedText {
        LocalizedText(
            ja: "\(year.japanese)（\(year.startYear)年度） \(asOf.iso)現在",
            en: "\(year.description) (April \(year.startYear) – March \(year.startYear + 1)), as of \(asOf.iso)")
    }

    static func dashboardTarget(_ target: Int) -> LocalizedText {
        LocalizedText(ja: "目標 \(target)", en: "target \(target)")
    }

    static func dashboardPlan(_ plan: Int) -> LocalizedText {
        LocalizedText(ja: "計画 \(plan)", en: "plan \(plan)")
    }

    static func dashboardAverage(_ average: Double?, decisions: Int) -> LocalizedText {
        guard let average else {
            return LocalizedText(ja: "受付から決定までの平均日数: —（この年度に決定した案件はありません）",
                                 en: "Average days from receipt to decision: — (no case decided in the fiscal year)")
        }
        let rounded = ((average * 10).rounded() / 10).plainText
        return LocalizedText(
            ja: "受付から決定までの平均日数: \(rounded)日（この年度に決定した \(decisions)件）",
            en: "Average days from receipt to decision: \(rounded) (\(decisions) cases decided in the fiscal year)")
    }

    static func dashboardMonthLabel(year: Int, month: Int) -> LocalizedText {
        LocalizedText(ja: "\(year)年\(month)月", en: "\(year)-\(month < 10 ? "0" : "")\(month)")
    }
}
