import CNcursesw

/// Turns what `wget_wch` returns into keys.
enum KeyDecoder {
    /// The key for a control character read as text (raw mode delivers Ctrl-C, Enter,
    /// Backspace and Esc this way); nil for printable text.
    static func key(forControl scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 0x09: return .tab
        // Enter sends CR (the terminal is in nonl mode); LF is Ctrl-J, a new line in a
        // multi-line field (the shell takes it as Enter where a screen has no use for it).
        case 0x0D: return .enter
        case 0x0A: return .ctrl("j")
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(scalar.value + 0x40)!))
        default: return nil
        }
    }

    /// Whether a scalar read as text is a control character that is not a key.
    static func isIgnoredControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value)
    }

    /// The key for an ncurses key code (`KEY_*`); nil for codes the app does not use.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
