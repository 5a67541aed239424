import Foundation
import NinteiCore
@testable import NinteiPrint
@testable import NinteiStore
import Testing

@Suite("Display names: 氏名 and 役職 of a login, set by an administrator, audit-logged, printed on documents")
struct DisplayNameTests {
    @Test("an administrator sets, changes and clears a name and title; each change is an audit event")
    func setAndAudit() throws {
        let f = try StoreFixture()
        try f.admin.setUserName("chair-user", name: "伊藤 一郎", title: "審査会長")
        #expect(try f.admin.users().first { $0.login == "chair-user" }?.person == Person(name: "伊藤 一郎", title: "審査会長"))
        try f.admin.setUserName("chair-user", name: nil, title: "委員長")
        try f.admin.setUserName("chair-user", name: nil, title: "委員長")  // unchanged: no event
        try f.admin.setUserName("chair-user", name: "", title: nil)
        #expect(try f.admin.users().first { $0.login == "chair-user" }?.person == Person(name: "", title: "委員長"))
        let events = try f.admin.auditEvents().filter { $0.action == "user.name" }
        #expect(events.map(\.after) == ["chair-user: 伊藤 一郎（審査会長）", "chair-user: 伊藤 一郎（委員長）", "chair-user: （委員長）"])
        #expect(events.map(\.before) == [nil, "chair-user: 伊藤 一郎（審査会長）", "chair-user: 伊藤 一郎（委員長）"])
        #expect(events.allSatisfy { $0.login == "admin-user" })
        #expect(try f.admin.verifyAudit(extending: nil).isIntact)
    }

    @Test("only an administrator names people, and only a login that has a role")
    func refusals() throws {
        let f = try StoreFixture()
        let officer = try f.store("officer-user")
        #expect(refusal { () throws(StoreError) in try officer.setUserName("officer-user", name: "鈴木 花子", title: nil) } != nil)
        #expect(refusal { () throws(StoreError) in try f.admin.setUserName("nobody", name: "名無し", title: nil) }?.contains("nintei user add") == true)
        #expect(try f.admin.auditEvents().filter { $0.action == "user.name" }.isEmpty)
    }

    @Test("a login without a name is named by the login; a title goes before the name")
    func fallback() {
        let names = DisplayNames(["ito": Person(name: "伊藤 一郎", title: "審査会長"), "sato": Person(name: "", title: "委員")])
        #expect(names.name("ito") == "伊藤 一郎")
        #expect(names.name("sato") == "sato")
        #expect(names.name("tanaka") == "tanaka")
        #expect(names.titled("ito", language: .ja) == "審査会長　伊藤 一郎")
        #expect(names.titled("ito", language: .en) == "審査会長 伊藤 一郎")
        #expect(names.titled("tanaka", language: .ja) == "tanaka")
    }

    @Test("the minutes name the chair, the attendees, the signature line and the opinions by display name")
    func minutes() throws {
        let f = try CommitteeFixture()
        try f.base.admin.setUserName("chair-user", name: "伊藤 一郎", title: "審査会長")
        try f.base.admin.setUserName("member-user", name: "佐藤 誠", title: nil)
        try f.officer.giveOpinion(caseID: f.fails, verdict: .reject, comment: "実績なし", for: "member-user")
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        let html = MeetingExport.minutesHTML(try f.chair.meetingMinutes(meetingID: f.meeting.id))
        #expect(html.contains("<dt>議長</dt><dd>審査会長　伊藤 一郎</dd>"))
        #expect(html.contains("<dt>出席者</dt><dd>伊藤 一郎、member-two、佐藤 誠</dd>"))
        #expect(html.contains("<span class=\"label\">議長</span><span class=\"line\">審査会長　伊藤 一郎</span>"))
        #expect(html.contains("佐藤 誠: "))
        #expect(html.contains("officer-user が代理入力"))
        #expect(!html.contains("chair-user") && !html.contains("member-user"))
    }

    @Test("a letter names the officer who wrote it by display name and title")
    func letter() throws {
        let f = try CommitteeFixture()
        try f.base.admin.setUserName("officer-user", name: "鈴木 花子", title: "主任")
        try f.chair.decide(caseID: f.fails, outcome: .reject, reason: "実績なし")
        let record = try f.officer.recordLetter(caseID: f.fails, kind: .nonCertification)
        #expect(record.recordedByPerson == Person(name: "鈴木 花子", title: "主任"))
        let letter = DecisionLetter(
            kind: .nonCertification, caseID: f.fails, firmName: "日の出商会", address: nil, representative: nil,
            decidedOn: CommitteeFixture.meetingDay, certificate: nil, reason: "実績なし", reissue: false, writtenOn: CommitteeFixture.meetingDay,
            officer: record.recordedByName(.ja))
        #expect(LetterExport.text(letter, settings: try StoreFixture.data.loadCertificateSettings()).contains("担当　主任　鈴木 花子"))
    }

    @Test("the demo office's staff have Japanese names")
    func demo() throws {
        #expect(DemoOffice.staffNames["ito"] == Person(name: "伊藤 一郎", title: "審査会長"))
        #expect(Set(DemoOffice.staff.map(\.login)) == Set(DemoOffice.staffNames.keys))
    }
}
