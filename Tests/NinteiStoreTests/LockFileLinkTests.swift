import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("The store's lock file")
struct LockFileLinkTests {
    @Test("a symbolic link planted as the .lock file is not followed: the store refuses to open and nothing is created where it points")
    func linkIsNotFollowed() throws {
        let fixture = try StoreFixture()
        let lock = fixture.path + ".lock"
        try? FileManager.default.removeItem(atPath: lock)
        let target = fixture.folder.appendingPathComponent("elsewhere.txt").path
        try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: target)
        #expect(throws: StoreError.self) { _ = try fixture.store("officer-user") }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
