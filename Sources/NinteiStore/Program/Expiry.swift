import GRDB
import NinteiCore

/// A case whose certification ended and which the store moved to `expired`.
public struct ExpiredCertification: Sendable, Equatable, Codable {
    public let caseID: Int64
    public let firmName: String
    public let certificateNumber: String
    public let validUntil: LocalDate
}

extension Store {
    /// Moves every case whose certificate has ended before `today` from certified or renewal due
    /// to expired, each with an audit event. Idempotent: a case moved once is no longer
    /// certified, so running again (or two officers opening at once) moves nothing more.
    /// Officers and administrators only.
    @discardableResult
    public func expireLapsedCertifications(asOf today: LocalDate = .today()) throws(StoreError) -> [ExpiredCertification] {
        // A read-only open changes nothing: said before anything is read.
        guard mode == .readWrite else { throw .readOnly(path: path) }
        // Most opens find nothing; look first, so they take no write lock (the look is checked too).
        guard try read({ db in
            try requireRoles(db, Self.checkExpire)
            return try !lapsed(db, today: today).isEmpty
        }) else { return [] }
        return try write { db in
            try requireRoles(db, Self.checkExpire)
            let found = try lapsed(db, today: today)
            let now = Store.now()
            for item in found {
                let before: String = try String.fetchOne(db, sql: "SELECT status FROM \"case\" WHERE id = ?", arguments: [item.caseID]) ?? ""
                try db.execute(
                    sql: "UPDATE \"case\" SET status = ?, revision = revision + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
                    arguments: [CaseStatus.expired.rawValue, now, identity.login, item.caseID])
                try AuditLog.append(
                    db, login: identity.login, caseID: item.caseID,
                    action: "status (certificate \(item.certificateNumber) ended \(item.validUntil.iso))",
                    before: before, after: CaseStatus.expired.rawValue)
            }
            return found
        }
    }

    private static func checkExpire(_ roles: Set<Role>) throws(Lifecycle.Refusal) {
        guard roles.contains(.officer) || roles.contains(.admin) else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "期限の過ぎた認定を「期限切れ」にできるのは事務局か管理者です",
                en: "only an officer or an administrator may mark ended certifications as expired"))
        }
    }

    /// Holding cases whose latest certificate ended before `today`, found by their last day of
    /// certification (`CertifiedUntil`), so an open reads only the lapsed ones.
    private func lapsed(_ db: Database, today: LocalDate) throws -> [ExpiredCertification] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id, c.firmName, t.number, t.validUntil FROM "case" c INDEXED BY case_certifiedUntil
            JOIN certificate t ON t.caseId = c.id AND t.validUntil = c.certifiedUntil
            WHERE c.status IN (\(Self.holdingStatusList)) AND c.certifiedUntil < ?
            ORDER BY c.id
            """, arguments: [today.iso])
        return rows.compactMap { row in
            guard let validUntil = LocalDate(iso: row["validUntil"]) else { return nil }
            return ExpiredCertification(caseID: row["id"], firmName: row["firmName"], certificateNumber: row["number"], validUntil: validUntil)
        }
    }
}
