import Foundation
@testable import NinteiApp
import NinteiStore
import Testing

@Suite("Reads on another thread")
struct BackgroundReadTests {
    @Test("a background read runs at a lower priority than the keys' thread, which keeps its own")
    func givesWayToKeys() throws {
        #if os(Linux)
        errno = 0
        let before = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let read = BackgroundRead { () throws(StoreError) -> Int32 in getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        read.waitUntilEnded()
        let during = try #require(try read.result?.get())
        #expect(during >= max(before, 10), "the read ran at nice \(during); this thread is at \(before)")
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == before, "the calling thread's priority is unchanged")
        #endif
    }

    @Test("what the read gives, or the store's refusal, arrives whole")
    func arrives() throws {
        let counted = BackgroundRead { () throws(StoreError) -> Int in 42 }
        counted.waitUntilEnded()
        #expect(try counted.result?.get() == 42)
        let refused = BackgroundRead { () throws(StoreError) -> Int in throw StoreError.notAStore(path: "/x", detail: "test") }
        refused.waitUntilEnded()
        guard case .failure(.notAStore(let path, _))? = refused.result else {
            Issue.record("expected the refusal, got \(String(describing: refused.result))")
            return
        }
        #expect(path == "/x")
    }

    @Test("a read let go of before its turn is not made; reads run one after another")
    func droppedReadIsNotMade() throws {
        let release = DispatchSemaphore(value: 0)
        let made = Counter()
        let first = BackgroundRead { () throws(StoreError) -> Int in
            release.wait()
            return made.add()
        }
        var dropped: BackgroundRead<Int>? = BackgroundRead { () throws(StoreError) -> Int in made.add() }
        #expect(dropped != nil)
        dropped = nil
        release.signal()
        first.waitUntilEnded()
        let last = BackgroundRead { () throws(StoreError) -> Int in made.add() }
        last.waitUntilEnded()
        #expect(try first.result?.get() == 1)
        #expect(try last.result?.get() == 2, "the read let go of was not made")
    }
}

/// A count shared between threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
