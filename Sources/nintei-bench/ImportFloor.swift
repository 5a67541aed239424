import Foundation

// MARK: The bare-SQLite floor of an import

/// The same files as `nintei import` read, inserted by the sqlite3 shell into a new database in
/// one transaction, each as a row with its firm's name in an index: what reading the files and
/// writing them with SQLite costs at the least. Seconds, or nil when sqlite3 cannot be run.
@MainActor func bareImportSeconds(folder: String) -> Double? {
    let database = NSTemporaryDirectory() + "nintei-bench-floor-\(getpid()).sqlite"
    for suffix in ["", "-journal", "-wal"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    defer { for suffix in ["", "-journal", "-wal"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
    let quoted = folder.replacingOccurrences(of: "'", with: "''")
    let sql = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE document (id INTEGER PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL);
        CREATE INDEX document_name ON document (name);
        BEGIN;
        INSERT INTO document (name, body)
            SELECT json_extract(CAST(data AS TEXT), '$.firm.name'), CAST(data AS TEXT) FROM fsdir('\(quoted)') WHERE name LIKE '%.json';
        COMMIT;
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", database, sql]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = now()
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return milliseconds(since: start) / 1000
}
