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
    /// The files this process opened, compared with what is at their names on every operation.
    let files: StoreFiles
    let health: StoreHealth
    let checklists: ChecklistLibrary
    public var checklistLibrary: ChecklistLibrary { checklists }
    let reference: ReferenceFigures

    private init(
        path: String, identity: Identity, mode: Mode, pool: DatabasePool, files: StoreFiles,
        checklists: ChecklistLibrary, reference: ReferenceFigures, health: StoreHealth = StoreHealth()
    ) {
        self.health = health
        self.path = path
        self.identity = identity
        self.mode = mode
        self.pool = pool
        self.files = files
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
        if !creating {
            var info = stat()
            if stat(path, &info) != 0 {
                // A folder this login may not enter is not "no store": say it is someone else's.
                guard errno == EACCES else { throw .missing(path: path) }
                throw .notPermitted(path: path)
            }
        }
        if !creating, let emptiness = StoreFileCheck.emptiness(at: path) {
            throw .notAStore(path: path, detail: emptiness)
        }
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        configuration.label = "nintei"
        if !creating {
            // Before GRDB or the migrator reads or writes anything through the new connection.
            configuration.prepareDatabase { db in
                if let damage = StoreFileCheck.damage(db, path: path) {
                    throw StoreError.notAStore(path: path, detail: damage)
                }
            }
        }
        configuration.prepareDatabase { db in try CaseSearchIndex.prepare(db) }
        do {
            let pool: DatabasePool
            if mode == .readWrite {
                configuration.prepareDatabase { db in
                    WriteAheadLog.keepFiles(db)
                    // Pages kept rather than SQLite's 2 MiB: 16 MiB for the writer, whose write
                    // touches the search pieces and list indexes all over a large store; 8 MiB for
                    // each reader, which holds a search's candidates as the query is typed as well
                    // (16 MiB readers took the bench's process, several stores open, past 100 MB).
                    try db.execute(sql: "PRAGMA cache_size = \(db.configuration.readonly ? -8192 : -16384)")
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
            return Store(
                path: path, identity: identity, mode: mode, pool: pool, files: StoreFiles(path: path),
                checklists: checklists, reference: reference)
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

    /// The same open store, acting for another login: the office server opens the store once
    /// and answers each request as the login the kernel named (`SO_PEERCRED`).
    public func acting(as other: Identity) -> Store {
        Store(path: path, identity: other, mode: mode, pool: pool, files: files, checklists: checklists, reference: reference, health: health)
    }

    /// The roles of the acting login: every login reads its own (`ReadPermissions`).
    public func roles() throws(StoreError) -> Set<Role> {
        try read { db in try UserRepository.roles(db, login: identity.login) }
    }

    func read<Value>(_ work: (Database) throws -> Value) throws(StoreError) -> Value {
        try requireUsable()
        do {
            return try pool.read(work)
        } catch {
            throw stopIfDamaged(Store.storeError(error, path: path))
        }
    }

    /// One immediate write transaction: taken up front, so two processes never both read a
    /// revision and then both write. The store's files are compared with the ones opened under
    /// the write lock and again after the commit, so a change is confirmed only when it went
    /// into the store's own files.
    func write<Value>(_ work: (Database) throws -> Value) throws(StoreError) -> Value {
        guard mode == .readWrite else { throw .readOnly(path: path) }
        try requireUsable()
        do {
            let result = try pool.writeWithoutTransaction { db in
                var result: Value?
                try db.inTransaction(.immediate) {
                    try requireFilesInPlace(afterCommit: false)
                    result = try work(db)
                    return .commit
                }
                return result!
            }
            try requireFilesInPlace(afterCommit: true)
            return result
        } catch {
            throw stopIfDamaged(Store.storeError(error, path: path))
        }
    }

    /// Refuses at once when an earlier operation found the store's files gone or damaged, and
    /// when they are gone now.
    private func requireUsable() throws(StoreError) {
        if let reason = health.stopReason { throw reason }
        try requireFilesInPlace(afterCommit: false)
    }

    private func requireFilesInPlace(afterCommit: Bool) throws(StoreError) {
        guard let changed = files.firstChanged() else { return }
        let reason = StoreError.filesVanished(file: changed, afterCommit: afterCommit)
        health.stop(reason)
        throw reason
    }

    /// A damaged store stops this process's writing: the next change would go into it.
    private func stopIfDamaged(_ error: StoreError) -> StoreError {
        switch error {
        case .notAStore, .filesVanished: health.stop(error)
        default: break
        }
        return error
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
        // Digits written into a template of the right shape: a few string joins a stamp cost
        // more than the audit event's hash (an import stamps each case three times).
        var stamp = Array("0000-00-00T00:00:00.000Z".utf8)
        func put(_ value: Int32, endingAt end: Int, width: Int) {
            var rest = Int(value)
            for index in stride(from: end, to: end - width, by: -1) {
                stamp[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(parts.tm_year + 1900, endingAt: 3, width: 4)
        put(parts.tm_mon + 1, endingAt: 6, width: 2)
        put(parts.tm_mday, endingAt: 9, width: 2)
        put(parts.tm_hour, endingAt: 12, width: 2)
        put(parts.tm_min, endingAt: 15, width: 2)
        put(parts.tm_sec, endingAt: 18, width: 2)
        put(Int32(spec.tv_nsec / 1_000_000), endingAt: 22, width: 3)
        return String(decoding: stamp, as: UTF8.self)
    }
}

/// An exclusive `flock` on a file beside the database, held while opening and migrating.
/// Opened without following a symbolic link, so a link another login placed there cannot
/// make this process create or lock a file elsewhere.
struct FileLock {
    let descriptor: Int32

    init(path: String) throws(StoreError) {
        descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o664)
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
