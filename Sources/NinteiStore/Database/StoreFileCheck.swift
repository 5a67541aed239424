import Foundation
import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#endif

/// What a store file says about itself before the store uses it: empty, or cut short of the
/// size its SQLite header gives.
///
/// Never through a descriptor of our own: on Linux, closing any descriptor of a file drops
/// every POSIX lock this process holds on it, including the locks of SQLite connections that
/// are already open (SQLite's "How To Corrupt", §2.2). Emptiness is read with `stat`; the
/// header is read through the connection's own file (`SQLITE_FCNTL_FILE_POINTER`).
enum StoreFileCheck {
    /// "the file is empty" when the file at `path` has 0 bytes; SQLite would open it as a new
    /// database, so a store cut to nothing would look like an empty office.
    static func emptiness(at path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == 0 else { return nil }
        return "the file is empty (0 bytes) / ファイルが空です"
    }

    /// Why the connection's main file cannot be a whole store, or nil when it may be one.
    static func damage(_ db: Database, path: String) -> String? {
        guard let first = header(db) else { return nil }
        guard let expected = first.expectedSize, expected > first.size else { return nil }
        // Pages still in the write-ahead log are read from there (a checkpoint that ran out of
        // disk leaves the file shorter than its header says): only a file alone is judged.
        var log = stat()
        if stat(path + "-wal", &log) == 0, log.st_size > 0 { return nil }
        // A checkpoint of another process may be writing the file right now: look again.
        usleep(100_000)
        guard let again = header(db), let expectedAgain = again.expectedSize, expectedAgain > again.size else { return nil }
        return "the file is cut short: its header gives \(expectedAgain) bytes, it has \(again.size) / ファイルが途中で切れています"
    }

    /// The file's size, and the size its header gives when that count is valid, read through
    /// the connection's open file.
    private static func header(_ db: Database) -> (size: Int, expectedSize: Int?)? {
        var pointer: UnsafeMutableRawPointer?
        guard let connection = db.sqliteConnection,
              sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &pointer) == SQLITE_OK,
              let file = pointer?.assumingMemoryBound(to: sqlite3_file.self),
              let methods = file.pointee.pMethods?.pointee,
              let fileSize = methods.xFileSize, let read = methods.xRead
        else { return nil }
        var size: sqlite3_int64 = 0
        guard fileSize(file, &size) == SQLITE_OK else { return nil }
        var bytes = [UInt8](repeating: 0, count: 100)
        guard size >= 100, read(file, &bytes, 100, 0) == SQLITE_OK else { return (Int(size), nil) }
        guard bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) else { return (Int(size), nil) }
        func integer(_ offset: Int, _ count: Int) -> Int { bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) } }
        let rawPageSize = integer(16, 2)
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pageCount = integer(28, 4)
        // The count is valid only when written by a version that also set "version-valid-for".
        guard pageCount > 0, integer(92, 4) == integer(24, 4) else { return (Int(size), nil) }
        return (Int(size), pageSize * pageCount)
    }
}
