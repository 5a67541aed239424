import Foundation
import GRDB
import NinteiCore

/// An issued certificate with what is printed on it.
public struct CertificateRecord: Sendable, Equatable, Codable {
    public let number: String
    public let caseID: Int64
    public let firmName: String
    public let issuedOn: LocalDate
    public let validUntil: LocalDate
    /// The passed sections at issue, in section order, and their public sentences.
    public let sections: [String]
    public let strengths: [LocalizedText]
    public let issuedBy: String?
}

extension Store {
    /// An officer issues the certificate of an approved case: the next number of the pattern,
    /// allocated inside the immediate write transaction so two processes never take the same one
    /// (the number is also the table's primary key), and the validity from the settings.
    @discardableResult
    public func issueCertificate(caseID: Int64, issuedOn: LocalDate, settings: CertificateSettings) throws(StoreError) -> CertificateRecord {
        try write { db in
            let roles = try actingRoles(db)
            let facts = try caseFacts(db, caseID)
            try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkIssueCertificate(status: facts.status, roles: roles) }
            return try issue(db, facts, issuedOn: issuedOn, settings: settings)
        }
    }

    /// An officer grants a submitted renewal without committee review and issues its certificate;
    /// the next meeting hears it as a post-hoc report (`addPostHocReports`).
    @discardableResult
    public func grantRenewal(caseID: Int64, issuedOn: LocalDate, settings: CertificateSettings) throws(StoreError) -> CertificateRecord {
        try write { db in
            let roles = try actingRoles(db)
            let facts = try caseFacts(db, caseID)
            try checked { () throws(Lifecycle.Refusal) in
                try CommitteeRules.checkGrantRenewal(kind: facts.kind, status: facts.status, roles: roles)
            }
            return try issue(db, facts, issuedOn: issuedOn, settings: settings)
        }
    }

    private func issue(_ db: Database, _ facts: CaseFacts, issuedOn: LocalDate, settings: CertificateSettings) throws -> CertificateRecord {
        let existing = try String.fetchAll(db, sql: "SELECT number FROM certificate")
        let number = settings.numberPattern.next(issuedOn: issuedOn, existing: existing)
        let validUntil = settings.validUntil(issuedOn: issuedOn)
        let sections = try String.fetchOne(db, sql: "SELECT sectionsPassed FROM \"case\" WHERE id = ?", arguments: [facts.id]) ?? ""
        try db.execute(
            sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil, sections, issuedAt, issuedBy) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [number, facts.id, issuedOn.iso, validUntil.iso, sections, Store.now(), identity.login])
        try AuditLog.append(
            db, login: identity.login, caseID: facts.id, action: "certificate.issue", before: nil,
            after: "\(number): \(issuedOn.iso)..\(validUntil.iso) sections \(sections)")
        try setStatus(db, facts, to: .certified)
        try markPredecessorRenewed(db, caseID: facts.id)
        return try certificateRecord(db, number: number)!
    }

    /// A renewal's certificate replaces the one it renews: that case, when due, becomes renewed.
    private func markPredecessorRenewed(_ db: Database, caseID: Int64) throws {
        guard let previous = try snapshot(db, caseID).document.previousCertificate,
              let oldCase = try Int64.fetchOne(db, sql: "SELECT caseId FROM certificate WHERE number = ?", arguments: [previous]),
              oldCase != caseID else { return }
        let old = try caseFacts(db, oldCase)
        if old.status == .renewalDue { try setStatus(db, old, to: .renewed) }
    }

    /// The latest certificate of a case, if it has one. Officers, and the committee for a case
    /// on an agenda (a post-hoc report's certificate is in the meeting's papers).
    public func certificate(caseID: Int64) throws(StoreError) -> CertificateRecord? {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            return try latestCertificate(db, caseID: caseID)
        }
    }

    func latestCertificate(_ db: Database, caseID: Int64) throws -> CertificateRecord? {
        guard let number = try String.fetchOne(
            db, sql: "SELECT number FROM certificate WHERE caseId = ? ORDER BY issuedOn DESC, number DESC LIMIT 1", arguments: [caseID])
        else { return nil }
        return try certificateRecord(db, number: number)
    }

    func certificateRecord(_ db: Database, number: String) throws -> CertificateRecord? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT t.*, c.firmName, c.checklistId, c.sectionsPassed FROM certificate t JOIN "case" c ON c.id = t.caseId WHERE t.number = ?
            """, arguments: [number]) else { return nil }
        let stored: String = (row["sections"] as String?) ?? row["sectionsPassed"]
        let sections = stored.isEmpty ? [] : stored.components(separatedBy: ",")
        let checklist = checklists.checklist(row["checklistId"])
        let strengths = (checklist?.sections ?? []).filter { sections.contains($0.id) }.map(\.strength)
        return CertificateRecord(
            number: number, caseID: row["caseId"], firmName: row["firmName"],
            issuedOn: LocalDate(iso: row["issuedOn"]) ?? .today(), validUntil: LocalDate(iso: row["validUntil"]) ?? .today(),
            sections: sections, strengths: strengths, issuedBy: row["issuedBy"])
    }
}
