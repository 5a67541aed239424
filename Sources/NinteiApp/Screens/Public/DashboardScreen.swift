import NinteiCore
import NinteiStore
import NinteiTerminal

/// The program's figures for a fiscal year as bar charts with the numbers beside them: new
/// applications against the target, certified firms against the plan, certifications ending by
/// month, the average days to a decision. The same `ProgramReport` as `nintei report`, so the
/// figures agree. ← → change the fiscal year; it only reads.
final class DashboardScreen: Screen {
    let store: any OfficeService
    let targets: ProgramTargets
    let today: LocalDate
    private let language: Language
    private(set) var fiscalYear: FiscalYear
    private(set) var report: ProgramReport?
    private(set) var failure: StoreError?
    /// The first chart row shown.
    private var top = 0
    private var lastHeight = 1
    private var lastRowCount = 0

    static let years = 1989...9998

    init(store: any OfficeService, targets: ProgramTargets, language: Language, today: LocalDate = .today(), fiscalYear: FiscalYear? = nil) {
        self.store = store
        self.targets = targets
        self.language = language
        self.today = today
        self.fiscalYear = fiscalYear ?? today.fiscalYear
        load()
    }

    var title: LocalizedText { UIText.dashboardTitle }

    private func load() {
        do {
            report = try store.programReport(fiscalYear: fiscalYear, targets: targets, asOf: today)
            failure = nil
        } catch {
            report = nil
            failure = error
        }
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "dashboard"
        case previousYear, nextYear, thisYear
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.left, .character("h")], Action.previousYear, label: UIText.dashboardPreviousYear(language),
                       disabledReason: fiscalYear.startYear <= Self.years.lowerBound ? UIText.dashboardEarliest(language) : nil),
            bind([.right, .character("l")], Action.nextYear, label: UIText.dashboardNextYear(language),
                       disabledReason: fiscalYear.startYear >= Self.years.upperBound ? UIText.dashboardLatest(language) : nil),
            bind([.home, .character("t")], Action.thisYear, label: UIText.dashboardThisYear(language)),
            bind([.up, .character("k")], Navigation.up, label: UIText.scrollUp(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.scrollDown(language), statusBar: false),
            bind([.pageUp], Navigation.pageUp, label: UIText.scrollUp(language), statusBar: false),
            bind([.pageDown], Navigation.pageDown, label: UIText.scrollDown(language), statusBar: false),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .previousYear: changeYear(to: fiscalYear.startYear - 1)
        case .nextYear: changeYear(to: fiscalYear.startYear + 1)
        case .thisYear: changeYear(to: today.fiscalYear.startYear)
        }
        return .stay
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        switch move {
        case .up: scroll(by: -1)
        case .down: scroll(by: 1)
        case .pageUp: scroll(by: -max(1, lastHeight - 1))
        case .pageDown: scroll(by: max(1, lastHeight - 1))
        case .top, .bottom: break
        case .back: return .back
        }
        return .stay
    }

    private func changeYear(to year: Int) {
        fiscalYear = FiscalYear(min(max(year, Self.years.lowerBound), Self.years.upperBound))
        load()
    }

    private func scroll(by rows: Int) {
        top = max(0, min(top + rows, lastRowCount - lastHeight))
    }

    // MARK: Charts

    /// One row of the chart: runs of text, each with its style, left to right.
    typealias Row = [(text: String, style: CellStyle)]

    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let barStyle = CellStyle(color: .accent)
    static let markStyle = CellStyle(bold: true, color: .warning)

    /// A horizontal bar of `width` cells for `value` of `scale`, in eighths of a cell, with `│`
    /// where `mark` (the target) falls when the bar does not reach it.
    static func bar(_ value: Int, scale: Int, width: Int, mark: Int? = nil) -> Row {
        guard width > 0 else { return [] }
        let eighthsFilled = scale > 0 ? min(width * 8, value * width * 8 / scale) : 0
        var cells = Array(repeating: " ", count: width)
        for index in 0..<(eighthsFilled / 8) { cells[index] = "█" }
        if eighthsFilled % 8 > 0 { cells[eighthsFilled / 8] = String(eighths[eighthsFilled % 8]) }
        let filled = (eighthsFilled + 7) / 8
        var row: Row = [(cells[0..<filled].joined(), barStyle)]
        if let mark, scale > 0 {
            let position = min(width - 1, mark * width / scale)
            if position >= filled {
                row.append((cells[filled..<position].joined(), .plain))
                row.append(("│", markStyle))
                row.append((cells[(position + 1)...].joined(), .plain))
                return row
            }
        }
        row.append((cells[filled...].joined(), .plain))
        return row
    }

    /// Years as rows: label, the figure, its bar, the target beside it.
    private func yearRows(_ figures: [ProgramReport.YearFigure], target: (Int) -> LocalizedText, width: Int) -> [Row] {
        let labels = figures.map { language == .ja ? $0.fiscalYear.japanese : $0.fiscalYear.description }
        let labelWidth = labels.map(\.displayWidth).max() ?? 0
        let targets = figures.map { figure in figure.target.map { target($0)(language) } ?? UIText.dashboardNoTarget(language) }
        let targetWidth = targets.map(\.displayWidth).max() ?? 0
        let scale = max(1, figures.map { max($0.actual ?? 0, $0.target ?? 0) }.max() ?? 1)
        let barWidth = max(3, width - labelWidth - 5 - 3 - targetWidth)
        return zip(figures, zip(labels, targets)).map { figure, text in
            let current = figure.fiscalYear == fiscalYear
            var row: Row = [(text.0.padded(toWidth: labelWidth), current ? CellStyle(bold: true) : .plain)]
            row.append((" " + (figure.actual.map(String.init) ?? "—").padded(toWidth: 4, alignment: .trailing) + " ", CellStyle(bold: true)))
            if let actual = figure.actual {
                row += Self.bar(actual, scale: scale, width: barWidth, mark: figure.target)
            } else {
                row.append((UIText.dashboardNotBegun(language).fitted(toWidth: barWidth), CellStyle(color: .muted)))
            }
            row.append((" " + text.1, CellStyle(color: .muted)))
            return row
        }
    }

    /// Months as columns of bars three rows tall, the month and the count under each, when the
    /// width allows; else one row per month.
    private func monthRows(_ months: [ProgramReport.MonthFigure], width: Int) -> [Row] {
        let scale = max(1, months.map(\.count).max() ?? 1)
        let labelColumn = max(UIText.dashboardMonth(language).displayWidth, UIText.dashboardCount(language).displayWidth) + 1
        let columnWidth = min(5, (width - labelColumn) / max(1, months.count))
        guard columnWidth >= 3 else {
            let labels = months.map { UIText.dashboardMonthLabel(year: $0.year, month: $0.month)(language) }
            let labelWidth = labels.map(\.displayWidth).max() ?? 0
            let barWidth = max(3, width - labelWidth - 5)
            return zip(months, labels).map { month, label in
                [(label.padded(toWidth: labelWidth), .plain), (" " + String(month.count).padded(toWidth: 3, alignment: .trailing) + " ", CellStyle(bold: true))]
                    + Self.bar(month.count, scale: scale, width: barWidth)
            }
        }
        let height = 3
        var rows: [Row] = []
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        for level in (0..<height).reversed() {
            var row: Row = [(String(repeating: " ", count: labelColumn), .plain)]
            for month in months {
                let eighthsTall = month.count * height * 8 / scale
                let inRow = min(8, max(0, eighthsTall - level * 8))
                let block = String(repeating: String(blocks[inRow]), count: columnWidth - 1)
                row.append((block, Self.barStyle))
                row.append((" ", .plain))
            }
            rows.append(row)
        }
        var monthRow: Row = [(UIText.dashboardMonth(language).padded(toWidth: labelColumn), CellStyle(color: .muted))]
        var countRow: Row = [(UIText.dashboardCount(language).padded(toWidth: labelColumn), CellStyle(color: .muted))]
        for month in months {
            monthRow.append((String(month.month).padded(toWidth: columnWidth - 1, alignment: .trailing) + " ", CellStyle(color: .muted)))
            countRow.append((String(month.count).padded(toWidth: columnWidth - 1, alignment: .trailing) + " ", CellStyle(bold: true)))
        }
        return rows + [monthRow, countRow]
    }

    /// Every row of the dashboard for a width (the area scrolls over them).
    func rows(width: Int) -> [Row] {
        guard let report else {
            let reason = failure.map { UIText.browseStoreFailed($0.text(language))(language) } ?? ""
            return reason.wrapped(toWidth: max(1, width)).map { [($0, CellStyle(color: .error))] }
        }
        var rows: [Row] = [[(UIText.dashboardHeading(report.fiscalYear, asOf: report.asOf)(language), CellStyle(bold: true))], []]
        rows.append([(UIText.dashboardNewApplications(language), CellStyle(bold: true))])
        rows += yearRows(report.newApplications, target: UIText.dashboardTarget, width: width)
        rows.append([(UIText.dashboardCertified(language), CellStyle(bold: true))])
        rows += yearRows(report.certifiedFirms, target: UIText.dashboardPlan, width: width)
        rows.append([(UIText.dashboardRenewals(language), CellStyle(bold: true))])
        rows += monthRows(report.renewalsDue, width: width)
        for line in UIText.dashboardAverage(report.averageDaysToDecision, decisions: report.decisions)(language).wrapped(toWidth: max(1, width)) {
            rows.append([(line, .plain)])
        }
        return rows
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard area.width > 2, area.height > 0 else { return }
        let inner = CellRect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let rows = rows(width: inner.width)
        lastRowCount = rows.count
        lastHeight = inner.height
        top = max(0, min(top, rows.count - inner.height))
        for (offset, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            var x = inner.x
            let end = inner.x + inner.width
            for run in row where x < end {
                x = buffer.put(run.text.truncated(toWidth: end - x), x: x, y: inner.y + offset, maxWidth: end - x, style: run.style)
            }
        }
        if rows.count > inner.height {
            let more = top + inner.height < rows.count
            buffer.put(more ? "↓" : "↑", x: area.x + area.width - 1, y: more ? area.y + area.height - 1 : area.y, style: CellStyle(color: .muted))
        }
    }
}
