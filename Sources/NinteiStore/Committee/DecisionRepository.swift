import Foundation
import GRDB
import NinteiCore

/// What the committee decided on one agenda item, with the rule result it was decided beside.
public struct Decision: Sendable, Equatable, Codable {
    public let meetingID: Int64
    public let caseID: Int64
    public let outcome: DecisionOutcome
    public let reason: String
    /// The case's rule result (qualifies) when the decision was recorded.
    public let qualifies: Bool
    public let decidedOn: LocalDate
    public let recordedBy: String

    public var isAgainstRule: Bool { CommitteeRules.isAgainstRule(outcome: outcome, qualifies: qualifies) }
}

/// What the committee said on a case: for a returned case, the comments the officer works from.
public struct CommitteeComments: Sendable, Equatable, Codable {
    public let decisions: [Decision]
    public let opinions: [Opinion]
}

extension Store {
    /// The chair records the committee's decision on a case in review at the latest meeting that
    /// has it on its agenda; the case moves to approved, rejected or returned. Decided on the
    /// meeting's date.
    @discardableResult
    public func decide(caseID: Int64, outcome: DecisionOutcome, reason: String? = nil) throws(StoreError) -> Decision {
        try EntryLimits.decisionReason.check(reason ?? "")
        return try write { db in
            let roles = try actingRoles(db)
            let facts = try caseFacts(db, caseID)
            guard let placement = try currentPlacement(db, caseID: caseID) else {
                throw StoreError.refused(LocalizedText(
                    ja: "案件 \(caseID) はどの審査会の議題にもありません", en: "case \(caseID) is on no meeting's agenda"))
            }
            guard !placement.decided else {
                throw StoreError.refused(LocalizedText(
                    ja: "案件 \(caseID) は審査会 \(placement.meetingID) で既に決定済みです",
                    en: "case \(caseID) is already decided at meeting \(placement.meetingID)"))
            }
            let conflict = try conflictType(db, caseID: caseID, member: identity.login)
            try checked { () throws(Lifecycle.Refusal) in
                try CommitteeRules.checkDecide(
                    roles: roles, outcome: outcome, kind: placement.kind, qualifies: facts.qualifies, reason: reason, conflict: conflict)
            }
            if let status = outcome.resultingStatus {
                try checked { () throws(Lifecycle.Refusal) in try Lifecycle.check(from: facts.status, to: status, roles: roles) }
                try setStatus(db, facts, to: status, decidedOn: placement.meetingDate)
            }
            return try insertDecision(db, meetingID: placement.meetingID, meetingDate: placement.meetingDate, facts: facts, outcome: outcome, reason: reason)
        }
    }

    private func insertDecision(
        _ db: Database, meetingID: Int64, meetingDate: LocalDate, facts: CaseFacts, outcome: DecisionOutcome, reason: String?
    ) throws -> Decision {
        let decision = Decision(
            meetingID: meetingID, caseID: facts.id, outcome: outcome,
            reason: (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines), qualifies: facts.qualifies,
            decidedOn: meetingDate, recordedBy: identity.login)
        try db.execute(
            sql: """
                INSERT INTO decision (meetingId, caseId, outcome, reason, qualifies, decidedOn, recordedAt, recordedBy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [meetingID, facts.id, outcome.rawValue, decision.reason, facts.qualifies, meetingDate.iso, Store.now(), identity.login])
        try AuditLog.append(
            db, login: identity.login, caseID: facts.id, action: "decision", before: nil,
            after: "meeting \(meetingID): \(outcome.rawValue)" + (decision.reason.isEmpty ? "" : ": \(decision.reason)"))
        return decision
    }

    /// The chair notes every post-hoc report of a meeting not yet noted, at once; returns them.
    @discardableResult
    public func noteReports(meetingID: Int64) throws(StoreError) -> [Decision] {
        try write { db in
            let roles = try actingRoles(db)
            let meeting = try meeting(db, meetingID)
            let ids = try Int64.fetchAll(db, sql: """
                SELECT a.caseId FROM agendaItem a WHERE a.meetingId = ? AND a.kind = 'report'
                  AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.meetingId = a.meetingId AND d.caseId = a.caseId)
                ORDER BY a.position
                """, arguments: [meetingID])
            var noted: [Decision] = []
            for id in ids {
                let facts = try caseFacts(db, id)
                let conflict = try conflictType(db, caseID: id, member: identity.login)
                try checked { () throws(Lifecycle.Refusal) in
                    try CommitteeRules.checkDecide(roles: roles, outcome: .noted, kind: .report, qualifies: facts.qualifies, reason: nil, conflict: conflict)
                }
                noted.append(try insertDecision(db, meetingID: meetingID, meetingDate: meeting.date, facts: facts, outcome: .noted, reason: nil))
            }
            if ids.isEmpty {
                // Nothing to note still needs the chair: the answer must not depend on the agenda.
                try checked { () throws(Lifecycle.Refusal) in
                    try CommitteeRules.checkDecide(roles: roles, outcome: .noted, kind: .report, qualifies: true, reason: nil, conflict: nil)
                }
            }
            return noted
        }
    }

    /// The decisions recorded at a meeting, in agenda order.
    public func decisions(meetingID: Int64) throws(StoreError) -> [Decision] {
        try read { db in
            try requireRead(db, .meetings)
            return try decisionRows(db, meetingID: meetingID)
        }
    }

    func decisionRows(_ db: Database, meetingID: Int64) throws -> [Decision] {
        try Row.fetchAll(db, sql: """
            SELECT d.* FROM decision d JOIN agendaItem a ON a.meetingId = d.meetingId AND a.caseId = d.caseId
            WHERE d.meetingId = ? ORDER BY a.position
            """, arguments: [meetingID]).map(decision)
    }

    func decision(_ row: Row) -> Decision {
        Decision(
            meetingID: row["meetingId"], caseID: row["caseId"], outcome: DecisionOutcome(rawValue: row["outcome"]) ?? .noted,
            reason: row["reason"], qualifies: row["qualifies"], decidedOn: LocalDate(iso: row["decidedOn"]) ?? .today(),
            recordedBy: row["recordedBy"])
    }

    /// Every decision on a case and the opinions of each round the acting login may see
    /// (`opinions(caseID:)`'s rule, round by round): what a returned case carries back to the officer.
    public func committeeComments(caseID: Int64) throws(StoreError) -> CommitteeComments {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            _ = try caseFacts(db, caseID)
            let decisions = try Row.fetchAll(db, sql: """
                SELECT d.* FROM decision d JOIN meeting m ON m.id = d.meetingId WHERE d.caseId = ? ORDER BY m.date, m.id
                """, arguments: [caseID]).map(decision)
            let rounds = try Row.fetchAll(db, sql: """
                SELECT a.meetingId, EXISTS (SELECT 1 FROM decision d WHERE d.meetingId = a.meetingId AND d.caseId = a.caseId) AS decided
                FROM agendaItem a JOIN meeting m ON m.id = a.meetingId WHERE a.caseId = ? ORDER BY m.date, m.id
                """, arguments: [caseID])
            var opinions: [Opinion] = []
            for round in rounds {
                opinions += try opinionsView(db, caseID: caseID, meetingID: round["meetingId"], decided: round["decided"]).opinions
            }
            return CommitteeComments(decisions: decisions, opinions: opinions)
        }
    }
}
