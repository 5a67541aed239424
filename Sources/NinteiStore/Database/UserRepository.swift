import GRDB
import NinteiCore

/// Logins and their roles. Only an administrator changes them.
enum UserRepository {
    static func roles(_ db: Database, login: String) throws -> Set<Role> {
        let names = try String.fetchAll(db, sql: "SELECT role FROM user WHERE login = ?", arguments: [login])
        return Set(names.compactMap(Role.init(rawValue:)))
    }

    static func insert(_ db: Database, login: String, role: Role, by: String) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO user (login, role, addedAt, addedBy) VALUES (?, ?, ?, ?)",
            arguments: [login, role.rawValue, Store.now(), by])
    }
}

public struct UserEntry: Sendable, Equatable, Codable {
    public let login: String
    public let roles: [Role]
    /// 氏名 and 役職; nil when none is set.
    public let person: Person?
}

extension Store {
    public func users() throws(StoreError) -> [UserEntry] {
        try read { db in
            try requireRead(db, .users)
            let rows = try Row.fetchAll(db, sql: "SELECT login, role FROM user ORDER BY login")
            var byLogin: [String: [Role]] = [:]
            for row in rows {
                if let role = Role(rawValue: row["role"]) { byLogin[row["login"], default: []].append(role) }
            }
            let names = try DisplayNames.fetch(db)
            return byLogin.keys.sorted().map { UserEntry(login: $0, roles: byLogin[$0]!.sorted(), person: names.people[$0]) }
        }
    }

    public func addUser(_ login: String, role: Role) throws(StoreError) {
        try EntryLimits.login.check(login)
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkManageUsers(roles: roles) }
            try UserRepository.insert(db, login: login, role: role, by: identity.login)
            try AuditLog.append(db, login: identity.login, caseID: nil, action: "user.add", before: nil, after: "\(login): \(role.rawValue)")
        }
    }

    /// Removes one role of a login, or all its roles when `role` is nil.
    public func removeUser(_ login: String, role: Role?) throws(StoreError) {
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkManageUsers(roles: roles) }
            let before = try UserRepository.roles(db, login: login)
            if let role {
                try db.execute(sql: "DELETE FROM user WHERE login = ? AND role = ?", arguments: [login, role.rawValue])
            } else {
                try db.execute(sql: "DELETE FROM user WHERE login = ?", arguments: [login])
            }
            let remainingAdmins = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE role = 'admin'") ?? 0
            if remainingAdmins == 0 {
                throw StoreError.refused(LocalizedText(
                    ja: "最後の管理者は外せません（先に別の管理者を追加してください）",
                    en: "the last administrator cannot be removed (add another administrator first)"))
            }
            let after = try UserRepository.roles(db, login: login)
            try AuditLog.append(
                db, login: identity.login, caseID: nil, action: "user.remove",
                before: "\(login): " + before.sorted().map(\.rawValue).joined(separator: ","),
                after: "\(login): " + after.sorted().map(\.rawValue).joined(separator: ","))
        }
    }

    /// Runs a permission check against the acting login's roles, inside the transaction.
    func requireRoles(_ db: Database, _ check: (Set<Role>) throws(Lifecycle.Refusal) -> Void) throws {
        let roles = try UserRepository.roles(db, login: identity.login)
        do {
            try check(roles)
        } catch {
            throw StoreError.refused(error.reason)
        }
    }
}
