@testable import NinteiApp
import NinteiCore
import NinteiTerminal
import Testing

/// A whole screen in one small type: its actions, bindings, drawing, a question it asks the
/// shell, and a count of the times it became current.
private final class AskingScreen: Screen {
    enum Action: String, ScreenActionSet {
        static let namespace = "asking"
        case ask, open
    }

    let title = LocalizedText(ja: "質問", en: "Question")
    private(set) var answers: [Dialog.Result] = []
    private(set) var arrivals = 0

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.function(2)], Action.ask, label: "ask"),
            bind([.enter], Action.open, label: "open"),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .ask:
            let dialog = Dialog.confirm(title: "確認", body: "本当に進めますか", confirm: "はい", cancel: "いいえ")
            return .ask(dialog, saying: LocalizedText(ja: "答えてください", en: "Please answer")) { [self] answer in
                answers.append(answer)
                return .stay
            }
        case .open:
            return .open(AskingScreen())
        }
    }

    func becameCurrent() -> ScreenAction {
        arrivals += 1
        return .stay
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        buffer.put(focused ? "typing here" : "under a dialog", x: area.x, y: area.y)
    }
}

@Suite("The shell: dialogs a screen asks for, and telling a screen it is current")
struct AppShellTests {
    @Test("a dialog is drawn over the screen, takes every key but Ctrl-C, and its answer goes back to the screen")
    func dialog() {
        let screen = AskingScreen()
        let shell = AppShell(root: screen, language: .ja)
        #expect(shell.handle(.function(2)))
        let asked = shell.frame(size: TerminalSize(width: 80, height: 24)).render()
        #expect(asked.contains("本当に進めますか"))
        #expect(asked.contains("under a dialog"), "the screen below is drawn without focus")
        #expect(asked.components(separatedBy: "\n").last(where: { !$0.isEmpty })?.contains("答えてください") == true, "what it says is on the status line")
        #expect(shell.cursor(size: TerminalSize(width: 80, height: 24)) != nil, "the cursor is on the focused button")
        #expect(shell.handle(.character("q")), "q does not quit over a dialog")
        #expect(shell.handle(.escape))
        #expect(screen.answers == [.cancelled])
        #expect(shell.shownDialog == nil)
        #expect(shell.current === screen, "Esc answered the dialog; it did not go back")
        _ = shell.handle(.function(2))
        _ = shell.handle(.right)
        _ = shell.handle(.left)
        _ = shell.handle(.enter)
        #expect(screen.answers == [.cancelled, .chosen(0)])
        #expect(shell.frame(size: TerminalSize(width: 80, height: 24)).render().contains("typing here"))
        _ = shell.handle(.function(2))
        #expect(shell.handle(.ctrl("c")) == false, "Ctrl-C still quits")
    }

    @Test("a screen hears when it becomes current: made the root, opened, and uncovered by back")
    func becameCurrent() {
        let root = AskingScreen()
        let shell = AppShell(root: root, language: .ja)
        #expect(root.arrivals == 1)
        _ = shell.handle(.enter)
        let opened = shell.current as? AskingScreen
        #expect(opened?.arrivals == 1)
        _ = shell.handle(.escape)
        #expect(shell.current === root)
        #expect(root.arrivals == 2)
    }

    @Test("actions are pressed by their stable names, moves too")
    func names() {
        let screen = AskingScreen()
        guard case .ask = screen.perform("asking.ask") else {
            Issue.record("asking.ask asks")
            return
        }
        guard case .back = screen.perform("nav.back") else {
            Issue.record("nav.back goes back")
            return
        }
        #expect(screen.bindings(.ja).map(\.action) == ["asking.ask", "asking.open", "nav.back"])
    }
}
