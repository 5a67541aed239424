import Foundation
import NinteiCore
#if canImport(Glibc)
import Glibc
#endif

/// "n/N" and the time left of a long command, on one line of standard error redrawn in place;
/// nothing at all when standard error is not a terminal (a pipe, a file, a test's capture).
public final class ProgressLine {
    private let language: Language
    private let isTerminal: Bool
    private let write: (String) -> Void
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    public init(
        language: Language, isTerminal: Bool = isatty(STDERR_FILENO) != 0,
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.language = language
        self.isTerminal = isTerminal
        self.write = write
        started = clock.now
    }

    /// Draws `done` of `total`, at most ten times a second, and always the last; the line is
    /// ended when all are done.
    public func update(_ done: Int, _ total: Int) {
        guard isTerminal, total > 0 else { return }
        let now = clock.now
        if done < total, let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        var line = "\r\u{1B}[K\(done)/\(total)"
        if done > 0, done < total {
            let elapsed = now - started
            let left = elapsed * Double(total - done) / Double(done)
            let time = Self.timeLeft(seconds: Int(left.components.seconds), language)
            line += UIText.progressTimeLeft(time)(language)
        }
        drawn = done < total
        write(line + (done == total ? "\n" : ""))
    }

    /// Clears a line drawn and not yet ended, before other output goes to the terminal.
    public func clear() {
        guard isTerminal, drawn else { return }
        write("\r\u{1B}[K")
        drawn = false
    }

    /// 「42秒」, 「3分」: whole seconds under a minute, else rounded minutes.
    public static func timeLeft(seconds: Int, _ language: Language) -> String {
        let seconds = max(1, seconds)
        if seconds < 60 { return UIText.progressSeconds(seconds)(language) }
        let minutes = (seconds + 30) / 60
        return UIText.progressMinutes(minutes)(language)
    }
}
