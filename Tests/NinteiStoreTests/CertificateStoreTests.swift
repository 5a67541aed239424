import Foundation
import NinteiCore
@testable import NinteiPrint
@testable import NinteiStore
import Testing

@Suite("Certificates, the meeting packet and the minutes")
struct CertificateStoreTests {
    /// Both cases approved at the fixture's meeting.
    func approved() throws -> CommitteeFixture {
        let f = try CommitteeFixture()
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        try f.chair.decide(caseID: f.fails, outcome: .approve, reason: "委員会の判断")
        return f
    }

    @Test("numbers run per fiscal year in the Reiwa era, validity is three years less a day")
    func issuing() throws {
        let f = try approved()
        #expect(refusal { () throws(StoreError) in _ = try f.chair.issueCertificate(caseID: f.meets, issuedOn: .today(), settings: .standard) }?
            .contains("only an officer may") == true)
        let first = try f.officer.issueCertificate(caseID: f.meets, issuedOn: LocalDate(iso: "2024-03-31")!, settings: .standard)
        #expect(first.number == "R5-001")
        #expect(first.validUntil == LocalDate(iso: "2027-03-30"))
        #expect(first.firmName == "株式会社さくら精工")
        #expect(first.sections == ["1", "2", "4", "7"])
        #expect(first.strengths.count == 4)
        #expect(try f.officer.loadCase(f.meets).status == .certified)
        let second = try f.officer.issueCertificate(caseID: f.fails, issuedOn: LocalDate(iso: "2024-04-01")!, settings: .standard)
        #expect(second.number == "R6-001", "April starts a new fiscal year and a new run of numbers")
        #expect(refusal { () throws(StoreError) in _ = try f.officer.issueCertificate(caseID: f.meets, issuedOn: .today(), settings: .standard) }?
            .contains("already certified") == true)
        #expect(try f.officer.certificate(caseID: f.meets) == first)
        #expect(try f.officer.auditEvents(caseID: f.meets).contains { $0.action == "certificate.issue" && $0.after?.hasPrefix("R5-001: 2024-03-31..2027-03-30") == true })
    }

    @Test("numbers continue after those already in the store, and a leap-day certificate ends on 28 February")
    func continuesAndLeapDay() throws {
        let f = try approved()
        try f.base.tamper("INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R5-007', 1, '2023-06-01', '2026-05-31')")
        let record = try f.officer.issueCertificate(caseID: f.fails, issuedOn: LocalDate(iso: "2024-02-29")!, settings: .standard)
        #expect(record.number == "R5-008")
        #expect(record.validUntil == LocalDate(iso: "2027-02-28"))
    }

    @Test("several stores issuing at once never take the same number")
    func concurrentIssuers() throws {
        let base = try StoreFixture()
        let officer = try base.store("officer-user")
        try base.admin.addUser("officer-user", role: .chair)
        let meeting = try officer.createMeeting(date: LocalDate(iso: "2023-07-20")!, place: "会議室")
        var ids: [Int64] = []
        for index in 0..<8 {
            var document = try base.example("sakura-seiko")
            document.firm.name += " \(index)"
            let id = try officer.createCase(document, status: .submitted)
            ids.append(id)
        }
        try officer.addToAgenda(meetingID: meeting.id, caseIDs: ids)
        for id in ids { try officer.decide(caseID: id, outcome: .approve) }
        let stores = try ids.map { _ in try base.store("officer-user") }
        let numbers = Mutex<[String]>([])
        let cases = ids
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let record = try? stores[index].issueCertificate(caseID: cases[index], issuedOn: LocalDate(iso: "2023-07-21")!, settings: .standard)
            numbers.withLock { $0.append(record?.number ?? "failed") }
        }
        #expect(numbers.withLock { $0.sorted() } == (1...8).map { "R5-00\($0)" })
    }

    @Test("the meeting packet is one self-contained HTML page in Japanese with every text escaped, and plain text")
    func packet() throws {
        let f = try CommitteeFixture(agenda: false)
        let id = try f.officer.createCase(try f.base.example("kappo-asaka"))
        try f.officer.saveField(caseID: id, path: JSONPath(parsing: "firm.name")!, value: .string("<script>alert(1)</script> & 割烹"), revision: 1)
        try f.officer.setCultureNote(caseID: id, note: "家族的な雰囲気で、子育て中の社員が多い")
        try f.officer.addContact(caseID: id, date: LocalDate(iso: "2023-07-05")!, channel: .phone, note: "2-1 の数字を確認")
        try f.officer.transition(caseID: id, to: .submitted, revision: try f.officer.loadCase(id).revision)
        try f.officer.addToAgenda(meetingID: f.meeting.id, caseIDs: [f.meets, id])
        let packet = try f.officer.meetingPacket(meetingID: f.meeting.id)
        #expect(packet.cases.map(\.entry.summary.id) == [f.meets, id])
        let html = MeetingExport.packetHTML(packet)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<link") && !html.contains("src="), "nothing outside the file")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 割烹"))
        #expect(html.contains("家族的な雰囲気で、子育て中の社員が多い"))
        #expect(html.contains("2-1 の数字を確認"))
        #expect(html.contains("令和5年7月20日"))
        #expect(html.contains("長時間労働の抑制"))
        let text = MeetingExport.packetText(packet)
        #expect(text.contains("<script>alert(1)</script> & 割烹"))
        #expect(text.contains("ヒアリング記録"))
        #expect(refusal { () throws(StoreError) in _ = try f.member.meetingPacket(meetingID: f.meeting.id) } != nil)
    }

    @Test("the minutes list each decision with the rule result, the reason and the opinions")
    func minutes() throws {
        let f = try CommitteeFixture()
        try f.officer.giveOpinion(caseID: f.fails, verdict: .approve, comment: "紙の意見", for: "member-two")
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        try f.chair.decide(caseID: f.fails, outcome: .approve, reason: "申告は後日提出")
        let minutes = try f.chair.meetingMinutes(meetingID: f.meeting.id)
        let html = MeetingExport.minutesHTML(minutes)
        #expect(html.contains("認定（規則の判定と異なる）"))
        #expect(html.contains("申告は後日提出"))
        #expect(html.contains("member-two: 認定可 — 紙の意見（officer-user が代理入力）"))
        let english = MeetingExport.minutesText(minutes, language: .en)
        #expect(english.contains("approved (against the rule result)"))
    }

    @Test("the printable certificate names the firm, the number, the period and the strengths")
    func printable() throws {
        let f = try approved()
        let settings = try StoreFixture.data.loadCertificateSettings()
        let record = try f.officer.issueCertificate(caseID: f.meets, issuedOn: LocalDate(iso: "2023-11-01")!, settings: settings)
        let html = CertificateExport.html(record, settings: settings)
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("第 R5-001 号"))
        #expect(html.contains("株式会社さくら精工 様"))
        #expect(html.contains("令和5年11月1日から令和8年10月31日まで"))
        #expect(html.contains("朝霞市長"))
        let strengths = try #require(StoreFixture.library.checklist("asaka-2023")?.sections.filter { ["1", "2", "4", "7"].contains($0.id) })
        for section in strengths { #expect(html.contains(PrintDocument.escape(section.strength.ja))) }
        let text = CertificateExport.text(record, settings: settings, language: .en)
        #expect(text.contains("Valid from 2023-11-01 through 2026-10-31"))
    }

    @Test("with the mayor's name set (nintei.toml [certificate] mayor_name), it follows the title")
    func mayorName() throws {
        let f = try approved()
        var settings = try StoreFixture.data.loadCertificateSettings()
        settings.mayorName = LocalizedText(ja: "朝霞 太郎", en: "Taro Asaka")
        let record = try f.officer.issueCertificate(caseID: f.meets, issuedOn: LocalDate(iso: "2023-11-01")!, settings: settings)
        #expect(CertificateExport.text(record, settings: settings).contains("朝霞市長　朝霞 太郎　印\n"))
        #expect(CertificateExport.html(record, settings: settings, language: .en).contains("<p class=\"issuer\">The Mayor of Asaka, Taro Asaka<span class=\"seal\">Seal</span></p>"))
    }
}

/// A lock around a value, for collecting results from concurrent work.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
