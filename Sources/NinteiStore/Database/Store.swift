import Foundation
import GRDB
import NinteiCore
#if canImport(Glibc)
import Glibc
#endif

/// The office's store: one SQLite file in WAL mode, shared by several people's processes.
/// Every change goes through a method here, which checks the acting login's roles, the case's
/// revision, and appends to the audit log in the same transaction.
public final class Store: Sendable {
    public enum Mode: Sendable {
        case readWrite
        /// SQLite's read-only open: works on a file this login cannot write.
        case readOnly
    }

    public let path: String
    public let identity: Identity
    public let mode: Mode
    let pool: DatabasePool
    let checklists: ChecklistLibrary
    public var checklistLibrary: ChecklistLibrary { checklists }
    let reference: ReferenceFigures

    private init(path: String, identity: Identity, mode: Mode, pool: DatabasePool, checklists: ChecklistLibrary, reference: ReferenceFigures) {
        self.path = path
        self.identity = identity
        self.mode = mode
        self.pool = pool
        self.checklists = checklists
        self.reference = reference
    }

    /// Creates a new store; its creator becomes its administrator.
    public static func create(
        at path: String, identity: Identity, checklists: ChecklistLibrary, reference: ReferenceFigures
    ) throws(StoreError) -> Store {
        guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, detail: error.localizedDescription)
            }
        }
        let store = try open(at: path, identity: identity, mode: .readWrite, checklists: checklists, reference: reference, creating: true)
        try store.write { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user") == 0 {
                try UserRepository.insert(db, login: identity.login, role: .admin, by: identity.login)
                try AuditLog.append(db, login: identity.login, caseID: nil, action: "store.create", before: nil, after: "admin: \(identity.login)")
            }
        }
        return store
    }

    /// Opens a store. Opened read-write by an officer, it first moves the certifications that
    /// have ended to expired (`expireLapsedCertifications`), unless `expiringLapsed` is false
    /// (for a caller that runs it itself and reports what it moved).
    public static func open(
        at path: String, identity: Identity, mode: Mode, checklists: ChecklistLibrary, reference: ReferenceFigures,
        expiringLapsed: Bool = true
    ) throws(StoreError) -> Store {
        let store = try open(at: path, identity: identity, mode: mode, checklists: checklists, reference: reference, creating: false)
        if expiringLapsed, mode == .readWrite, try store.roles().contains(.officer) {
            try store.expireLapsedCertifications()
        }
        return store
    }

    /// Opens a store for browsing: SQLite's read-only open, and every change refused by the
    /// store (`StoreError.readOnly`), whatever the login's roles. Works on a file the login
    /// cannot write, in a folder it cannot write, and for a login with no role.
    public static func openReadOnly(
        at path: String, identity: Identity, checklists: ChecklistLibrary, reference: ReferenceFigures
    ) throws(StoreError) -> Store {
        try open(at: path, identity: identity, mode: .readOnly, checklists: checklists, reference: reference, creating: false)
    }

    private static func open(
        at path: String, identity: Identity, mode: Mode, checklists: ChecklistLibrary, reference: ReferenceFigures, creating: Bool
    ) throws(StoreError) -> Store {
        guard creating || FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        if !creating, let damage = StoreFileCheck.damage(at: path) {
            // SQLite would open an empty file as a new database, and a truncated one until it
            // reads a missing page: a store cut short is reported, never opened as empty.
            throw .notAStore(path: path, detail: damage)
        }
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        configuration.label = "nintei"
        do {
            let pool: DatabasePool
            if mode == .readWrite {
                configuration.prepareDatabase { db in
                    WriteAheadLog.keepFiles(db)
                    // 16 MiB of pages rather than SQLite's 2: a write touches the search pieces
                    // and list indexes all over a large store.
                    try db.execute(sql: "PRAGMA cache_size = -16384")
                }
                // Several processes may open a new file at once: migrate under an exclusive lock.
                let lock = try FileLock(path: path + ".lock")
                defer { lock.release() }
                pool = try DatabasePool(path: path, configuration: configuration)
                try Schema.migrator.migrate(pool)
            } else {
                pool = try DatabasePool(path: path, configuration: configuration)
                if try pool.read({ db in try Schema.migrator.hasCompletedMigrations(db) }) == false {
                    throw StoreError.notAStore(path: path, detail: "schema is older than this program; open it once read-write")
                }
            }
            return Store(path: path, identity: identity, mode: mode, pool: pool, checklists: checklists, reference: reference)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw .notAStore(path: path, detail: error.message ?? String(describing: error.resultCode))
        } catch let error as DatabaseError where mode == .readOnly && error.resultCode == .SQLITE_READONLY {
            throw .cannotOpen(path: path, detail: WriteAheadLog.missingFilesHint)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            throw .cannotOpen(path: path, detail: error.message ?? String(describing: error.resultCode))
        } catch {
            throw .cannotOpen(path: path, detail: String(describing: error))
        }
    }

    /// The roles of the acting login.
    public func roles() throws(StoreError) -> Set<Role> {
        try read { db in try UserRepository.roles(db, login: identity.login) }
    }

    func read<Value>(_ work: (Database) throws -> Value) throws(StoreError) -> Value {
        do {
            return try pool.read(work)
        } catch {
            throw Store.storeError(error, path: path)
        }
    }

    /// One immediate write transaction: taken up front, so two processes never both read a
    /// revision and then both write.
    func write<Value>(_ work: (Database) throws -> Value) throws(StoreError) -> Value {
        guard mode == .readWrite else { throw .readOnly(path: path) }
        do {
            return try pool.writeWithoutTransaction { db in
                var result: Value?
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Store.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_READONLY: return .readOnly(path: path)
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notAStore(path: path, detail: error.message ?? "")
            case .SQLITE_FULL: return .failed("the disk is full; nothing of this change was saved")
            default: return .failed(error.message ?? String(describing: error))
            }
        }
        return .failed(String(describing: error))
    }

    /// A stored time stamp in the local time zone, as people read it: 2026-11-21 20:00:34.
    public static func localTime(_ stamp: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parser.date(from: stamp) else { return stamp }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    /// The time stamps the store writes: UTC, ISO 8601, to the millisecond
    /// ("2026-11-21T21:32:51.123Z", as ISO8601DateFormatter writes it). Formatted by hand
    /// because creating that formatter cost more than a whole case insert (a fifth of an import).
    static func now() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2)
            + "T" + padded(parts.tm_hour, 2) + ":" + padded(parts.tm_min, 2) + ":" + padded(parts.tm_sec, 2)
            + "." + padded(Int32(spec.tv_nsec / 1_000_000), 3) + "Z"
    }
}

