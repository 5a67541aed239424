import Foundation
import GRDB
import NinteiCore

/// A committee member's view of the next meeting: the cases to review, each with where the
/// member stands on it, and the post-hoc reports to hear.
public struct ReviewQueue: Sendable, Equatable, Codable {
    public let meeting: Meeting
    public let items: [ReviewQueueItem]
    public let reports: [AgendaEntry]
}

public struct ReviewQueueItem: Sendable, Equatable, Codable {
    public let entry: AgendaEntry
    public let state: MemberCaseState
}

/// A finding an officer reviewed, with the reason (`findingReview`).
public struct FindingReviewNote: Sendable, Equatable, Codable {
    public let item: String?
    public let code: String
    public let reason: String
    public let reviewedBy: String
}

/// Everything the committee reads about one case: profile and culture notes, declarations and
/// external certifications (in `document`), the checklist section by section with evidence and
/// the rule result (`checklist`, `document.answer(_:)`, `evaluation`), findings with their review
/// notes, the contact log, and the opinions the reader may see.
public struct CasePacket: Sendable {
    public let summary: CaseSummary
    public let document: ApplicationDocument
    public let checklist: Checklist
    public let evaluation: Evaluation
    public let cultureNote: String?
    public let findingReviews: [FindingReviewNote]
    public let contacts: [ContactEntry]
    public let opinions: OpinionsView
    public let decisions: [Decision]
    public let certificate: CertificateRecord?
    /// The display names of the people the packet names (reviewers, recorders, members).
    public let names: DisplayNames

    public func review(of finding: Finding) -> FindingReviewNote? {
        findingReviews.first { $0.code == finding.code.rawValue && $0.item == finding.item }
    }
}

extension Store {
    /// The acting member's queue for the next meeting from `date` on; nil when none is set.
    /// Committee members and the chair (`ReadPermissions.Subject.reviewQueue`).
    public func reviewQueue(asOf date: LocalDate = .today()) throws(StoreError) -> ReviewQueue? {
        try read { db in
            try requireRead(db, .reviewQueue)
            guard let meeting = try nextMeeting(db, asOf: date) else { return nil }
            let agenda = try agenda(db, meetingID: meeting.id)
            let items = try agenda.filter { $0.kind == .review }.map { entry in
                ReviewQueueItem(entry: entry, state: try memberState(db, caseID: entry.summary.id, meetingID: meeting.id))
            }
            return ReviewQueue(meeting: meeting, items: items, reports: agenda.filter { $0.kind == .report })
        }
    }

    private func memberState(_ db: Database, caseID: Int64, meetingID: Int64) throws -> MemberCaseState {
        if let conflict = try conflictType(db, caseID: caseID, member: identity.login) { return .conflict(conflict) }
        let verdict = try String.fetchOne(
            db, sql: "SELECT verdict FROM opinion WHERE meetingId = ? AND caseId = ? AND member = ?", arguments: [meetingID, caseID, identity.login])
        return verdict.flatMap(OpinionVerdict.init(rawValue:)).map(MemberCaseState.opinionGiven) ?? .noOpinion
    }

    /// The packet of one case. Officers read any case; committee members and the chair read a
    /// case once it is on an agenda (`ReadPermissions.Subject.caseFile` and `.contacts`).
    public func casePacket(caseID: Int64) throws(StoreError) -> CasePacket {
        try read { db in
            try requireRead(db, .caseFile, caseID: caseID)
            try requireRead(db, .contacts, caseID: caseID)
            return try packet(db, caseID: caseID)
        }
    }

    /// `casePacket(caseID:)` without its read checks, in one read transaction, for a caller that made them.
    func packet(_ db: Database, caseID: Int64) throws -> CasePacket {
        let snapshot = try snapshot(db, caseID)
        guard let checklist = checklists.checklist(snapshot.document.checklistID) else {
            throw StoreError.refused(LocalizedText(
                ja: "チェックシート「\(snapshot.document.checklistID)」は知りません", en: "unknown checklist \"\(snapshot.document.checklistID)\""))
        }
        let evaluation = Evaluator.evaluate(snapshot.document, checklist: checklist, context: EvaluationContext(reference: reference, today: .today()))
        let summary = CaseSummary(listRow: try Row.fetchOne(db, sql: "SELECT * FROM \"case\" WHERE id = ?", arguments: [caseID])!)
        let reviews = try Row.fetchAll(db, sql: "SELECT * FROM findingReview WHERE caseId = ? ORDER BY item, code", arguments: [caseID]).map { row in
            let item: String = row["item"]
            return FindingReviewNote(item: item.isEmpty ? nil : item, code: row["code"], reason: row["reason"], reviewedBy: row["reviewedBy"])
        }
        let decisions = try Row.fetchAll(db, sql: """
            SELECT d.* FROM decision d JOIN meeting m ON m.id = d.meetingId WHERE d.caseId = ? ORDER BY m.date, m.id
            """, arguments: [caseID]).map(decision)
        return CasePacket(
            summary: summary, document: snapshot.document, checklist: checklist, evaluation: evaluation,
            cultureNote: try String.fetchOne(db, sql: "SELECT note FROM cultureNote WHERE caseId = ?", arguments: [caseID]),
            findingReviews: reviews, contacts: try contactRows(db, caseID: caseID), opinions: try currentOpinions(db, caseID: caseID),
            decisions: decisions, certificate: try latestCertificate(db, caseID: caseID), names: try DisplayNames.fetch(db))
    }

    /// An officer's notes on the firm's culture (会社の風土) for the committee; empty text removes them.
    public func setCultureNote(caseID: Int64, note: String) throws(StoreError) {
        try EntryLimits.cultureNote.check(note)
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                try CommitteeRules.checkWriteCultureNote(roles: roles)
            }
            _ = try caseFacts(db, caseID)
            let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
            let before = try String.fetchOne(db, sql: "SELECT note FROM cultureNote WHERE caseId = ?", arguments: [caseID])
            guard before != text, !(before == nil && text.isEmpty) else { return }
            if text.isEmpty {
                try db.execute(sql: "DELETE FROM cultureNote WHERE caseId = ?", arguments: [caseID])
            } else {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO cultureNote (caseId, note, updatedAt, updatedBy) VALUES (?, ?, ?, ?)",
                    arguments: [caseID, text, Store.now(), identity.login])
            }
            try AuditLog.append(db, login: identity.login, caseID: caseID, action: "culture.note", before: before, after: text.isEmpty ? nil : text)
        }
    }
}
