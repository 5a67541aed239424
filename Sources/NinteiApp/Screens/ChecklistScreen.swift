import NinteiCore
import NinteiTerminal

/// A read-only view of one checklist version, item by item, as on the paper form: the
/// selected item's full wording and its evidence fields show below the list.
final class ChecklistScreen: Screen {
    private let checklist: Checklist
    private let rows: [Row]
    private(set) var selected = 0
    private var top = 0

    enum Row {
        case section(ChecklistSection)
        case item(ChecklistItem)
    }

    init(checklist: Checklist) {
        self.checklist = checklist
        self.rows = checklist.sections.flatMap { section in [Row.section(section)] + section.items.map(Row.item) }
        self.selected = rows.firstIndex { if case .item = $0 { return true } else { return false } } ?? 0
    }

    var title: LocalizedText { checklist.title }

    /// Only moves: items with ↑ ↓, sections with PgUp PgDn.
    typealias Action = NoActions

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.escape, .backspace], Navigation.back, label: UIText.back(language)),
            bind([.down, .character("j")], Navigation.down, label: UIText.nextItem(language)),
            bind([.up, .character("k")], Navigation.up, label: UIText.previousItem(language)),
            bind([.pageDown], Navigation.pageDown, label: UIText.nextSection(language)),
            bind([.pageUp], Navigation.pageUp, label: UIText.previousSection(language), statusBar: false),
        ]
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        switch move {
        case .back: return .back
        case .down: self.move(by: 1)
        case .up: self.move(by: -1)
        case .pageDown: jumpSection(forward: true)
        case .pageUp: jumpSection(forward: false)
        case .top, .bottom: break
        }
        return .stay
    }

    private func isItem(_ index: Int) -> Bool {
        if case .item = rows[index] { return true }
        return false
    }

    private func move(by step: Int) {
        var index = selected + step
        while index >= 0, index < rows.count, !isItem(index) { index += step }
        if index >= 0, index < rows.count { selected = index }
    }

    private func jumpSection(forward: Bool) {
        let sectionStarts = rows.indices.filter { !isItem($0) }
        let current = sectionStarts.last { $0 < selected } ?? 0
        let target = forward ? sectionStarts.first { $0 > selected } : sectionStarts.last { $0 < current }
        if let target, target + 1 < rows.count { selected = target + 1 }
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        guard case .item(let item) = rows[selected] else { return }
        let detail = detailLines(item, width: area.width - 2, language: language)
        let detailHeight = min(detail.count + 1, max(3, area.height / 2))
        let listHeight = area.height - detailHeight
        if selected < top + 1 { top = max(0, selected - 1) }
        if selected >= top + listHeight { top = selected - listHeight + 1 }

        for (offset, index) in (top..<min(rows.count, top + listHeight)).enumerated() {
            let y = area.y + offset
            switch rows[index] {
            case .section(let section):
                _ = buffer.put("\(section.id) \(section.title.text(language))", x: area.x + 1, y: y, maxWidth: area.width - 2, style: CellStyle(bold: true))
            case .item(let item):
                let style = index == selected ? CellStyle(reverse: true) : .plain
                if index == selected { buffer.fill(CellRect(x: area.x + 1, y: y, width: area.width - 2, height: 1), style: style) }
                let marker = (index == selected ? "▶" : " ") + (item.core ? "☆" : " ")
                let text = "\(marker)\(item.id.padded(toWidth: 7))\(item.text.text(language))".truncated(toWidth: area.width - 2)
                _ = buffer.put(text, x: area.x + 1, y: y, maxWidth: area.width - 2, style: style)
            }
        }
        let ruleY = area.y + listHeight
        _ = buffer.put(String(repeating: "─", count: area.width), x: area.x, y: ruleY, maxWidth: area.width, style: CellStyle(color: .muted))
        for (offset, line) in detail.prefix(detailHeight - 1).enumerated() {
            _ = buffer.put(line, x: area.x + 1, y: ruleY + 1 + offset, maxWidth: area.width - 2)
        }
    }

    private func detailLines(_ item: ChecklistItem, width: Int, language: Language) -> [String] {
        var lines = ("\(item.id) " + item.text.text(language)).wrapped(toWidth: width)
        if item.allowsNA {
            lines.append(UIText.checklistItemAllowsNA(language))
        }
        if let points = item.points {
            lines.append(UIText.checklistItemPoints(points.plainText)(language))
        }
        for field in item.evidence {
            var text = "・" + field.label.text(language)
            switch field.content {
            case .text: break
            case .options(let options):
                let choices = options.choices.map { "\($0.id) \($0.label.text(language))" }.joined(separator: UIText.choiceSeparator(language))
                text += UIText.checklistOptionsField(minimum: options.minimum, choices: choices)(language)
            case .yearFigures(let table):
                let columns = table.columns.map { "\($0.label.text(language))(\($0.unit.text(language)))" }.joined(separator: UIText.listSeparator(language))
                text += UIText.checklistYearFiguresField(years: table.rows, columns: columns)(language)
            case .headcountByGender:
                text += UIText.checklistHeadcountField(language)
            case .sdgGoals:
                text += UIText.checklistSDGField(language)
            }
            lines += text.wrapped(toWidth: width)
        }
        return lines
    }
}