/// An exclusive `flock` on a file beside the database, held while opening and migrating.
struct FileLock {
    let descriptor: Int32

    init(path: String) throws(StoreError) {
        descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o664)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                Glibc.close(descriptor)
                throw .cannotOpen(path: path, detail: String(cString: strerror(errno)))
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        Glibc.close(descriptor)
    }
}

/// What the first bytes of a store file say about it, before SQLite opens it.
enum StoreFileCheck {
    /// Why the file cannot be a whole store (empty, cut short of the size its header gives),
    /// or nil when it may be one (SQLite then checks the rest).
    static func damage(at path: String) -> String? {
        guard let first = header(at: path) else { return nil }
        if first.size == 0 { return "the file is empty (0 bytes) / ファイルが空です" }
        guard let expected = first.expectedSize, expected > first.size else { return nil }
        // Pages still in the write-ahead log are read from there (a checkpoint that ran out of
        // disk leaves the file shorter than its header says): only a file alone is judged.
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        guard log == 0 else { return nil }
        // A checkpoint of another process may be writing the file right now: look again.
        usleep(100_000)
        guard let again = header(at: path), let expectedAgain = again.expectedSize, expectedAgain > again.size else { return nil }
        return "the file is cut short: its header gives \(expectedAgain) bytes, it has \(again.size) / ファイルが途中で切れています"
    }

    /// The file's size, and the size its SQLite header gives when that count is valid.
    private static func header(at path: String) -> (size: Int, expectedSize: Int?)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        try? handle.seek(toOffset: 0)
        guard let data = try? handle.read(upToCount: 100), data.count == 100 else { return (Int(size), nil) }
        let bytes = [UInt8](data)
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
