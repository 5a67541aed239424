import NinteiCore
import NinteiTerminal

/// What a screen asks the app to do after a key.
enum ScreenAction {
    case stay
    case open(any Screen)
    /// Leave this screen for another one in its place (a finished "new case" form opens the case;
    /// Esc from there goes to where the form was opened from).
    case replace(any Screen)
    case back
    case quit
    /// Stay, and show this on the status line until the next key (why a key was refused).
    case say(LocalizedText)
    /// Show a dialog over this screen: it takes every key (but Ctrl-C, which still quits) until
    /// it is answered; what `then` returns for the answer is done next. `saying` is shown on
    /// the status line under it until the next key.
    case ask(Dialog, saying: LocalizedText? = nil, then: (Dialog.Result) -> ScreenAction)

    /// A message or an error in a dialog, closed by any answer.
    static func show(_ dialog: Dialog, saying text: LocalizedText? = nil) -> ScreenAction {
        .ask(dialog, saying: text) { _ in .stay }
    }
}

extension KeyOutcome {
    /// What a widget's answer to a key means for the screen: it stays on a used key, says why
    /// on a refused one; nil when the widget left the key to the screen.
    var screenAction: ScreenAction? {
        switch self {
        case .handled: return .stay
        case .ignored: return nil
        case .refused(let refusal): return .say(UIText.refusal(refusal))
        }
    }
}

/// A screen: its state, its key bindings, how it draws (a function of state and size) and
/// what its actions do. Screens write to a cell buffer, never to the terminal.
protocol Screen: AnyObject {
    /// What the screen's keys do, one case each: its bindings name them (`bind`) and
    /// `perform` switches over them, so the compiler checks that every one is handled.
    associatedtype Action: ScreenActionSet
    var title: LocalizedText { get }
    /// The screen's key bindings, labelled in the user's language.
    func bindings(_ language: Language) -> [KeyBinding]
    /// Draws the body into `area` of the buffer (the app draws the title and status bars, and
    /// a dialog over the body). `focused` is false under a dialog: nothing below looks typed into.
    /// Drawing reads no store: what shows is read when the screen becomes current or a key changes it.
    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool)
    func perform(_ action: Action) -> ScreenAction
    /// A move through what the screen shows, or leaving it (`Navigation`): back by default.
    func navigate(_ move: Navigation) -> ScreenAction
    /// Offered every key before the bindings, so the focused widget takes what it uses ("q"
    /// typed into a field, Tab inside a table); nil lets the bindings have it.
    func handle(_ key: Key) -> ScreenAction?
    /// True while the focused field takes typed text: the status bar then offers F1 and Ctrl-C
    /// for help and quit, since "?" and "q" type themselves.
    var focusTakesText: Bool { get }
    /// Where the hardware cursor belongs in the body `area` (so an input method's candidate
    /// window opens at the insertion point); nil hides it.
    func cursorPosition(in area: CellRect) -> CellPosition?
    /// The screen is shown as the current one: opened, or uncovered again by back or replace.
    /// What may have changed meanwhile is read here; what it returns is done at once (a
    /// question to ask on arrival).
    func becameCurrent() -> ScreenAction
    /// The body the screen is drawn into from now on (before its first frame in the shell, and
    /// after the terminal changed size): a screen that reads rows a screenful at a time reads
    /// those this size shows here, not in `draw`.
    func resized(to body: CellRect)
    /// True when a read the screen began on another thread (`BackgroundRead`) has ended and
    /// `takeArrivals()` would take it in; asked while the shell waits for a key.
    var hasArrivals: Bool { get }
    /// Takes in what reads begun on another thread have brought (the shell calls it before
    /// each frame).
    func takeArrivals()
    /// Waits for the reads begun on another thread and takes them in (before each frame on a
    /// scripted terminal, whose frames then do not depend on how fast those reads were).
    func waitForArrivals()
    /// The screen is about to be left (back, quit, terminal closed): keep what is being typed.
    func willLeave()
    /// Lines for the help under the bindings: keys the widgets take themselves, what marks mean.
    func helpNotes(_ language: Language) -> [String]
}

extension Screen {
    /// Keys bound to one of this screen's actions.
    func bind(_ keys: [Key], _ action: Action, label: String, statusBar: Bool = true, disabledReason: String? = nil) -> KeyBinding {
        KeyBinding(keys, action.name, label: label, statusBar: statusBar, disabledReason: disabledReason)
    }

    /// Keys bound to a move (`navigate`).
    func bind(_ keys: [Key], _ move: Navigation, label: String, statusBar: Bool = true, disabledReason: String? = nil) -> KeyBinding {
        KeyBinding(keys, move.name, label: label, statusBar: statusBar, disabledReason: disabledReason)
    }

    /// Does what a binding's stable name says (`form.nextField`, `nav.back`): how the shell and
    /// the tests press an action by name.
    func perform(_ name: String) -> ScreenAction {
        if let move = Navigation(name: name) { return navigate(move) }
        guard let action = Action(name: name) else {
            assertionFailure("\(Self.self) has no action \(name)")
            return .stay
        }
        return perform(action)
    }

    func navigate(_ move: Navigation) -> ScreenAction { move == .back ? .back : .stay }
    func handle(_ key: Key) -> ScreenAction? { nil }
    var focusTakesText: Bool { false }
    func cursorPosition(in area: CellRect) -> CellPosition? { nil }
    func becameCurrent() -> ScreenAction { .stay }
    func resized(to body: CellRect) {}
    var hasArrivals: Bool { false }
    func takeArrivals() {}
    func waitForArrivals() {}
    func willLeave() {}
    func helpNotes(_ language: Language) -> [String] { [] }
}
