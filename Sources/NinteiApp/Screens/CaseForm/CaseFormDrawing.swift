import Foundation
import NinteiCore
import NinteiTerminal

/// How the form looks: page tabs and the live result on top, the page's rows below (scrolled
/// to the focused field), the sections' counts beside it on wide terminals.
extension CaseFormScreen {
    static let sidePanelWidth = 30
    /// Wide enough for a date typed as on the paper (令和5年12月31日).
    static let dateFieldWidth = 18
    /// Wide enough for a name typed whole (サービス, 医療，福祉) with the cursor after it: a
    /// narrower field scrolls the first characters out of sight as if they had been dropped.
    static let industryFieldWidth = 12
    static let categoryFieldWidth = 18
    static let minimumWidthForSidePanel = 100

    /// The parts of the body: tabs, result line, the rows, and the side panel (if any).
    struct Layout {
        var tabs: CellRect
        var result: CellRect
        var rows: CellRect
        var side: CellRect?
        var prompt: CellRect?
    }

    func layout(in area: CellRect) -> Layout {
        let promptHeight = reviewPrompt == nil ? 0 : min(4, max(0, area.height - 4))
        let sideWidth = !verifying && area.width >= Self.minimumWidthForSidePanel ? Self.sidePanelWidth : 0
        // The result takes the lines it needs (wrapped on a narrow terminal), leaving the
        // rows at least six lines.
        let resultHeight = area.height > 1 ? min(resultLines(width: area.width).count, max(1, area.height - 1 - promptHeight - 6)) : 0
        let rowsHeight = max(0, area.height - 1 - resultHeight - promptHeight)
        return Layout(
            tabs: CellRect(x: area.x, y: area.y, width: area.width, height: min(1, area.height)),
            result: CellRect(x: area.x, y: area.y + 1, width: area.width, height: resultHeight),
            rows: CellRect(x: area.x, y: area.y + 1 + resultHeight, width: area.width - sideWidth - (sideWidth > 0 ? 1 : 0), height: rowsHeight),
            side: sideWidth > 0 ? CellRect(x: area.x + area.width - sideWidth, y: area.y + 1 + resultHeight, width: sideWidth, height: rowsHeight) : nil,
            prompt: promptHeight > 0 ? CellRect(x: area.x, y: area.y + area.height - promptHeight, width: area.width, height: promptHeight) : nil)
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let parts = layout(in: area)
        drawTabs(into: &buffer, area: parts.tabs)
        drawResult(into: &buffer, area: parts.result)
        drawRows(into: &buffer, area: parts.rows, focused: focused)
        if let side = parts.side { drawSections(into: &buffer, area: side) }
        if let prompt = parts.prompt { drawPrompt(into: &buffer, area: prompt) }
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        let parts = layout(in: area)
        if let prompt = parts.prompt, let reviewPrompt {
            return reviewPrompt.reason.cursorPosition(in: promptField(prompt))
        }
        guard let (field, rect) = placedFields(in: parts.rows).first(where: { $0.index == focus }).map({ (fields[$0.index], $0.rect) }) else { return nil }
        return field.control.cursorPosition(in: widgetArea(of: field, in: rect))
    }

    // MARK: Top lines

    private func tabLabel(_ page: FormPage, short: Bool = false) -> String {
        // "!" where something needed to submit is still missing, as typed (the field being
        // typed counts as it stands, like the result line). Verifying, no mark: they would
        // tell of the first entry.
        if verifying {
            switch page {
            case .profile: return (short ? UIText.formProfileShort : UIText.formProfile)(language)
            case .declarations: return (short ? UIText.formDeclarationsShort : UIText.formDeclarations)(language)
            case .section(let id): return id
            }
        }
        switch page {
        case .profile:
            let missing = !SubmissionReadiness.missingProfile(in: documentAsTyped).isEmpty
            return (short ? UIText.formProfileShort : UIText.formProfile)(language) + (missing ? "!" : "")
        case .declarations:
            let missing = !SubmissionReadiness.missingDeclarations(in: documentAsTyped, checklist: checklist).isEmpty
            return (short ? UIText.formDeclarationsShort : UIText.formDeclarations)(language) + (missing ? "!" : "")
        case .section(let id):
            let passed = evaluation.sections.first { $0.id == id }?.passed == true
            return id + (passed ? "✓" : "")
        }
    }

    /// The page tabs as drawn in `width`: each padded with spaces where they all fit, else
    /// side by side, else with short names; when even those do not fit (a long checklist),
    /// they scroll so the current page's tab shows, marked ‹ › at the cut ends.
    func tabs(width: Int) -> [(text: String, page: Int)] {
        let styles: [(short: Bool, padded: Bool)] = [(false, true), (false, false), (true, false)]
        var chosen: [(text: String, page: Int)] = []
        for style in styles {
            chosen = pages.indices.map { index in
                let label = tabLabel(pages[index], short: style.short)
                return (style.padded ? " \(label) " : label, index)
            }
            let total = chosen.reduce(0) { $0 + $1.text.displayWidth } + (style.padded ? 0 : chosen.count - 1)
            if total <= width { return chosen }
        }
        // Scroll: from the first tab that lets the current one show, leaving room for the marks.
        var first = 0
        func span(_ range: ClosedRange<Int>) -> Int {
            range.reduce(0) { $0 + chosen[$1].text.displayWidth + 1 } + 2
        }
        while first < pageIndex && span(first...pageIndex) > width { first += 1 }
        return Array(chosen[first...])
    }

