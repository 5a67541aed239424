import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// setUserName through the server: an administrator names a login, audit-logged as on the file,
/// and the minutes read through the server name people by it.
@Suite struct DisplayNameThroughServerTests {
    @Test func anAdministratorNamesALoginThroughTheServerAndTheMinutesUseIt() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        try office.grant(.chair)
        let client = try office.client()
        #expect(throws: StoreError.self) { try client.setUserName(office.me.login, name: "伊藤 一郎", title: nil) }
        try office.grant(.admin)
        try client.setUserName(office.me.login, name: "伊藤 一郎", title: "審査会長")
        #expect(try client.users().first { $0.login == office.me.login }?.person == Person(name: "伊藤 一郎", title: "審査会長"))
        let events = try client.auditEvents(caseID: nil, limit: nil).filter { $0.action == "user.name" }
        #expect(events.map(\.after) == ["\(office.me.login): 伊藤 一郎（審査会長）"])
        let meeting = try client.createMeeting(date: LocalDate(iso: "2023-07-20")!, place: "会議室")
        #expect(try client.meetingMinutes(meetingID: meeting.id).names.name(office.me.login) == "伊藤 一郎")
    }
}
