import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei report`: the dashboard's figures as text with bars, or as CSV (UTF-8 with BOM, CRLF).
enum ProgramReportText {
    static func text(_ report: ProgramReport, language: Language) -> String {
        let ja = language == .ja
        var lines: [String] = []
        let year = ja ? report.fiscalYear.japanese + "（\(report.fiscalYear.startYear)年度）" : report.fiscalYear.description
        lines.append(ja ? "\(year) 事業の実績（\(report.asOf.iso)現在）" : "Program figures for \(year) (as of \(report.asOf.iso))")
        lines.append("")
        lines.append(ja ? "新規申請（年度ごと、目標との比較）" : "New applications per fiscal year, against the target")
        lines += yearLines(report.newApplications, language: language)
        lines.append("")
        lines.append(ja ? "認定企業数（年度末、今年度は現在。計画との比較）" : "Certified firms at the end of each fiscal year (this year: today), against the plan")
        lines += yearLines(report.certifiedFirms, language: language)
        lines.append("")
        lines.append(ja ? "認定期限を迎える件数（月ごと）" : "Certifications ending, by month")
        var table = TextTable([.left, .right, .left])
        let widest = max(1, report.renewalsDue.map(\.count).max() ?? 1)
        for month in report.renewalsDue {
            table.add([
                ja ? "\(month.year)年\(month.month)月" : "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)",
                String(month.count), bar(month.count, scale: widest, width: 20),
            ])
        }
        lines += table.lines()
        lines.append("")
        if let average = report.averageDaysToDecision {
            let rounded = (average * 10).rounded() / 10
            lines.append(ja
                ? "受付から決定までの平均日数: \(rounded.plainText)日（この年度に決定した \(report.decisions)件）"
                : "Average days from receipt to decision: \(rounded.plainText) (\(report.decisions) cases decided in the fiscal year)")
        } else {
            lines.append(ja ? "受付から決定までの平均日数: —（この年度に決定した案件はありません）" : "Average days from receipt to decision: — (no case decided in the fiscal year)")
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }

    private static func yearLines(_ figures: [ProgramReport.YearFigure], language: Language) -> [String] {
        let ja = language == .ja
        var table = TextTable([.left, .right, .left, .left])
        let scale = max(1, figures.map { max($0.actual ?? 0, $0.target ?? 0) }.max() ?? 1)
        for figure in figures {
            let target = figure.target.map { ja ? "目標 \($0)" : "target \($0)" } ?? (ja ? "目標なし" : "no target")
            table.add([
                ja ? figure.fiscalYear.japanese : figure.fiscalYear.description,
                figure.actual.map(String.init) ?? "—",
                target,
                figure.actual.map { bar($0, scale: scale, width: 30, mark: figure.target) } ?? "",
            ])
        }
        return table.lines()
    }

    /// A bar of `width` columns at `scale`, with `|` where the target falls.
    private static func bar(_ value: Int, scale: Int, width: Int, mark: Int? = nil) -> String {
        let filled = value * width / scale
        var cells = Array(repeating: Character(" "), count: width + 1)
        for index in 0..<filled { cells[index] = "█" }
        if let mark { cells[min(width, mark * width / scale)] = "|" }
        return String(cells).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    static func csv(_ report: ProgramReport) -> String {
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        var rows = [["figure", "fiscalYear", "month", "actual", "target"]]
        for figure in report.newApplications {
            rows.append(["newApplications", String(figure.fiscalYear.startYear), "", number(figure.actual), number(figure.target)])
        }
        for figure in report.certifiedFirms {
            rows.append(["certifiedFirms", String(figure.fiscalYear.startYear), "", number(figure.actual), number(figure.target)])
        }
        for month in report.renewalsDue {
            rows.append(["renewalsDue", String(report.fiscalYear.startYear), "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)", String(month.count), ""])
        }
        let average = report.averageDaysToDecision.map { ((($0 * 10).rounded()) / 10).plainText } ?? ""
        rows.append(["averageDaysToDecision", String(report.fiscalYear.startYear), "", average, ""])
        rows.append(["decisions", String(report.fiscalYear.startYear), "", String(report.decisions), ""])
        return CSV.document(rows)
    }
}
