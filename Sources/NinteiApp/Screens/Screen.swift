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
}

/// A screen: its state, its key bindings, how it draws (a function of state and size) and
/// what its actions do. Screens write to a cell buffer, never to the terminal.
protocol Screen: AnyObject {
    var title: LocalizedText { get }
    /// The screen's key bindings, labelled in the user's language.
    func bindings(_ language: Language) -> [KeyBinding]
    /// Draws the body into `area` of the buffer (the app draws the title and status bars).
    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language)
    func perform(_ action: String) -> ScreenAction
    /// Offered every key before the bindings, so the focused widget takes what it uses ("q"
    /// typed into a field, Tab inside a table); nil lets the bindings have it.
    func handle(_ key: Key) -> ScreenAction?
    /// True while the focused field takes typed text: the status bar then offers F1 and Ctrl-C
    /// for help and quit, since "?" and "q" type themselves.
    var focusTakesText: Bool { get }
    /// Where the hardware cursor belongs in the body `area` (so an input method's candidate
    /// window opens at the insertion point); nil hides it.
    func cursorPosition(in area: CellRect) -> CellPosition?
    /// The screen is about to be left (back, quit, terminal closed): keep what is being typed.
    func willLeave()
    /// Lines for the help under the bindings: keys the widgets take themselves, what marks mean.
    func helpNotes(_ language: Language) -> [String]
}

extension Screen {
    func handle(_ key: Key) -> ScreenAction? { nil }
    var focusTakesText: Bool { false }
    func cursorPosition(in area: CellRect) -> CellPosition? { nil }
    func willLeave() {}
    func helpNotes(_ language: Language) -> [String] { [] }
}
