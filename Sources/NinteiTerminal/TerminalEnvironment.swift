import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The checks before taking over the screen.
public enum TerminalEnvironment {
    /// The value of TERM, if stdin and stdout are a terminal that can run a full-screen program.
    static func terminalName() throws -> String {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty, term != "dumb" else {
            throw TerminalError.unsupportedTerminal(term: term)
        }
        return term
    }

    /// Whether the screens may use colour: not when NO_COLOR is set and not empty (no-color.org;
    /// an empty NO_COLOR counts as unset).
    public static func colorAllowed(noColor: String?) -> Bool {
        guard let noColor else { return true }
        return noColor.isEmpty
    }

    /// Adopts the user's locale so ncurses reads and writes UTF-8, falling back to C.UTF-8
    /// when the user's locale is not UTF-8 (LANG=C, or unset).
    static func adoptUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if localeIsUTF8 { return }
        setlocale(LC_CTYPE, "C.UTF-8")
        guard localeIsUTF8 else { throw TerminalError.noUTF8Locale }
    }

    private static var localeIsUTF8: Bool {
        guard let codeset = nintei_codeset() else { return false }
        return String(cString: codeset).uppercased().filter { $0 != "-" } == "UTF8"
    }
}
