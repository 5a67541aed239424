import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The store's files as this process opened them (device and inode of the database, its
/// `-wal` and its `-shm`). SQLite keeps writing into a file that was deleted or replaced under
/// it, and reports success: a commit into a deleted `-wal` is lost without a word. Comparing
/// the names with what is open before and after each operation turns that into a refusal.
struct StoreFiles: Sendable {
    struct FileID: Sendable, Equatable {
        let device: UInt64
        let inode: UInt64

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    let path: String
    let database: FileID?
    let log: FileID?
    let shared: FileID?

    /// What is at the store's names now; a file that does not exist yet is not watched.
    init(path: String) {
        self.path = path
        database = FileID(path: path)
        log = FileID(path: path + "-wal")
        shared = FileID(path: path + "-shm")
    }

    /// The first of the store's files that is no longer the one opened, or nil.
    func firstChanged() -> String? {
        for (suffix, opened) in [("", database), ("-wal", log), ("-shm", shared)] {
            guard let opened else { continue }
            if FileID(path: path + suffix) != opened { return path + suffix }
        }
        return nil
    }
}

/// Whether this process may go on using the store: once its files vanished or it was found
/// damaged, every later operation is refused with that reason, so nothing more is written
/// into a store that is no longer there or no longer whole.
final class StoreHealth: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped: StoreError?

    var stopReason: StoreError? {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func stop(_ reason: StoreError) {
        lock.lock()
        defer { lock.unlock() }
        if stopped == nil { stopped = reason }
    }
}
