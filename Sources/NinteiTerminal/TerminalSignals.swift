import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// What happens when the process is told to stop (SIGHUP: the SSH session dropped; SIGTERM;
/// SIGINT from `kill`, since Ctrl-C in the raw terminal arrives as a key): the handler only
/// notes the signal, the key loop sees it (`NcursesBackend.readKey` returns nil within
/// `pollMilliseconds`), the app leaves every screen, which saves the field being typed, the
/// terminal is given back, and then the process ends with the signal's own status
/// (`endProcessIfStopped`). A second signal while that runs restores the terminal and ends
/// the process at once. Exiting without closing the backend restores the terminal too.
public enum TerminalSignals {
    /// Read by the signal handler, hence a plain global flag rather than anything locked.
    nonisolated(unsafe) static var cursesActive = false
    /// The signal that asked the process to stop, 0 while none has.
    nonisolated(unsafe) static var stopRequested: Int32 = 0
    nonisolated(unsafe) private static var installed: [Int32] = []
    nonisolated(unsafe) private static var exitHandlerRegistered = false

    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// How long the key loop waits for a key before it looks at `stopRequested` again (a
    /// signal that arrives between two reads does not interrupt the next one).
    static let pollMilliseconds: Int32 = 200

    /// The signal that asked the process to stop, if one has.
    public static var pendingStop: Int32? { stopRequested == 0 ? nil : stopRequested }

    /// Installs the handlers for signals that still have their default action (an ignored
    /// SIGHUP under nohup stays ignored). Call before `newterm`, so ncurses keeps its hands off.
    static func install() {
        for number in handled where nintei_signal_is_default(number) != 0 {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = noteStop
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns EINTR at once
            sigaction(number, &action, nil)
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

    /// After the app has saved and closed the terminal: ends the process with the signal that
    /// asked it to stop, so the exit status says which (143 for SIGTERM, 129 for SIGHUP).
    public static func endProcessIfStopped() {
        guard let number = pendingStop else { return }
        signal(number, SIG_DFL)
        raise(number)
    }
}

/// The first signal is noted for the key loop; a second one restores the terminal and is
/// delivered again with its default action. endwin is not formally async-signal-safe, but it
/// is what ncurses's own handlers call.
private func noteStop(_ number: Int32) {
    if TerminalSignals.stopRequested == 0 {
        TerminalSignals.stopRequested = number
        return
    }
    if TerminalSignals.cursesActive {
        endwin()
    }
    signal(number, SIG_DFL)
    raise(number)
}
