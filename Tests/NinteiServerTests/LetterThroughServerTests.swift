import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// recordLetter through the server: the same rule and the same audit event as on the file.
@Suite struct LetterThroughServerTests {
    @Test func aLetterRecordedThroughTheServerIsAnAuditEventAndTheSecondIsAReissue() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        try office.grant(.chair)
        let client = try office.client()
        let id = try client.createCase(try office.example("sakura-seiko"))
        try client.transition(caseID: id, to: .submitted, revision: try client.loadCase(id).revision)
        let meeting = try client.createMeeting(date: LocalDate(iso: "2023-07-20")!, place: "会議室")
        try client.addToAgenda(meetingID: meeting.id, caseIDs: [id])
        try client.decide(caseID: id, outcome: .approve, reason: nil)
        #expect(throws: StoreError.self) { try client.recordLetter(caseID: id, kind: .certification) }
        let record = try client.issueCertificate(caseID: id, issuedOn: LocalDate(iso: "2023-07-21")!, settings: .standard)
        let first = try client.recordLetter(caseID: id, kind: .certification)
        #expect(first.caseID == id && first.kind == .certification && first.earlier == 0 && first.recordedBy == office.me.login)
        #expect(try client.recordLetter(caseID: id, kind: .certification).isReissue)
        let events = try client.auditEvents(caseID: id, limit: nil).filter { $0.action == "letter.certification" }
        #expect(Set(events.map(\.after)) == ["認定通知書 \(record.number)", "認定通知書 \(record.number)（再発行 1回目）"])
        let minutes = try client.meetingMinutes(meetingID: meeting.id)
        #expect(minutes.chairs == [office.me.login])
    }
}
