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
        DispatchQueue.global(qos: .userInitiated).async(group: running) { [self] in
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
