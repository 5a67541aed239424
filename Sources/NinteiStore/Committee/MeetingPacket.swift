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
}

extension Store {
    public func meetingPacket(meetingID: Int64) throws(StoreError) -> MeetingPacket {
        try requireExport()
        let meeting = try meeting(meetingID)
        let agenda = try agenda(meetingID: meetingID)
        var cases: [(entry: AgendaEntry, packet: CasePacket)] = []
        var reports: [(entry: AgendaEntry, certificate: CertificateRecord?)] = []
        for entry in agenda {
            switch entry.kind {
            case .review: cases.append((entry, try casePacket(caseID: entry.summary.id)))
            case .report: reports.append((entry, try certificate(caseID: entry.summary.id)))
            }
        }
        return MeetingPacket(meeting: meeting, cases: cases, reports: reports)
    }

    public func meetingMinutes(meetingID: Int64) throws(StoreError) -> MeetingMinutes {
        try requireExport()
        let meeting = try meeting(meetingID)
        let entries = try agenda(meetingID: meetingID)
        let (opinions, head) = try read { db in
            var byCase: [Int64: [Opinion]] = [:]
            for entry in entries {
                byCase[entry.summary.id] = try opinionsView(db, caseID: entry.summary.id, meetingID: meetingID, decided: entry.decision != nil).opinions
            }
            return (byCase, try AuditLog.head(db))
        }
        return MeetingMinutes(meeting: meeting, entries: entries, opinions: opinions, auditHead: head)
    }

    private func requireExport() throws(StoreError) {
        let roles = try roles()
        try checked { () throws(Lifecycle.Refusal) in try CommitteeRules.checkExportMeeting(roles: roles) }
    }
}
