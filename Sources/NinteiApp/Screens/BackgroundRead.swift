import Foundation
import NinteiStore

/// A read of the store on another thread, so the key that asked for it does not wait: the
/// screen starts it, shows what it has meanwhile, and takes the result in when the shell asks
/// (`Screen.takeArrivals()`, after each key and when the terminal wakes for it). The store reads
/// through its pool of readers (or another request to the office server) beside the screen's own;
/// reads begun by several screens run one after another (`BackgroundReader`).
final class BackgroundRead<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<Value, StoreError>?
    private let running = DispatchGroup()

    init(_ work: @escaping @Sendable () throws(StoreError) -> Value) {
        running.enter()
        // A read the screen let go of before its turn (a new query, Home while counting) is not
        // made: only the read holds itself while it runs.
        BackgroundReader.shared.run { [weak self, running] in
            defer { running.leave() }
            guard let self else { return }
            let result: Result<Value, StoreError>
            do throws(StoreError) {
                result = .success(try work())
            } catch {
                result = .failure(error)
            }
            lock.withLock { outcome = result }
        }
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

/// The thread background reads run on, one after another, at a lower priority (nice 10) for
/// its whole life: on a machine of two cores, a long count gives way to the thread answering
/// keys. One thread, made once: a pooled thread could not be given its priority back (raising
/// it again needs privileges), and a thread a read would hold memory of its own each.
private final class BackgroundReader: @unchecked Sendable {
    static let shared = BackgroundReader()

    private let waiting = NSCondition()
    private var jobs: [@Sendable () -> Void] = []

    private init() {
        let thread = Thread { [self] in
            Self.lowerThisThreadsPriority()
            while true { nextJob()() }
        }
        thread.name = "nintei background reads"
        thread.start()
    }

    func run(_ job: @escaping @Sendable () -> Void) {
        waiting.withLock {
            jobs.append(job)
            waiting.signal()
        }
    }

    private func nextJob() -> @Sendable () -> Void {
        waiting.withLock {
            while jobs.isEmpty { waiting.wait() }
            return jobs.removeFirst()
        }
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
}
