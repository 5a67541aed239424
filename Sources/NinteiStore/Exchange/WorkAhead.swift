import Dispatch

/// Work started on another thread now, its value taken later (waiting for it if it is not
/// done yet): the import reads the next batch of files, and prepares the next cases of a batch,
/// while the one thread that may write writes.
public final class WorkAhead<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let finished = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.finished.signal()
        }
    }

    /// The work's value; the first call waits for it (the semaphore orders `result`'s write
    /// before this read).
    public var value: Value {
        finished.wait()
        finished.signal()
        return result!
    }
}
