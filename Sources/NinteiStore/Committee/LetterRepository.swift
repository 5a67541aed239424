import Foundation
import GRDB
import NinteiCore

/// A decision letter written for a case, as the audit log records it.
public struct LetterRecord: Sendable, Equatable, Codable {
    public let caseID: Int64
    public let kind: LetterKind
    /// How many times the same letter was written before this one: 0 for the first.
    public let earlier: Int
    public let recordedBy: String
    /// The recording officer's display name and title, printed as the letter's 担当; nil when none is set.
    public let recordedByPerson: Person?

    /// A letter written before is a reissue (再発行), and says so.
    public var isReissue: Bool { earlier > 0 }

    /// 担当: the recording officer's title and display name, the login when none is set.
    public func recordedByName(_ language: Language) -> String {
        DisplayNames(recordedByPerson.map { [recordedBy: $0] } ?? [:]).titled(recordedBy, language: language)
    }
}

extension Store {
    /// An officer records that a letter for the case is written: an audit event
    /// (`letter.certification`, `letter.nonCertification`, `letter.returnNotice` or
    /// `letter.renewalNotice`), saying when it is a reissue.
    @discardableResult
    public func recordLetter(caseID: Int64, kind: LetterKind) throws(StoreError) -> LetterRecord {
        try write { db in
            let roles = try actingRoles(db)
            _ = try caseFacts(db, caseID)
            let latest = try String.fetchOne(
                db, sql: "SELECT outcome FROM decision WHERE caseId = ? ORDER BY decidedOn DESC, recordedAt DESC LIMIT 1", arguments: [caseID])
                .flatMap(DecisionOutcome.init(rawValue:))
            let certificate = try latestCertificate(db, caseID: caseID)
            try checked { () throws(Lifecycle.Refusal) in
                try CommitteeRules.checkRecordLetter(kind: kind, roles: roles, latestDecision: latest, hasCertificate: certificate != nil)
            }
            let action = "letter.\(kind.rawValue)"
            let earlier = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM auditEvent WHERE caseId = ? AND action = ?", arguments: [caseID, action]) ?? 0
            var after = kind.label.ja
            if let certificate, kind.needsCertificate { after += " \(certificate.number)" }
            if let certificate, kind == .renewalNotice { after += "（有効期限 \(certificate.validUntil.iso)）" }
            if earlier > 0 { after += "（再発行 \(earlier)回目）" }
            try AuditLog.append(db, login: identity.login, caseID: caseID, action: action, before: nil, after: after)
            return LetterRecord(
                caseID: caseID, kind: kind, earlier: earlier, recordedBy: identity.login,
                recordedByPerson: try DisplayNames.fetch(db).people[identity.login])
        }
    }
}
