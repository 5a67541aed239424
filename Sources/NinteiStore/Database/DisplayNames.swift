import GRDB
import NinteiCore

/// A person's display name (氏名) and title (役職), as printed documents name them.
public struct Person: Sendable, Equatable, Codable {
    public let name: String
    public let title: String

    public init(name: String, title: String) {
        self.name = name
        self.title = title
    }
}

/// The display names of logins, for documents that name people: a login without a name set
/// is named by the login itself.
public struct DisplayNames: Sendable, Equatable, Codable {
    public let people: [String: Person]

    public init(_ people: [String: Person] = [:]) { self.people = people }

    /// 氏名, or the login when none is set.
    public func name(_ login: String) -> String {
        guard let name = people[login]?.name, !name.isEmpty else { return login }
        return name
    }

    /// 役職 and 氏名 (「委員長　伊藤 一郎」), the name alone when no title is set.
    public func titled(_ login: String, language: Language) -> String {
        guard let title = people[login]?.title, !title.isEmpty else { return name(login) }
        return title + StoreText.titleNameGap.text(language) + name(login)
    }

    static func migrate(_ db: Database) throws {
        try db.create(table: "userName") { table in
            table.primaryKey("login", .text)
            table.column("name", .text).notNull()
            table.column("title", .text).notNull()
            table.column("changedAt", .text).notNull()
            table.column("changedBy", .text).notNull()
        }
    }

    static func fetch(_ db: Database) throws -> DisplayNames {
        let rows = try Row.fetchAll(db, sql: "SELECT login, name, title FROM userName")
        return DisplayNames(Dictionary(uniqueKeysWithValues: rows.map { row in
            (row["login"] as String, Person(name: row["name"], title: row["title"]))
        }))
    }

    /// The audit log's words for a person: 「伊藤 一郎（委員長）」, empty parts left out.
    static func described(_ person: Person?) -> String {
        guard let person else { return "" }
        return person.name + (person.title.isEmpty ? "" : "（\(person.title)）")
    }
}

extension Store {
    /// Sets a login's display name and title (administrator); nil leaves a part as it is, an
    /// empty text clears it. Recorded in the audit log as `user.name`.
    public func setUserName(_ login: String, name: String?, title: String?) throws(StoreError) {
        try EntryLimits.login.check(login)
        if let name { try EntryLimits.displayName.check(name) }
        if let title { try EntryLimits.title.check(title) }
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkManageUsers(roles: roles) }
            guard !(try UserRepository.roles(db, login: login)).isEmpty else {
                throw StoreError.refused(LocalizedText(
                    ja: "利用者「\(login)」はいません（先に nintei user add で追加してください）",
                    en: "there is no user \"\(login)\" (add them first with nintei user add)"))
            }
            let before = try DisplayNames.fetch(db).people[login]
            let after = Person(
                name: (name ?? before?.name ?? "").trimmingCharacters(in: .whitespaces),
                title: (title ?? before?.title ?? "").trimmingCharacters(in: .whitespaces))
            guard after != (before ?? Person(name: "", title: "")) else { return }
            try db.execute(
                sql: "INSERT OR REPLACE INTO userName (login, name, title, changedAt, changedBy) VALUES (?, ?, ?, ?, ?)",
                arguments: [login, after.name, after.title, Store.now(), identity.login])
            try AuditLog.append(
                db, login: identity.login, caseID: nil, action: "user.name",
                before: before.map { "\(login): " + DisplayNames.described($0) }, after: "\(login): " + DisplayNames.described(after))
        }
    }
}
