import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Restores the terminal when the process is told to stop (SIGINT, SIGTERM, SIGHUP) or exits
/// without closing the backend, so the shell is never left in raw mode.
enum TerminalSignals {
    /// Read by the signal handler, hence a plain global flag rather than anything locked.
    nonisolated(unsafe) static var cursesActive = false
    nonisolated(unsafe) private static var installed: [Int32] = []
    nonisolated(unsafe) private static var exitHandlerRegistered = false

    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers for signals that still have their default action (an ignored
    /// SIGHUP under nohup stays ignored). Call before `newterm`, so ncurses keeps its hands off.
    static func install() {
        for number in handled where nintei_signal_is_default(number) != 0 {
            signal(number, restoreTerminalAndReraise)
            installed.append(number)
        }
        if !exitHandlerRegistered {
            exitHandlerRegistered = true
            atexit { if TerminalSignals.cursesActive { endwin() } }
        }
    }

    static func uninstall() {
        for number in installed {
            signal(number, SIG_DFL)
        }
        installed = []
    }
}

/// endwin is not formally async-signal-safe, but it is what ncurses's own handlers call; the
/// signal is then delivered again with its default action, so the exit status says which one.
private func restoreTerminalAndReraise(_ number: Int32) {
    if TerminalSignals.cursesActive {
        endwin()
    }
    signal(number, SIG_DFL)
    raise(number)
}
