import Foundation
#if canImport(Glibc)
import Glibc
#endif

// MARK: Process start to first frame, on a pty

/// The real `nintei` (the release build beside this program) started on a pseudo-terminal by
/// `script`, as a user starts it: the time from spawning it to its first frame's text (the
/// title bar's "Nintei") arriving on the terminal. Process start, loading the data folder,
/// opening the store, ncurses and the home screen are all inside. nil when it cannot be run.
@MainActor func launchSamples(count: Int) -> (samples: [Double], note: String?) {
    let nintei = ((CommandLine.arguments[0] as NSString).deletingLastPathComponent as NSString).appendingPathComponent("nintei")
    guard FileManager.default.isExecutableFile(atPath: nintei) else { return ([], "Launch not measured: \(nintei) is missing (make bench builds it).") }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return ([], "Launch not measured: script(1) is missing (util-linux).") }
    let command = [nintei, "--db", dbPath, "--data", dataPath].map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    var samples: [Double] = []
    for _ in 0..<count {
        guard let elapsed = firstFrame(command: command) else {
            return (samples, "Launch: the first frame did not arrive within 10 s in one run; \(samples.count) runs measured.")
        }
        samples.append(elapsed)
    }
    return (samples, nil)
}

/// Milliseconds from spawning `script -c command` to "Nintei" in what the pty shows; the
/// program is then ended (its pty closed, SIGTERM to script).
@MainActor private func firstFrame(command: String) -> Double? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qfec", command, "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["COLUMNS"] = "80"
    environment["LINES"] = "24"
    process.environment = environment
    let output = Pipe()
    let input = Pipe()  // kept open: the app waits for keys rather than seeing the input end
    process.standardOutput = output
    process.standardInput = input
    process.standardError = FileHandle.nullDevice
    let start = now()
    guard (try? process.run()) != nil else { return nil }
    defer {
        process.terminate()
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
    let descriptor = output.fileHandleForReading.fileDescriptor
    var seen: [UInt8] = []
    let marker = Array("Nintei".utf8)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while milliseconds(since: start) < 10_000 {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 100) >= 0 else { return nil }
        guard poller.revents != 0 else { continue }
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return nil }
        seen += buffer[0..<count]
        if seen.count >= marker.count, (0...(seen.count - marker.count)).contains(where: { seen[$0..<($0 + marker.count)].elementsEqual(marker) }) {
            return milliseconds(since: start)
        }
    }
    return nil
}
