import GRDB
import NinteiCore

/// What is printed before a meeting: every case on the agenda with its packet, and the reports.
public struct MeetingPacket: Sendable {
    public let meeting: Meeting
    public let cases: [(entry: AgendaEntry, packet: CasePacket)]
    public let reports: [(entry: AgendaEntry, certificate: CertificateRecord?)]
}

/// What is printed after a meeting: each agenda item with its decision and the opinions given.
public struct MeetingMinutes: Sendable, Equatable, Codable {
    public let meeting: Meeting
    public let entries: [AgendaEntry]
    public let opinions: [Int64: [Opinion]]
    /// The audit log's head when the minutes were made, printed in them to be kept.
    public let auditHead: AuditHead
    /// 出席者: the committee members and chairs, and everyone who gave an opinion at the
    /// meeting, by login, sorted; printed by `names`.
    public let attendees: [String]
    /// 議長: the logins with the chair role.
    public let chairs: [String]
    /// The display names of the people the minutes name.
    public let names: DisplayNames
}

extension Store {
    /// Every case on the agenda with its packet, and the reports: officers and the chair
    /// (`ReadPermissions.Subject.meetingDocuments`). Opinions as `opinions(caseID:)` shows them
    /// to the acting login (none of a case they are conflicted on).
    public func meetingPacket(meetingID: Int64) throws(StoreError) -> MeetingPacket {
        try read { db in
            try requireRead(db, .meetingDocuments)
            let meeting = try meeting(db, meetingID)
            var cases: [(entry: AgendaEntry, packet: CasePacket)] = []
            var reports: [(entry: AgendaEntry, certificate: CertificateRecord?)] = []
            for entry in try agenda(db, meetingID: meetingID) {
                switch entry.kind {
                case .review: cases.append((entry, try packet(db, caseID: entry.summary.id)))
                case .report: reports.append((entry, try latestCertificate(db, caseID: entry.summary.id)))
                }
            }
            return MeetingPacket(meeting: meeting, cases: cases, reports: reports)
        }
    }

    /// Each agenda item with its decision and the opinions the acting login may see: officers and the chair.
    public func meetingMinutes(meetingID: Int64) throws(StoreError) -> MeetingMinutes {
        try read { db in
            try requireRead(db, .meetingDocuments)
            let meeting = try meeting(db, meetingID)
            let entries = try agenda(db, meetingID: meetingID)
            var byCase: [Int64: [Opinion]] = [:]
            for entry in entries {
                byCase[entry.summary.id] = try opinionsView(db, caseID: entry.summary.id, meetingID: meetingID, decided: entry.decision != nil).opinions
            }
            let members = try String.fetchAll(db, sql: "SELECT DISTINCT login FROM user WHERE role IN ('committee', 'chair')")
            let chairs = try String.fetchAll(db, sql: "SELECT DISTINCT login FROM user WHERE role = 'chair' ORDER BY login")
            let gave = try String.fetchAll(db, sql: "SELECT DISTINCT member FROM opinion WHERE meetingId = ?", arguments: [meetingID])
            return MeetingMinutes(
                meeting: meeting, entries: entries, opinions: byCase, auditHead: try AuditLog.head(db),
                attendees: Set(members + gave).sorted(), chairs: chairs, names: try DisplayNames.fetch(db))
        }
    }
}