    private func drawTabs(into buffer: inout CellBuffer, area: CellRect) {
        guard area.height > 0 else { return }
        let shown = tabs(width: area.width)
        let padded = shown.first?.text.hasPrefix(" ") == true
        var x = area.x
        if shown.first?.page ?? 0 > 0 {
            x = buffer.put("‹", x: x, y: area.y, maxWidth: 1, style: CellStyle(color: .accent))
        }
        for (offset, tab) in shown.enumerated() {
            let style = tab.page == pageIndex ? CellStyle(bold: true, reverse: true) : CellStyle(color: .muted)
            let room = area.x + area.width - x - (tab.page + 1 < pages.count ? 1 : 0)
            guard tab.text.displayWidth <= room else {
                // Never a cut tab: the mark says more follow.
                buffer.put("›", x: area.x + area.width - 1, y: area.y, maxWidth: 1, style: CellStyle(color: .accent))
                break
            }
            x = buffer.put(tab.text, x: x, y: area.y, maxWidth: room, style: style)
            if !padded, offset + 1 < shown.count { x += 1 }
        }
    }

    /// The result and the current section's count, wrapped (never cut) where the terminal is narrow.
    func resultLines(width: Int) -> [String] {
        if verifying { return verificationLine(language).wrapped(toWidth: max(1, width)) }
        var line = resultLine(language)
        if case .section(let id) = page, let section = evaluation.sections.first(where: { $0.id == id }) {
            line += "  " + UIText.formSectionCount(section.checked, countable: section.countable, needed: section.needed)(language)
        }
        return line.wrapped(toWidth: max(1, width))
    }

