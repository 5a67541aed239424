import Foundation

/// How long a test waits for its evidence (a screen text, a row count, a process gone) before
/// it says what did not come. Minutes, not seconds: a busy machine is slow, a hang is not, and a
/// wait ends as soon as the evidence is there. Speed is measured by `make bench`, not here.
let patience: TimeInterval = 180

/// Polls `condition` until it holds or `limit` seconds pass; whether it held.
func eventually(within limit: TimeInterval = patience, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(limit)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
}
