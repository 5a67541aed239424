import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A tmux session running a command, for end-to-end tests of the real terminal program:
/// keys go in with send-keys, the screen comes out with capture-pane.
final class TmuxSession {
    let name: String
    private let socket: String

    init(command: String, width: Int = 80, height: Int = 24) throws {
        name = "nintei-e2e-\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (`send-keys -l`), as an input method would deliver it.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Sends raw bytes (`send-keys -H`), e.g. invalid UTF-8, as a broken terminal might.
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Ends the session as a dropped connection does: the pane's processes get SIGHUP.
    func killSession() throws {
        try tmux(["kill-session", "-t", name])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The screen as text (empty when tmux cannot be asked).
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", name])) ?? ""
    }

    /// The hardware cursor's column and row, as the terminal shows it.
    func cursor() -> (x: Int, y: Int)? {
        guard let text = try? tmux(["display-message", "-p", "-t", name, "#{cursor_x},#{cursor_y}"]) else { return nil }
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    /// Waits until the screen shows `text`; returns the screen, or nil after the timeout.
    func waitFor(_ text: String, timeout: TimeInterval = patience) -> String? {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `shows`; returns the screen, or nil after the timeout.
    /// A frame reaches tmux in pieces, top to bottom: a test that looks at more than one line
    /// waits for all of it, not for its first line to show.
    func waitUntil(timeout: TimeInterval = patience, _ shows: (String) -> Bool) -> String? {
        var current = ""
        return eventually(within: timeout) { current = screen(); return shows(current) } ? current : nil
    }

    /// Waits until the screen shows `text`; when it does not come, records `step` as what hung,
    /// with the screen as it is. Returns the screen, or nil.
    @discardableResult
    func expectScreen(_ text: String, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        expectScreen("\(step) (\"\(text)\")", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `shows`; when it does not, records `step` with the screen.
    @discardableResult
    func expectScreen(_ step: String, sourceLocation: SourceLocation = #_sourceLocation, until shows: (String) -> Bool) -> String? {
        if let shown = waitUntil(shows) { return shown }
        Issue.record("\(step): not shown in \(Int(patience)) s:\n\(screen())", sourceLocation: sourceLocation)
        return nil
    }

    /// Waits until the screen shows `text` or any of `others` (a refusal instead of the
    /// evidence awaited); returns the screen, or nil after the timeout.
    func waitFor(_ text: String, orAnyOf others: [String], timeout: TimeInterval = patience) -> String? {
        waitUntil(timeout: timeout) { shown in shown.contains(text) || others.contains(where: shown.contains) }
    }

    /// Waits until the hardware cursor is at column `x`, row `y` (it moves after the frame is
    /// drawn); when it does not get there, records `step` with where it is.
    func expectCursor(x: Int, y: Int, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if eventually({ cursor().map { $0 == (x, y) } ?? false }) { return }
        Issue.record("\(step): the cursor is at \(String(describing: cursor())), not (\(x), \(y)):\n\(screen())", sourceLocation: sourceLocation)
    }

    /// Runs tmux on this session's own server and waits for it with waitpid. (Foundation's
    /// Process did not reap the tmux client here once the client had forked the server.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // Only capture-pane's output is read; the server forked by the first command must not
        // hold anything of ours open.
        let capturing = arguments.first == "capture-pane" || arguments.first == "display-message"
        posix_spawn_file_actions_addopen(&actions, 1, capturing ? outputFile : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = ["tmux", "-S", socket] + arguments
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = withUnblockedSignals { attributes in posix_spawnp(&pid, "tmux", &actions, &attributes, cArguments, cEnvironment) }
        guard spawned == 0 else { throw TmuxError.cannotStart(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return capturing ? ((try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "") : ""
    }
}

enum TmuxError: Error {
    case cannotStart(code: Int32)
}
