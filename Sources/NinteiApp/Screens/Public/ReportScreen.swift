import NinteiCore
import NinteiTerminal

/// A page of text to read (a carry-over report, what changed): ↑ ↓ PgUp PgDn scroll, Esc goes
/// back, and at most one further action the opener gives (open the new draft).
final class ReportScreen: Screen {
    /// The opener's further action: its key, label and what it does.
    struct Offer {
        let key: Key
        let label: LocalizedText
        let perform: () -> ScreenAction
    }

    enum Action: String, ScreenActionSet {
        static let namespace = "report"
        /// The opener's `Offer` (open the new draft).
        case offered
    }

    let title: LocalizedText
    /// A line in bold above the text (what was done), optional.
    let heading: LocalizedText?
    let body: LocalizedText
    let offer: Offer?
    private var text = ScrollingText()

    init(title: LocalizedText, heading: LocalizedText? = nil, body: LocalizedText, offer: Offer? = nil) {
        self.title = title
        self.heading = heading
        self.body = body
        self.offer = offer
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        var bindings: [KeyBinding] = []
        if let offer { bindings.append(bind([offer.key], Action.offered, label: offer.label(language))) }
        bindings += [
            bind([.up, .character("k")], Navigation.up, label: UIText.scrollUp(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.scrollDown(language), statusBar: false),
            bind([.pageUp], Navigation.pageUp, label: UIText.scrollUp(language), statusBar: false),
            bind([.pageDown, .character(" ")], Navigation.pageDown, label: UIText.scrollDown(language), statusBar: false),
            bind([.escape, .backspace], Navigation.back, label: UIText.back(language)),
        ]
        return bindings
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .offered: return offer?.perform() ?? .stay
        }
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        text.move(move)
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

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        text.draw(lines(language), into: &buffer, area: area)
    }
}
