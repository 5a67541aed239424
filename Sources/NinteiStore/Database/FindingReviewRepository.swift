import GRDB
import NinteiCore

/// An officer's note that a finding was looked at and why it stands: the finding stays on the
/// record (and in the committee's packet) with the reason beside it.
public struct FindingReview: Sendable, Equatable, Codable {
    /// The item the finding is about; nil for the form header.
    public let item: String?
    public let code: FindingCode
    public let reason: String
    public let reviewedAt: String
    public let reviewedBy: String
}

extension Store {
    /// The shipped reference figures the store evaluates with.
    public var referenceFigures: ReferenceFigures { reference }

    /// Records (or replaces) the review of one finding of a case. Officers only, with a reason.
    public func reviewFinding(caseID: Int64, item: String?, code: FindingCode, reason: String) throws(StoreError) {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try EntryLimits.findingReviewReason.check(reason)
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                try Permissions.checkReviewFinding(roles: roles)
                if reason.isEmpty {
                    throw Lifecycle.Refusal(LocalizedText(ja: "確認済みにする理由を入力してください", en: "give the reason the finding stands"))
                }
            }
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"case\" WHERE id = ?", arguments: [caseID]) == 1 else {
                throw StoreError.noSuchCase(caseID)
            }
            let before = try String.fetchOne(
                db, sql: "SELECT reason FROM findingReview WHERE caseId = ? AND item = ? AND code = ?",
                arguments: [caseID, item ?? "", code.rawValue])
            try db.execute(
                sql: """
                    INSERT INTO findingReview (caseId, item, code, reason, reviewedAt, reviewedBy) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (caseId, item, code) DO UPDATE SET reason = excluded.reason,
                        reviewedAt = excluded.reviewedAt, reviewedBy = excluded.reviewedBy
                    """,
                arguments: [caseID, item ?? "", code.rawValue, reason, Store.now(), identity.login])
            try AuditLog.append(
                db, login: identity.login, caseID: caseID, action: "finding.review \(item ?? "-") \(code.rawValue)",
                before: before, after: reason)
        }
    }

    /// The reviews of a case's findings.
    public func findingReviews(caseID: Int64) throws(StoreError) -> [FindingReview] {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            return try Row.fetchAll(
                db, sql: "SELECT item, code, reason, reviewedAt, reviewedBy FROM findingReview WHERE caseId = ? ORDER BY item, code",
                arguments: [caseID]
            ).compactMap { row -> FindingReview? in
                guard let code = FindingCode(rawValue: row["code"]) else { return nil }
                let item: String = row["item"]
                return FindingReview(item: item.isEmpty ? nil : item, code: code, reason: row["reason"], reviewedAt: row["reviewedAt"], reviewedBy: row["reviewedBy"])
            }
        }
    }
}
