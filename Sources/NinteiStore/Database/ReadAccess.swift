import GRDB
import NinteiCore

extension Store {
    /// Refuses the read unless the acting login may read `subject` (`ReadPermissions`, the one
    /// table of who reads what). Call it first inside the `read { db in … }` that runs the query,
    /// so the roles and the agenda it looks at are those of the same snapshot. `caseID` names the
    /// case read, for the subjects a committee member reads only of a case on an agenda.
    func requireRead(_ db: Database, _ subject: ReadPermissions.Subject, caseID: Int64? = nil) throws {
        guard !subject.isPublic else { return }
        let roles = try actingRoles(db)
        var onAgenda = false
        if let caseID, ReadPermissions.needsAgenda(subject, roles: roles) {
            onAgenda = try isOnAgenda(db, caseID: caseID)
        }
        do {
            try ReadPermissions.check(subject, login: identity.login, roles: roles, caseID: caseID, onAgenda: onAgenda)
        } catch {
            throw StoreError.refused(error.reason)
        }
    }

    /// Whether the case is on any meeting's agenda (a draft never is).
    func isOnAgenda(_ db: Database, caseID: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agendaItem WHERE caseId = ?)", arguments: [caseID]) ?? false
    }
}
