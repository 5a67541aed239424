import NinteiCore

/// `nintei report`: the program's figures as text.
extension UIText {
    static func reportYear(_ year: FiscalYear) -> LocalizedText { LocalizedText(ja: year.japanese + "（\(year.startYear)年度）", en: year.description) }
    static func reportHeading(_ year: String, asOf day: String) -> LocalizedText {
        LocalizedText(ja: "\(year) 事業の実績（\(day)現在）", en: "Program figures for \(year) (as of \(day))")
    }

    static let reportNewApplications = LocalizedText(ja: "新規申請（年度ごと、目標との比較）", en: "New applications per fiscal year, against the target")
    static let reportCertifiedFirms = LocalizedText(
        ja: "認定企業数（年度末、今年度は現在。計画との比較）", en: "Certified firms at the end of each fiscal year (this year: today), against the plan")
    static let reportEndingByMonth = LocalizedText(ja: "認定期限を迎える件数（月ごと）", en: "Certifications ending, by month")
    static func reportMonth(year: Int, month: Int) -> LocalizedText { LocalizedText(ja: "\(year)年\(month)月", en: "\(year)-\(month < 10 ? "0" : "")\(month)") }
    static func reportAverageDays(_ days: String, decisions: Int) -> LocalizedText {
        LocalizedText(
            ja: "受付から決定までの平均日数: \(days)日（この年度に決定した \(decisions)件）",
            en: "Average days from receipt to decision: \(days) (\(decisions) cases decided in the fiscal year)")
    }

    static let reportNoDecisions = LocalizedText(
        ja: "受付から決定までの平均日数: —（この年度に決定した案件はありません）", en: "Average days from receipt to decision: — (no case decided in the fiscal year)")
    static func reportTarget(_ target: Int) -> LocalizedText { LocalizedText(ja: "目標 \(target)", en: "target \(target)") }
    static let reportNoTarget = LocalizedText(ja: "目標なし", en: "no target")
}
