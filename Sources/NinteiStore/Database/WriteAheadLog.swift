import GRDB
import GRDBSQLite

/// Keeps the WAL's `-wal` and `-shm` files beside the store after the last writer closes.
/// SQLite can open a WAL database read-only only when those files exist or can be created, so
/// without them a login that may not write the folder (a browser, a file chmod 444 in a
/// read-only folder) could not read the store at all.
enum WriteAheadLog {
    static func keepFiles(_ db: Database) {
        var persist: CInt = 1
        _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        // With a size limit, the kept -wal file is emptied when the last writer closes.
        try? db.execute(sql: "PRAGMA journal_size_limit = 4194304")
    }

    static let missingFilesHint =
        "the store's -wal and -shm files are missing and this folder cannot be written; "
        + "an officer opening the store once with this version creates them / "
        + "-wal・-shm ファイルがなく、このフォルダに書き込めません。事務局がこの版で一度開くと作られます"
}

extension Store {
    /// Runs `body`, a large import, with the writer set for it:
    /// - checkpointing only when the log passes 256 MiB, then once at the end. An import commits
    ///   a batch at a time, and each commit past SQLite's 1 000 pages copied the log into the
    ///   store file and flushed it (with 500 files a batch at 100 000 cases, 1.3 s of flushes in
    ///   7 s; 10 000 files write about 270 MB of log). Committed batches stay in the log, as safe
    ///   as in the file, until then; a killed import leaves them for the next opener. The bound
    ///   keeps a large import from holding gigabytes of log on the store's disk.
    /// - the journal of each case's savepoint in memory (`temp_store`), not in a temporary file:
    ///   it holds the pages a case touches before it touches them (a few dozen), and writing
    ///   them to a file took a quarter of the import's system time.
    public func bulkImporting<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        guard mode == .readWrite else { return try body() }
        try? pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.deferredCheckpointPages)")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        defer {
            try? pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA temp_store = DEFAULT")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")  // SQLite's default
                _ = try db.checkpoint(.passive)
            }
        }
        return try body()
    }

    /// 256 MiB of 4 KiB pages.
    static let deferredCheckpointPages = 65_536
}
