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
}
