import NinteiCore
import NinteiTerminal

/// The checklist versions this office works with and the rules of the one selected; Enter
/// opens it in the checklist viewer. Every role may read it.
final class ChecklistVersionsScreen: Screen {
    private let library: ChecklistLibrary
    private(set) var selected = 0

    init(library: ChecklistLibrary) {
        self.library = library
    }

    var title: LocalizedText { UIText.checklistVersionsTitle }

    enum Action: String, ScreenActionSet {
        static let namespace = "versions"
        case open
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.enter], Action.open, label: UIText.open(language)),
            bind([.escape, .backspace], Navigation.back, label: UIText.back(language)),
            bind([.up, .character("k")], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.down(language), statusBar: false),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .open: return .open(ChecklistScreen(checklist: library.checklists[selected]))
        }
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        switch move {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(library.checklists.count - 1, selected + 1)
        case .back: return .back
        case .pageUp, .pageDown, .top, .bottom: break
        }
        return .stay
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        var row = area.y + 1
        let left = area.x + 2
        let width = area.width - 4
        func line(_ text: String, style: CellStyle = .plain, indent: Int = 0) {
            guard row < area.y + area.height else { return }
            _ = buffer.put(text.truncated(toWidth: width - indent), x: left + indent, y: row, maxWidth: width - indent, style: style)
            row += 1
        }
        let ja = language == .ja
        line(UIText.checklistVersions(language), style: CellStyle(bold: true))
        for (index, checklist) in library.checklists.enumerated() {
            let marker = index == selected ? "▶ " : "  "
            let counts = UIText.checklistCounts(sections: checklist.sections.count, items: checklist.items.count)(language)
            let text = marker + checklist.id.padded(toWidth: 14) + counts.padded(toWidth: ja ? 12 : 24) + scoringName(checklist, language)
            line(text.padded(toWidth: width), style: index == selected ? CellStyle(reverse: true) : .plain)
        }
        row += 1
        let checklist = library.checklists[selected]
        line(checklist.title.text(language), style: CellStyle(bold: true))
        line(UIText.certificationRule(language), style: CellStyle(bold: true))
        for rule in RuleSummary.lines(checklist, language: language) {
            for (index, wrappedLine) in rule.wrapped(toWidth: width - 3).enumerated() {
                line((index == 0 ? "・" : "  ") + wrappedLine, indent: 1)
            }
        }
    }
}

private func scoringName(_ checklist: Checklist, _ language: Language) -> String {
    switch checklist.scoring.method {
    case .perSectionHalf: return UIText.checklistPerSectionScoring(language)
    case .points: return UIText.checklistPointsScoring(language) + (checklist.toConfirm.isEmpty ? "" : UIText.checklistPlaceholderPoints(language))
    }
}

/// The rule of a checklist version in a few plain sentences.
enum RuleSummary {
    static func lines(_ checklist: Checklist, language: Language) -> [String] {
        var lines: [String] = []
        switch checklist.scoring.method {
        case .perSectionHalf(let needed):
            lines.append(UIText.ruleSectionPassesAtHalf(language))
            lines.append(UIText.ruleQualifiesWithSections(needed, of: checklist.sections.count)(language))
        case .points(let passMark):
            lines.append(UIText.ruleQualifiesWithPoints(passMark.plainText)(language))
        }
        for declaration in checklist.declarations where declaration.requiredToQualify {
            lines.append(UIText.ruleDeclarationRequired(declaration.label)(language))
        }
        if checklist.items.contains(where: \.allowsNA), checklist.scoring.naPolicy == .excludeFromCount {
            lines.append(UIText.ruleNAExcluded(language))
        }
        let minimums = Set(checklist.items.compactMap { $0.optionsField?.minimum })
        if let minimum = minimums.sorted().first, minimums.count == 1 {
            lines.append(UIText.ruleOptionsMinimum(minimum)(language))
        }
        for note in checklist.toConfirm.prefix(2) {
            lines.append("⚠ " + note.note.text(language))
        }
        return lines
    }
}
