import NinteiCore
import NinteiTerminal

/// What a screen asks the app to do after a key.
enum ScreenAction {
    case stay
    case open(any Screen)
    case back
    case quit
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
}