    private func drawResult(into buffer: inout CellBuffer, area: CellRect) {
        guard area.height > 0 else { return }
        let style = evaluation.qualifies ? CellStyle(bold: true, color: .accent) : CellStyle(bold: true)
        let lines = resultLines(width: area.width)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let cut = offset == area.height - 1 && lines.count > area.height
            buffer.put(cut ? (line + "…").truncated(toWidth: area.width) : line, x: area.x, y: area.y + offset, maxWidth: area.width, style: style)
        }
    }

    // MARK: Rows

    private func rowHeight(_ row: FormPageRow, width: Int) -> Int {
        switch row {
        case .heading(let text): return max(1, text.wrapped(toWidth: max(1, width)).count)
        case .field(let index): return fields[index].height
        case .findings(let item): return findingLines(item, width: width).count
        }
    }

    private func findingLines(_ item: String?, width: Int) -> [(String, CellStyle)] {
        // Verifying, nothing of the first entry shows, the findings on it neither.
        guard !verifying else { return [] }
        return evaluation.findings(for: item).flatMap { finding -> [(String, CellStyle)] in
            if let review = review(of: finding) {
                let text = "✔ " + finding.message.text(language) + " — " + UIText.formReviewed(language) + ": " + review.reason
                return text.wrapped(toWidth: max(1, width - 2)).map { ("  " + $0, CellStyle(color: .muted)) }
            }
            return ("⚠ " + finding.message.text(language)).wrapped(toWidth: max(1, width - 2)).map { ("  " + $0, CellStyle(color: .warning)) }
        }
    }

    /// The rectangles of the rows that show, scrolled so the focused field (and the heading of
    /// its item, when it is the item's first field) is on screen.
    private func placedRows(in area: CellRect) -> [CellRect?] {
        let heights = rows.map { rowHeight($0, width: area.width) }
        guard let focusRow = rows.firstIndex(where: { if case .field(focus) = $0 { return true } else { return false } }) else {
            return form.scroll(heights: heights, showing: [], in: area)
        }
        var anchor = focusRow
        if focusRow > 0, case .heading = rows[focusRow - 1] { anchor = focusRow - 1 }
        return form.scroll(heights: heights, showing: [anchor, focusRow], in: area)
    }

    private func placedFields(in area: CellRect) -> [(index: Int, rect: CellRect)] {
        zip(rows, placedRows(in: area)).compactMap { row, rect in
            guard case .field(let index) = row, let rect else { return nil }
            return (index, rect)
        }
    }

    private func labelWidth(_ width: Int) -> Int { width >= 60 ? 14 : 10 }

    /// Where a field's widget goes within its row rectangle.
    func widgetArea(of field: FormField, in rect: CellRect) -> CellRect {
        if field.labelAbove { return LabelledRow.widgetAreaBelowLabel(rect, indent: 2) }
        var area = LabelledRow.widgetArea(rect, labelWidth: field.label.isEmpty ? 0 : labelWidth(rect.width))
        if case .number(let number) = field.control {
            area.width = min(area.width, 12 + (number.unit?.displayWidth ?? 0))
        }
        if field.value == .date { area.width = min(area.width, Self.dateFieldWidth) }
        // A field whose value comes from a list leaves room beside it for the matching choices.
        if field.choices != nil { area.width = min(area.width, field.value == .industry ? Self.industryFieldWidth : Self.categoryFieldWidth) }
        return area
    }

    private func drawRows(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        let placed = placedRows(in: area)
        for (row, rect) in zip(rows, placed) {
            guard let rect else { continue }
            switch row {
            case .heading(let text):
                for (offset, line) in text.wrapped(toWidth: rect.width).prefix(rect.height).enumerated() {
                    buffer.put(line, x: rect.x, y: rect.y + offset, maxWidth: rect.width, style: CellStyle(bold: true))
                }
            case .findings(let item):
                for (offset, (line, style)) in findingLines(item, width: rect.width).prefix(rect.height).enumerated() {
                    buffer.put(line, x: rect.x, y: rect.y + offset, maxWidth: rect.width, style: style)
                }
            case .field(let index):
                drawField(index, into: &buffer, rect: rect, focused: focused)
            }
        }
    }

    private func drawField(_ index: Int, into buffer: inout CellBuffer, rect: CellRect, focused formFocused: Bool) {
        let focused = index == focus && formFocused && reviewPrompt == nil
        let area = widgetArea(of: fields[index], in: rect)
        form.inputs[index].control.fit(to: area.size)
        let field = fields[index]
        var label = field.label
        if case .genderCount = field.value, let share = womenShare(field) { label += "  " + UIText.formWomenShare(language) + " " + share }
        if !label.isEmpty {
            let width = field.labelAbove ? rect.width : labelWidth(rect.width) - 1
            LabelledRow.drawLabel(label, focused: focused, width: width, into: &buffer, row: rect)
        }
        field.control.draw(into: &buffer, area: area, focused: focused)
        let room = max(0, rect.x + rect.width - area.x - area.width - 1)
        if field.value == .date, let iso = field.savedValue?.stringValue, let date = LocalDate(iso: iso) {
            // Both calendars: offices write the era, systems the Gregorian date.
            let other = "（" + date.japanese + "）"
            buffer.put(other.truncated(toWidth: room), x: area.x + area.width + 1, y: area.y, maxWidth: room, style: CellStyle(color: .muted))
        }
        if let choices = field.choices, let text = field.control.text {
            let hint = choices.hint(for: text, focused: focused, language: language)
            buffer.put(hint.truncated(toWidth: room), x: area.x + area.width + 1, y: area.y, maxWidth: room, style: CellStyle(color: focused ? .accent : .muted))
        }
    }

    /// "20.0%": the derived share of women from a head count as typed.
    private func womenShare(_ field: FormField) -> String? {
        guard case .table(let table) = field.control, let men = table.value(row: 0, column: 0), let women = table.value(row: 0, column: 1),
              men + women > 0 else { return nil }
        return String(format: "%.1f%%", women / (men + women) * 100)
    }

    // MARK: Side panel and prompt

    private func drawSections(into buffer: inout CellBuffer, area: CellRect) {
        for (offset, section) in evaluation.sections.prefix(area.height).enumerated() {
            let mark = section.passed == true ? "✓" : " "
            let count = "\(section.checked)/\(section.countable)" + (section.needed.map { "≥\($0)" } ?? "")
            let title = section.title.text(language).truncated(toWidth: max(0, area.width - count.count - 5))
            let line = "\(mark) \(section.id) \(title)".padded(toWidth: area.width - count.count) + count
            let style = section.passed == true ? CellStyle(color: .accent) : CellStyle.plain
            buffer.put(line.truncated(toWidth: area.width), x: area.x, y: area.y + offset, maxWidth: area.width, style: style)
        }
    }

    private func promptField(_ area: CellRect) -> CellRect {
        CellRect(x: area.x + 2, y: area.y + area.height - 1, width: max(0, area.width - 4), height: 1)
    }

    private func drawPrompt(into buffer: inout CellBuffer, area: CellRect) {
        guard let reviewPrompt else { return }
        buffer.fill(area, style: CellStyle(reverse: false))
        buffer.put(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: CellStyle(color: .accent))
        let lines = [UIText.formReviewPrompt(language), reviewPrompt.finding.message.text(language)]
        for (offset, line) in lines.prefix(max(0, area.height - 2)).enumerated() {
            buffer.put(line.truncated(toWidth: area.width - 2), x: area.x + 1, y: area.y + 1 + offset, style: offset == 0 ? CellStyle(bold: true) : CellStyle(color: .warning))
        }
        reviewPrompt.reason.draw(into: &buffer, area: promptField(area), focused: true)
    }
}
