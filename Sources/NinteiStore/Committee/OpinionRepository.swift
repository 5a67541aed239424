import Foundation
import GRDB
import NinteiCore

public struct Opinion: Sendable, Equatable, Codable {
    public let meetingID: Int64
    public let caseID: Int64
    /// Whose opinion it is.
    public let member: String
    public let verdict: OpinionVerdict
    public let comment: String
    /// Who typed it: the member, or an officer typing a paper opinion.
    public let typedBy: String
    public let givenAt: String

    public var typedByOfficer: Bool { typedBy != member }
}

/// The opinions on a case that the acting login may see, and why not more.
public struct OpinionsView: Sendable, Equatable, Codable {
    public let visibility: OpinionVisibility
    public let opinions: [Opinion]
    /// Set when the acting login is conflicted on the case.
    public let conflict: ConflictType?
    /// Opinions of this round withdrawn when their member was marked conflicted, as visible as
    /// `opinions` (all of them, or only the acting member's own).
    public var withdrawn: [Opinion] = []
}

extension Store {
    /// Records the acting member's opinion on a case in review, or — for an officer with
    /// `member` — a member's paper opinion. Replaces an earlier opinion of the same member in
    /// the same round until the case is decided.
    @discardableResult
    public func giveOpinion(caseID: Int64, verdict: OpinionVerdict, comment: String, for member: String? = nil) throws(StoreError) -> Opinion {
        try EntryLimits.opinionComment.check(comment)
        return try write { db in
            let member = member ?? identity.login
            let roles = try actingRoles(db)
            let memberRoles = try UserRepository.roles(db, login: member)
            let facts = try caseFacts(db, caseID)
            guard let placement = try currentPlacement(db, caseID: caseID) else {
                throw StoreError.refused(LocalizedText(
                    ja: "案件 \(caseID) はどの審査会の議題にもありません", en: "case \(caseID) is on no meeting's agenda"))
            }
            if placement.kind == .review, !placement.decided, facts.status != .inReview {
                throw StoreError.refused(LocalizedText(
                    ja: "案件 \(caseID) は「\(facts.status.label.ja)」のため、意見を受け付けません",
                    en: "case \(caseID) is \(facts.status.label.en), so it takes no opinions"))
            }
            let conflict = try conflictType(db, caseID: caseID, member: member)
            try checked { () throws(Lifecycle.Refusal) in
                try CommitteeRules.checkGiveOpinion(
                    actor: identity.login, roles: roles, member: member, memberRoles: memberRoles,
                    conflict: conflict, kind: placement.kind, decided: placement.decided)
            }
            let before = try Row.fetchOne(
                db, sql: "SELECT verdict, comment FROM opinion WHERE meetingId = ? AND caseId = ? AND member = ?",
                arguments: [placement.meetingID, caseID, member])
            let opinion = Opinion(
                meetingID: placement.meetingID, caseID: caseID, member: member, verdict: verdict,
                comment: comment.trimmingCharacters(in: .whitespacesAndNewlines), typedBy: identity.login, givenAt: Store.now())
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO opinion (meetingId, caseId, member, verdict, comment, typedBy, givenAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [opinion.meetingID, caseID, member, verdict.rawValue, opinion.comment, opinion.typedBy, opinion.givenAt])
            try AuditLog.append(
                db, login: identity.login, caseID: caseID, action: "opinion",
                before: before.map { "\(member): \($0["verdict"] as String): \($0["comment"] as String)" },
                after: "\(member): \(verdict.rawValue): \(opinion.comment)" + (opinion.typedByOfficer ? " (typed by \(identity.login))" : ""))
            return opinion
        }
    }

    /// The opinions of the case's current round that the acting login may see: none when
    /// conflicted, only their own until they have given it (`CommitteeRules.opinionVisibility`).
    /// The filter is in the query, so no caller can read more. Officers, and the committee for a
    /// case on an agenda (`ReadPermissions.Subject.caseFile`).
    public func opinions(caseID: Int64) throws(StoreError) -> OpinionsView {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            return try currentOpinions(db, caseID: caseID)
        }
    }

    /// `opinions(caseID:)` without its read check, for a caller that made it.
    func currentOpinions(_ db: Database, caseID: Int64) throws -> OpinionsView {
        _ = try caseFacts(db, caseID)
        guard let placement = try currentPlacement(db, caseID: caseID) else {
            return OpinionsView(visibility: .all, opinions: [], conflict: nil)
        }
        return try opinionsView(db, caseID: caseID, meetingID: placement.meetingID, decided: placement.decided)
    }

    func opinionsView(_ db: Database, caseID: Int64, meetingID: Int64, decided: Bool) throws -> OpinionsView {
        let login = identity.login
        let conflict = try conflictType(db, caseID: caseID, member: login)
        let hasOwn = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM opinion WHERE meetingId = ? AND caseId = ? AND member = ?)",
            arguments: [meetingID, caseID, login]) ?? false
        let visibility = CommitteeRules.opinionVisibility(roles: try actingRoles(db), conflict: conflict, hasOwnOpinion: hasOwn, decided: decided)
        let filter: String
        switch visibility {
        case .all: filter = ""
        case .ownOnly: filter = " AND member = ?"
        case .none: return OpinionsView(visibility: .none, opinions: [], conflict: conflict)
        }
        let arguments: StatementArguments = visibility == .ownOnly ? [meetingID, caseID, login] : [meetingID, caseID]
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM opinion WHERE meetingId = ? AND caseId = ?\(filter) ORDER BY givenAt, member", arguments: arguments)
        var view = OpinionsView(visibility: visibility, opinions: rows.map(opinion), conflict: conflict)
        view.withdrawn = try Row.fetchAll(
            db, sql: "SELECT * FROM withdrawnOpinion WHERE meetingId = ? AND caseId = ?\(filter) ORDER BY givenAt, member", arguments: arguments
        ).map(opinion)
        return view
    }

    func opinion(_ row: Row) -> Opinion {
        Opinion(
            meetingID: row["meetingId"], caseID: row["caseId"], member: row["member"],
            verdict: OpinionVerdict(rawValue: row["verdict"]) ?? .moreInfo, comment: row["comment"],
            typedBy: row["typedBy"], givenAt: row["givenAt"])
    }
}
