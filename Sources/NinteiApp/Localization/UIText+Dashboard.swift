import NinteiCore

/// The program dashboard (`nintei dashboard`): the figures of `nintei report` as bar charts.
extension UIText {
    static func dashboardHeading(_ year: FiscalYear, asOf: LocalDate) -> LocalizedText {
        LocalizedText(
            ja: "\(year.japanese)（\(year.startYear)年度） \(asOf.iso)現在",
            en: "\(year.description) (April \(year.startYear) – March \(year.startYear + 1)), as of \(asOf.iso)")
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
