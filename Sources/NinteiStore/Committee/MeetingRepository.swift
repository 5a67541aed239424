import Foundation
import GRDB
import NinteiCore

public struct Meeting: Sendable, Equatable, Codable {
    public let id: Int64
    public let date: LocalDate
    public let place: String
    public let createdBy: String
}

/// One line of a meeting's agenda: the case, why it is there, and what was decided.
public struct AgendaEntry: Sendable, Equatable, Codable {
    public let meetingID: Int64
    public let position: Int
    public let kind: AgendaKind
    public let summary: CaseSummary
    public let decision: Decision?
}

extension Store {
    /// An officer sets up a committee meeting.
    @discardableResult
    public func createMeeting(date: LocalDate, place: String) throws(StoreError) -> Meeting {
        let place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !place.isEmpty else {
            throw .refused(LocalizedText(ja: "開催場所（place）が空です", en: "the meeting's place is empty"))
        }
        try EntryLimits.meetingPlace.check(place)
        return try write { db in
            let roles = try actingRoles(db)
            try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkManageMeetings(roles: roles) }
            try db.execute(
                sql: "INSERT INTO meeting (date, place, createdAt, createdBy) VALUES (?, ?, ?, ?)",
                arguments: [date.iso, place, Store.now(), identity.login])
            let id = db.lastInsertedRowID
            try AuditLog.append(db, login: identity.login, caseID: nil, action: "meeting.create", before: nil, after: "\(id): \(date.iso) \(place)")
            return Meeting(id: id, date: date, place: place, createdBy: identity.login)
        }
    }

    /// Meetings, latest first.
    public func meetings() throws(StoreError) -> [Meeting] {
        try read { db in
            try requireRead(db, .meetings)
            return try Row.fetchAll(db, sql: "SELECT * FROM meeting ORDER BY date DESC, id DESC").map(meeting)
        }
    }

    public func meeting(_ id: Int64) throws(StoreError) -> Meeting {
        try read { db in
            try requireRead(db, .meetings)
            return try meeting(db, id)
        }
    }

    func meeting(_ db: Database, _ id: Int64) throws -> Meeting {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id]) else {
            throw StoreError.refused(LocalizedText(ja: "審査会 \(id) はありません", en: "there is no meeting \(id)"))
        }
        return meeting(row)
    }

    private func meeting(_ row: Row) -> Meeting {
        Meeting(id: row["id"], date: LocalDate(iso: row["date"]) ?? .today(), place: row["place"], createdBy: row["createdBy"])
    }

    /// The next meeting from `date` on (today's included), if one is set.
    public func nextMeeting(asOf date: LocalDate = .today()) throws(StoreError) -> Meeting? {
        try read { db in
            try requireRead(db, .meetings)
            return try nextMeeting(db, asOf: date)
        }
    }

    func nextMeeting(_ db: Database, asOf date: LocalDate) throws -> Meeting? {
        try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE date >= ? ORDER BY date, id LIMIT 1", arguments: [date.iso]).map(meeting)
    }

    /// Puts submitted cases on a meeting's agenda, after those already there, in the order given;
    /// each goes into review. All or nothing: a refusal names the case that was refused.
    public func addToAgenda(meetingID: Int64, caseIDs: [Int64]) throws(StoreError) {
        try write { db in
            let roles = try actingRoles(db)
            try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkManageMeetings(roles: roles) }
            _ = try meeting(db, meetingID)
            for caseID in caseIDs {
                let facts = try caseFacts(db, caseID)
                try checked { () throws(Lifecycle.Refusal) in
                    do throws(Lifecycle.Refusal) {
                        try CommitteeRules.checkPutOnAgenda(status: facts.status, roles: roles)
                    } catch {
                        throw Lifecycle.Refusal(LocalizedText(ja: "案件 \(caseID): " + error.reason.ja, en: "case \(caseID): " + error.reason.en))
                    }
                }
                try insertAgendaItem(db, meetingID: meetingID, caseID: caseID, kind: .review)
                if facts.status == .submitted {
                    try checked { () throws(Lifecycle.Refusal) in try Lifecycle.check(from: .submitted, to: .inReview, roles: roles) }
                    try setStatus(db, facts, to: .inReview)
                }
            }
        }
    }

    private func insertAgendaItem(_ db: Database, meetingID: Int64, caseID: Int64, kind: AgendaKind) throws {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agendaItem WHERE meetingId = ? AND caseId = ?)", arguments: [meetingID, caseID]) == true {
            throw StoreError.refused(LocalizedText(
                ja: "案件 \(caseID) は既に審査会 \(meetingID) の議題にあります", en: "case \(caseID) is already on the agenda of meeting \(meetingID)"))
        }
        let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM agendaItem WHERE meetingId = ?", arguments: [meetingID]) ?? 0) + 1
        try db.execute(
            sql: "INSERT INTO agendaItem (meetingId, caseId, position, kind, addedAt, addedBy) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [meetingID, caseID, position, kind.rawValue, Store.now(), identity.login])
        try AuditLog.append(db, login: identity.login, caseID: caseID, action: "agenda.add", before: nil, after: "meeting \(meetingID) #\(position) \(kind.rawValue)")
    }

    /// Sets the order of a meeting's agenda: `caseIDs` must be exactly the cases on it.
    public func reorderAgenda(meetingID: Int64, caseIDs: [Int64]) throws(StoreError) {
        try write { db in
            let roles = try actingRoles(db)
            try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkManageMeetings(roles: roles) }
            let current = try Int64.fetchAll(db, sql: "SELECT caseId FROM agendaItem WHERE meetingId = ? ORDER BY position", arguments: [meetingID])
            guard Set(current) == Set(caseIDs), current.count == caseIDs.count else {
                throw StoreError.refused(LocalizedText(
                    ja: "並べ替えには審査会 \(meetingID) の議題の案件すべてを一度ずつ指定してください（現在: \(current.map(String.init).joined(separator: ", "))）",
                    en: "name every case on the agenda of meeting \(meetingID) once (now: \(current.map(String.init).joined(separator: ", ")))"))
            }
            for (index, caseID) in caseIDs.enumerated() {
                try db.execute(sql: "UPDATE agendaItem SET position = ? WHERE meetingId = ? AND caseId = ?", arguments: [index + 1, meetingID, caseID])
            }
            try AuditLog.append(
                db, login: identity.login, caseID: nil, action: "agenda.order",
                before: "meeting \(meetingID): " + current.map(String.init).joined(separator: ","),
                after: "meeting \(meetingID): " + caseIDs.map(String.init).joined(separator: ","))
        }
    }

    /// A meeting's agenda in order, with each item's decision once recorded.
    public func agenda(meetingID: Int64) throws(StoreError) -> [AgendaEntry] {
        try read { db in
            try requireRead(db, .meetings)
            return try agenda(db, meetingID: meetingID)
        }
    }

    func agenda(_ db: Database, meetingID: Int64) throws -> [AgendaEntry] {
        _ = try meeting(db, meetingID)
        let decisions = Dictionary(uniqueKeysWithValues: try decisionRows(db, meetingID: meetingID).map { ($0.caseID, $0) })
        return try Row.fetchAll(db, sql: """
            SELECT a.position, a.kind, c.* FROM agendaItem a JOIN "case" c ON c.id = a.caseId
            WHERE a.meetingId = ? ORDER BY a.position
            """, arguments: [meetingID]).map { row in
            let summary = CaseSummary(listRow: row)
            return AgendaEntry(
                meetingID: meetingID, position: row["position"], kind: AgendaKind(rawValue: row["kind"]) ?? .review,
                summary: summary, decision: decisions[summary.id])
        }
    }

    /// Renewals granted without re-review (`grantRenewal`) and not reported yet: the post-hoc
    /// reports (事後報告) the next meeting should hear, granted on or before its date.
    public func postHocCandidates(meetingID: Int64) throws(StoreError) -> [CaseSummary] {
        try read { db in
            try requireRead(db, .postHocCandidates)
            return try postHocCandidates(db, meeting: try meeting(db, meetingID)).map(CaseSummary.init(listRow:))
        }
    }

    private func postHocCandidates(_ db: Database, meeting: Meeting) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT c.* FROM "case" c JOIN certificate t ON t.caseId = c.id
            WHERE c.kind = 'renewal' AND t.issuedOn <= ?
              AND NOT EXISTS (SELECT 1 FROM agendaItem a WHERE a.caseId = c.id)
              AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.caseId = c.id)
            ORDER BY t.issuedOn, t.number
            """, arguments: [meeting.date.iso])
    }

    /// Adds every post-hoc candidate to the meeting's agenda as a report; returns their cases.
    @discardableResult
    public func addPostHocReports(meetingID: Int64) throws(StoreError) -> [Int64] {
        try write { db in
            let roles = try actingRoles(db)
            try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkManageMeetings(roles: roles) }
            let ids: [Int64] = try postHocCandidates(db, meeting: try meeting(db, meetingID)).map { $0["id"] }
            for id in ids { try insertAgendaItem(db, meetingID: meetingID, caseID: id, kind: .report) }
            return ids
        }
    }
}
