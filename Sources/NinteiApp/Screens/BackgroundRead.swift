import Foundation
import NinteiStore

/// A read of the store on another thread, so the key that asked for it does not wait: the
/// screen starts it, shows what it has meanwhile, and takes the result in when the shell asks
/// (`Screen.takeArrivals()`, after each key and when the terminal wakes for it). The store reads
/// through its pool of readers (or another request to the office server) beside the screen's own.
final class BackgroundRead<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<Value, StoreError>?
    private let running = DispatchGroup()

    init(_ work: @escaping @Sendable () throws(StoreError) -> Value) {
        running.enter()
        // A thread of its own, at a lower priority for its whole life: on a machine of two
        // cores, a long count must give way to the thread answering keys. (A pooled thread
        // could not be given its priority back: raising it again needs privileges.)
        let thread = Thread { [self] in
            Self.lowerThisThreadsPriority()
            let result: Result<Value, StoreError>
            do throws(StoreError) {
                result = .success(try work())
            } catch {
                result = .failure(error)
            }
            lock.withLock { outcome = result }
            running.leave()
        }
        thread.name = "nintei background read"
        thread.start()
    }

    /// At least nice 10 for the calling thread, never a higher priority than it had (it starts
    /// with its creator's): on Linux a thread's nice value is its own, and "0" names the calling
    /// thread (man 2 setpriority, "Bugs").
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0, current < 10 else { return }
        _ = setpriority(which, 0, 10)
        #endif
    }

    /// What the read gave once it has ended; nil while it runs.
    var result: Result<Value, StoreError>? {
        lock.withLock { outcome }
    }

    /// Waits until the read has ended (for tests, which wait for evidence, not for a time).
    func waitUntilEnded() {
        running.wait()
    }
}
