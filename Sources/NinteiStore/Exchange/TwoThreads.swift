import Foundation

/// Pure work on each element of a batch, on two threads (each its half) when the batch is
/// large enough to be worth the second, the results in the elements' order. The import reads
/// and evaluates its documents this way before the write lock is taken, and the CSV export
/// makes its rows.
enum TwoThreads {
    static func map<Element: Sendable, Transformed: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Transformed
    ) -> [Transformed] {
        let results = Slots<Transformed>(elements.count)
        let workers = elements.count >= 64 ? 2 : 1
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in elements.count * worker / workers..<elements.count * (worker + 1) / workers {
                results.slots[index] = transform(elements[index])
            }
        }
        return results.slots.map { $0! }
    }
}

/// The results of one batch, each written by one worker at its own index (a buffer, not an
/// array: two threads writing one array would be two accesses to it).
private final class Slots<Value>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Value?>
    init(_ count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
