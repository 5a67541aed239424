import NinteiCore
import NinteiTerminal

/// A page of text to read (a carry-over report, what changed): ↑ ↓ PgUp PgDn scroll, Esc goes
/// back, and at most one further action the opener gives (open the new draft).
final class ReportScreen: Screen {
    struct Action {
        let key: Key
        let name: String
        let label: LocalizedText
        let perform: () -> ScreenAction
    }

    let title: LocalizedText
    /// A line in bold above the text (what was done), optional.
    let heading: LocalizedText?
    let body: LocalizedText
    let action: Action?
    private var text = ScrollingText()

    init(title: LocalizedText, heading: LocalizedText? = nil, body: LocalizedText, action: Action? = nil) {
        self.title = title
        self.heading = heading
        self.body = body
        self.action = action
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        var bindings: [KeyBinding] = []
        if let action { bindings.append(KeyBinding([action.key], action.name, label: action.label(language))) }
        bindings += [
            KeyBinding([.up, .character("k")], "report.up", label: UIText.scrollUp(language), statusBar: false),
            KeyBinding([.down, .character("j")], "report.down", label: UIText.scrollDown(language), statusBar: false),
            KeyBinding([.pageUp], "report.pageUp", label: UIText.scrollUp(language), statusBar: false),
            KeyBinding([.pageDown, .character(" ")], "report.pageDown", label: UIText.scrollDown(language), statusBar: false),
            KeyBinding([.escape, .backspace], "report.back", label: UIText.back(language)),
        ]
        return bindings
    }

    func perform(_ name: String) -> ScreenAction {
        switch name {
        case "report.up": text.scroll(by: -1)
        case "report.down": text.scroll(by: 1)
        case "report.pageUp": text.scroll(by: -10)
        case "report.pageDown": text.scroll(by: 10)
        case "report.back": return .back
        default:
            if let action, action.name == name { return action.perform() }
        }
        return .stay
    }

    func lines(_ language: Language) -> [ScrollingText.Line] {
        var lines: [ScrollingText.Line] = []
        if let heading { lines += [.heading(heading(language)), .blank] }
        for line in body(language).split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            let indent = text.prefix(while: { $0 == " " }).count
            lines.append(ScrollingText.Line(text: String(text.dropFirst(indent)), indent: indent))
        }
        while lines.last?.text.isEmpty == true { lines.removeLast() }
        return lines
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language) {
        text.draw(lines(language), into: &buffer, area: area)
    }
}
