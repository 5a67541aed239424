import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei report`: the dashboard's figures as text with bars, or as CSV (UTF-8 with BOM, CRLF).
enum ProgramReportText {
    static func text(_ report: ProgramReport, language: Language) -> String {
        var lines: [String] = []
        let year = UIText.reportYear(report.fiscalYear)(language)
        lines.append(UIText.reportHeading(year, asOf: report.asOf.iso)(language))
        lines.append("")
        lines.append(UIText.reportNewApplications(language))
        lines += yearLines(report.newApplications, language: language)
        lines.append("")
        lines.append(UIText.reportCertifiedFirms(language))
        lines += yearLines(report.certifiedFirms, language: language)
        lines.append("")
        lines.append(UIText.reportEndingByMonth(language))
        var table = TextTable([.left, .right, .left])
        let widest = max(1, report.renewalsDue.map(\.count).max() ?? 1)
        for month in report.renewalsDue {
            table.add([
                UIText.reportMonth(year: month.year, month: month.month)(language),
                String(month.count), bar(month.count, scale: widest, width: 20),
            ])
        }
        lines += table.lines()
        lines.append("")
        if let average = report.averageDaysToDecision {
            let rounded = (average * 10).rounded() / 10
            lines.append(UIText.reportAverageDays(rounded.plainText, decisions: report.decisions)(language))
        } else {
            lines.append(UIText.reportNoDecisions(language))
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }

    private static func yearLines(_ figures: [ProgramReport.YearFigure], language: Language) -> [String] {
        let ja = language == .ja
        var table = TextTable([.left, .right, .left, .left])
        let scale = max(1, figures.map { max($0.actual ?? 0, $0.target ?? 0) }.max() ?? 1)
        for figure in figures {
            let target = figure.target.map { UIText.reportTarget($0)(language) } ?? UIText.reportNoTarget(language)
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
