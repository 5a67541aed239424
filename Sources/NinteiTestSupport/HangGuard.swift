import Foundation

/// Runs `work`; if it has not returned after `limit` seconds, ends the test process with a
/// message naming `what`. A test whose own thread hangs can never record an issue, and a timed
/// assertion fails on a busy machine without any defect: this limit is minutes, so it only
/// catches a real hang, and says what hung. How fast things are is measured by `make bench`.
public func failIfHung<Value>(_ what: String, after limit: TimeInterval = 300, _ work: () throws -> Value) rethrows -> Value {
    let finished = DispatchSemaphore(value: 0)
    let watcher = Thread {
        if finished.wait(timeout: .now() + limit) == .timedOut {
            FileHandle.standardError.write(Data("\nHUNG: \(what) did not finish in \(Int(limit)) s; ending the test run.\n".utf8))
            exit(1)
        }
    }
    watcher.start()
    defer { finished.signal() }
    return try work()
}
