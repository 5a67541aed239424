/// A key press (or a terminal event that arrives like one).
public enum Key: Sendable, Hashable {
    /// Typed or pasted text, one grapheme cluster (a whole "が" or "👍🏽").
    case character(Character)
    /// Control plus a key, lowercase: `.ctrl("s")`. Ctrl-Space is `.ctrl(" ")`.
    case ctrl(Character)
    case enter, tab, backTab, backspace, delete, insert, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// The terminal changed size: read the new size and lay out again.
    case resize
    /// No key: the backend stopped waiting because work begun on another thread has finished
    /// (`TerminalBackend.readKey(wakingWhen:)`): take it in and draw again.
    case wake
}

extension Key: CustomStringConvertible {
    /// A short name for key hints and help: "Enter", "Ctrl-S", "F5", "↑".
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .ctrl(" "): return "Ctrl-Space"
        case .ctrl(let character): return "Ctrl-" + character.uppercased()
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .escape: return "Esc"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        case .resize: return "Resize"
        case .wake: return "Wake"
        }
    }
}
