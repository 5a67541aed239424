import Foundation
import GRDB
import NinteiCore

/// A renewal case just started: its id, the draft it holds, and what was carried over.
public struct RenewalStart: Sendable, Codable {
    public let caseID: Int64
    public let fromCaseID: Int64
    public let document: ApplicationDocument
    public let report: CarryOverReport
}

extension Store {
    /// Starts a renewal from a certified firm's case (DOMAIN.md 6): a new draft case of kind renewal, pre-filled from
    /// the case's application and carried onto `targetChecklist` (default: the version that replaces the case's) through
    /// the mapping. Only an officer, only from a certified or renewal-due case, and not while another renewal of the same
    /// certificate is open. Created through the audited path of every new case.
    public func startRenewal(
        fromCase caseID: Int64, to targetChecklist: String? = nil, mappings: ChecklistMappingLibrary
    ) throws(StoreError) -> RenewalStart {
        try write { db in
            let previous = try snapshot(db, caseID)
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                try Permissions.checkStartRenewal(status: previous.status, roles: roles)
            }
            let certificate = try certificateNumber(db, caseID: caseID)
            if let certificate, let open = try openRenewal(db, certificate: certificate) {
                throw StoreError.refused(LocalizedText(
                    ja: "認定番号 \(certificate) の更新は案件 \(open) で既に始まっています",
                    en: "the renewal of certificate \(certificate) is already under way as case \(open)"))
            }
            let draft: RenewalDraft
            do throws(RenewalError) {
                draft = try RenewalDraft.make(
                    from: previous.document, previousCertificate: certificate, to: targetChecklist, checklists: checklists, mappings: mappings)
            } catch {
                throw StoreError.refused(error.reason)
            }
            let id = try insertCase(db, draft.document, status: .draft)
            try AuditLog.append(
                db, login: identity.login, caseID: id, action: "renewal.start",
                before: "case \(caseID)" + (certificate.map { " (\($0))" } ?? ""),
                after: "\(draft.report.from) → \(draft.report.to)")
            return RenewalStart(caseID: id, fromCaseID: caseID, document: draft.document, report: draft.report)
        }
    }

    /// What changed from one case's application to another's (through the mapping when their versions differ).
    public func changes(from beforeID: Int64, to afterID: Int64, mappings: ChecklistMappingLibrary) throws(StoreError) -> ApplicationChanges {
        let (before, after) = try read { db in
            try requireRead(db, .renewals)
            return (try snapshot(db, beforeID), try snapshot(db, afterID))
        }
        do throws(RenewalError) {
            return try ApplicationChanges.compare(before: before.document, after: after.document, checklists: checklists, mappings: mappings)
        } catch {
            throw .refused(error.reason)
        }
    }

    /// The certificate issued on a case: its latest, when there are several.
    public func certificateNumber(caseID: Int64) throws(StoreError) -> String? {
        try read { db in
            try requireRead(db, .renewals)
            return try certificateNumber(db, caseID: caseID)
        }
    }

    private func certificateNumber(_ db: Database, caseID: Int64) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT number FROM certificate WHERE caseId = ? ORDER BY issuedOn DESC LIMIT 1", arguments: [caseID])
    }

    /// A renewal case of this certificate that is still in progress.
    private func openRenewal(_ db: Database, certificate: String) throws -> Int64? {
        let finished = CaseStatus.allCases.filter(\.isFinal).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM "case" WHERE kind = 'renewal' AND json_extract(document, '$.previousCertificate') = ?
                    AND status NOT IN (\(finished)) AND id NOT IN (SELECT caseId FROM certificate) ORDER BY id LIMIT 1
                """,
            arguments: [certificate])
    }
}
