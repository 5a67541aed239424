import GRDB

/// What a store file holds, read straight from SQLite (read-only) while `nintei` writes it or
/// after it was killed: the test's own view, not the program's (`nintei cases` lists at most
/// 1 000).
enum StoreFile {
    /// The number of committed cases.
    static func caseCount(_ db: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: db, configuration: configuration)
        return try queue.read { try Int.fetchOne($0, sql: #"SELECT COUNT(*) FROM "case""#) ?? 0 }
    }
}

extension StoreFile {
    /// Changes the store behind Nintei's back, as anyone who can write the file could: the
    /// stored text a hardening test then feeds to a command.
    static func execute(_ db: String, _ sql: String, _ arguments: StatementArguments = []) throws {
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: sql, arguments: arguments) }
    }
}
