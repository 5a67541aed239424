import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Maps cell styles to ncurses attributes and colour pairs. Without colours each role keeps
/// its meaning through attributes (bold for accent, warning and error; dim for muted). NO_COLOR
/// set and not empty (no-color.org) turns colours off, as a terminal without them.
struct CursesPalette {
    let usesColor: Bool

    /// Call after the screen is initialised.
    init() {
        guard TerminalEnvironment.colorAllowed(noColor: getenv("NO_COLOR").map { String(cString: $0) }), has_colors() else {
            usesColor = false
            return
        }
        start_color()
        let background = use_default_colors() == OK ? Int16(-1) : Int16(COLOR_BLACK)
        for (index, role) in ColorRole.allCases.enumerated() {
            if let foreground = Self.foreground(of: role) {
                init_pair(Int16(index), foreground, background)
            }
        }
        usesColor = true
    }

    func attributes(for style: CellStyle) -> (attributes: attr_t, pair: Int16) {
        var attributes = nintei_attr_normal()
        if style.bold { attributes |= nintei_attr_bold() }
        if style.reverse { attributes |= nintei_attr_reverse() }
        if style.underline { attributes |= nintei_attr_underline() }
        if style.color == .muted { attributes |= nintei_attr_dim() }
        guard usesColor else {
            if [.accent, .warning, .error].contains(style.color) { attributes |= nintei_attr_bold() }
            return (attributes, 0)
        }
        let hasPair = Self.foreground(of: style.color) != nil
        return (attributes, hasPair ? Int16(ColorRole.allCases.firstIndex(of: style.color)!) : 0)
    }

    private static func foreground(of role: ColorRole) -> Int16? {
        switch role {
        case .normal, .muted: return nil
        case .accent: return Int16(COLOR_CYAN)
        case .success: return Int16(COLOR_GREEN)
        case .warning: return Int16(COLOR_YELLOW)
        case .error: return Int16(COLOR_RED)
        }
    }
}
