import GRDB
import NinteiCore

/// A case on one meeting's agenda, as the committee's write paths need it.
struct AgendaPlacement {
    let meetingID: Int64
    let meetingDate: LocalDate
    let kind: AgendaKind
    let decided: Bool
}

/// The columns of a case the committee's rules look at.
struct CaseFacts {
    let id: Int64
    let status: CaseStatus
    let kind: ApplicationKind
    let qualifies: Bool
}

extension Store {
    /// Runs a committee rule; its refusal becomes the store's.
    func checked(_ rule: () throws(Lifecycle.Refusal) -> Void) throws(StoreError) {
        do {
            try rule()
        } catch {
            throw .refused(error.reason)
        }
    }

    func actingRoles(_ db: Database) throws -> Set<Role> {
        try UserRepository.roles(db, login: identity.login)
    }

    func caseFacts(_ db: Database, _ caseID: Int64) throws -> CaseFacts {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, status, kind, qualifies FROM \"case\" WHERE id = ?", arguments: [caseID]) else {
            throw StoreError.noSuchCase(caseID)
        }
        return CaseFacts(
            id: caseID, status: CaseStatus(rawValue: row["status"]) ?? .draft,
            kind: ApplicationKind(rawValue: row["kind"]) ?? .new, qualifies: row["qualifies"])
    }

    /// The case's place on the latest meeting that has it on its agenda: the round that counts.
    func currentPlacement(_ db: Database, caseID: Int64) throws -> AgendaPlacement? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.meetingId, m.date, a.kind,
                EXISTS (SELECT 1 FROM decision d WHERE d.meetingId = a.meetingId AND d.caseId = a.caseId) AS decided
            FROM agendaItem a JOIN meeting m ON m.id = a.meetingId
            WHERE a.caseId = ? ORDER BY m.date DESC, m.id DESC LIMIT 1
            """, arguments: [caseID]) else { return nil }
        return AgendaPlacement(
            meetingID: row["meetingId"], meetingDate: LocalDate(iso: row["date"]) ?? .today(),
            kind: AgendaKind(rawValue: row["kind"]) ?? .review, decided: row["decided"])
    }

    func conflictType(_ db: Database, caseID: Int64, member: String) throws -> ConflictType? {
        try String.fetchOne(db, sql: "SELECT type FROM conflict WHERE caseId = ? AND member = ?", arguments: [caseID, member])
            .flatMap(ConflictType.init(rawValue:))
    }

    /// Moves a case to a new status inside a committee write, with its audit event.
    func setStatus(_ db: Database, _ facts: CaseFacts, to status: CaseStatus, decidedOn: LocalDate? = nil) throws {
        try db.execute(
            sql: "UPDATE \"case\" SET status = ?, decidedOn = IFNULL(?, decidedOn), revision = revision + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
            arguments: [status.rawValue, decidedOn?.iso, Store.now(), identity.login, facts.id])
        try AuditLog.append(db, login: identity.login, caseID: facts.id, action: "status", before: facts.status.rawValue, after: status.rawValue)
    }
}
