import Foundation
import NinteiCore
@testable import NinteiPrint
@testable import NinteiStore
import NinteiTestSupport
import Testing

/// Both fixture cases decided: sakura-seiko approved with its certificate issued, hinode-shoukai
/// rejected with the committee's reason.
private func decided() throws -> (CommitteeFixture, CertificateRecord, CertificateSettings) {
    let f = try CommitteeFixture()
    try f.chair.decide(caseID: f.meets, outcome: .approve)
    try f.chair.decide(caseID: f.fails, outcome: .reject, reason: "育児休業の取得実績が確認できないため")
    var settings = try StoreFixture.data.loadCertificateSettings()
    settings.mayorName = LocalizedText(ja: "朝霞 太郎", en: "Taro Asaka")
    let record = try f.officer.issueCertificate(caseID: f.meets, issuedOn: LocalDate(iso: "2023-07-21")!, settings: settings)
    return (f, record, settings)
}

private func letter(_ f: CommitteeFixture, _ kind: LetterKind, certificate: CertificateRecord?, reissue: Bool = false) throws -> DecisionLetter {
    let id = kind == .certification ? f.meets : f.fails
    let firm = try f.officer.loadCase(id).document.firm
    let decision = try #require(try f.officer.decisions(meetingID: f.meeting.id).first { $0.caseID == id })
    return DecisionLetter(
        kind: kind, caseID: id, firmName: firm.name, address: firm.address, representative: firm.representative,
        decidedOn: decision.decidedOn, certificate: certificate, reason: decision.reason, reissue: reissue,
        writtenOn: LocalDate(iso: "2023-07-25")!)
}

@Suite("Printing on A4: the certificate, the packet, the minutes and the decision letters")
struct PrintingTests {
    @Test("every printed document holds the A4 page rule and keeps its borders in print")
    func pageRule() throws {
        let (f, record, settings) = try decided()
        let documents = [
            CertificateExport.html(record, settings: settings),
            MeetingExport.packetHTML(try f.officer.meetingPacket(meetingID: f.meeting.id)),
            MeetingExport.minutesHTML(try f.officer.meetingMinutes(meetingID: f.meeting.id)),
            LetterExport.html(try letter(f, .certification, certificate: record), settings: settings),
            LetterExport.html(try letter(f, .nonCertification, certificate: nil), settings: settings, language: .en),
        ]
        for html in documents {
            #expect(html.contains("@page { size: A4;"))
            #expect(html.contains("print-color-adjust: exact"))
        }
    }

    @Test("the certificate keeps its double frame in print, fits one A4 sheet, and ends with the mayor's title, name and seal space")
    func certificate() throws {
        let (_, record, settings) = try decided()
        let html = CertificateExport.html(record, settings: settings)
        #expect(html.contains("border: 2mm double"))
        #expect(!html.contains("border: none"), "the frame is not taken away in print")
        #expect(html.contains("height: 270mm"), "the sheet is shorter than A4 less its 10 mm margins (277 mm)")
        #expect(html.contains("<p class=\"issuer\">朝霞市長　朝霞 太郎<span class=\"seal\">印</span></p>"))
        #expect(CertificateExport.text(record, settings: settings).hasSuffix("朝霞市長　朝霞 太郎　印\n"))
        var untitled = settings
        untitled.mayorName = nil
        #expect(CertificateExport.html(record, settings: untitled).contains("<p class=\"issuer\">朝霞市長<span class=\"seal\">印</span></p>"),
                "without a name, the title and the seal space")
    }

    @Test("packet tables fit: headers and short columns keep to one line, long texts wrap")
    func packetColumns() throws {
        let (f, _, _) = try decided()
        let html = MeetingExport.packetHTML(try f.officer.meetingPacket(meetingID: f.meeting.id))
        #expect(html.contains("th { background: #eee; white-space: nowrap; word-break: keep-all; }"))
        #expect(html.contains("<td class=\"short\">1</td>"), "the item number column does not wrap")
        #expect(html.contains("<colgroup><col style=\"width: 7%\"><col style=\"width: 50%\"><col style=\"width: 9%\"><col style=\"width: 34%\"></colgroup>"),
                "the checklist tables give the evidence a third of the width")
        #expect(PrintDocument.shortColumns(header: ["議題", "事業者名"], rows: [["1", "株式会社さくら精工とその長い名前の関連会社"]]) == [0])
        #expect(PrintDocument.shortColumns(header: ["a"], rows: [["1\n2"]]) == [])
    }

    @Test("the minutes name the chair and the attendees and end with lines to sign")
    func minutes() throws {
        let f = try CommitteeFixture()
        try f.officer.giveOpinion(caseID: f.fails, verdict: .reject, comment: "", for: "member-two")
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        let minutes = try f.chair.meetingMinutes(meetingID: f.meeting.id)
        #expect(minutes.chairs == ["chair-user"])
        #expect(minutes.attendees == ["chair-user", "member-two", "member-user"])
        let html = MeetingExport.minutesHTML(minutes)
        #expect(html.contains("<dt>議長</dt><dd>chair-user</dd>"))
        #expect(html.contains("<dt>出席者</dt><dd>chair-user、member-two、member-user</dd>"))
        #expect(html.contains("<dt>開会</dt><dd>　　時　　分</dd>"))
        #expect(html.contains("<h2>署名欄</h2>"))
        #expect(html.contains("<span class=\"label\">議長</span><span class=\"line\">chair-user</span><span class=\"seal\">印</span>"))
        let text = MeetingExport.minutesText(minutes)
        #expect(text.contains("議長　chair-user　印"))
        #expect(text.contains("署名委員　＿＿＿＿＿＿＿＿＿＿＿＿　印"))
        #expect(MeetingExport.minutesText(minutes, language: .en).contains("Attendees: chair-user, member-two, member-user"))
    }

    @Test("a certification notice gives the certificate number and validity; a non-certification notice the committee's reason")
    func letters() throws {
        let (f, record, settings) = try decided()
        let yes = LetterExport.html(try letter(f, .certification, certificate: record), settings: settings)
        #expect(yes.contains("<html lang=\"ja\">"))
        #expect(yes.contains("朝霞市ワーク・ライフ・グッドバランス企業認定通知書"))
        #expect(yes.contains("<dt>認定番号</dt><dd>R5-001</dd>"))
        #expect(yes.contains("令和5年7月21日から令和8年7月20日まで"))
        #expect(yes.contains("株式会社さくら精工"))
        #expect(yes.contains("朝霞市長　朝霞 太郎<span class=\"seal\">印</span>"))
        #expect(!yes.contains("再発行"))
        let no = LetterExport.text(try letter(f, .nonCertification, certificate: nil), settings: settings)
        #expect(no.contains("不認定通知書"))
        #expect(no.contains("理由: 育児休業の取得実績が確認できないため"))
        #expect(no.contains("認定しないことと決定しました"))
        let again = LetterExport.text(try letter(f, .certification, certificate: record, reissue: true), settings: settings)
        #expect(again.contains("再発行"))
        let english = LetterExport.text(try letter(f, .nonCertification, certificate: nil), settings: settings, language: .en)
        #expect(english.contains("Reason: 育児休業の取得実績が確認できないため"))
        #expect(LetterExport.baseName(try letter(f, .nonCertification, certificate: nil)) == "letter-\(f.fails)-non-certification")
    }

    @Test("letters are recorded by an officer only, for the decision they tell of, and a second one is a reissue")
    func recording() throws {
        let (f, _, _) = try decided()
        #expect(refusal { () throws(StoreError) in try f.chair.recordLetter(caseID: f.meets, kind: .certification) }?.contains("officer") == true)
        #expect(refusal { () throws(StoreError) in try f.officer.recordLetter(caseID: f.fails, kind: .certification) }?
            .contains("decided \"approved\"") == true)
        let first = try f.officer.recordLetter(caseID: f.meets, kind: .certification)
        #expect(!first.isReissue)
        let second = try f.officer.recordLetter(caseID: f.meets, kind: .certification)
        #expect(second.isReissue && second.earlier == 1)
        let events = try f.officer.auditEvents(caseID: f.meets).filter { $0.action == "letter.certification" }
        #expect(events.map(\.after).contains("認定通知書 R5-001"))
        #expect(events.map(\.after).contains("認定通知書 R5-001（再発行 1回目）"))
        #expect(try f.officer.recordLetter(caseID: f.fails, kind: .nonCertification).earlier == 0)
        #expect(try f.officer.verifyAudit(extending: nil).isIntact)
    }

    @Test("an approved case without its certificate gets no certification notice")
    func noCertificateYet() throws {
        let f = try CommitteeFixture()
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        #expect(refusal { () throws(StoreError) in try f.officer.recordLetter(caseID: f.meets, kind: .certification) }?
            .contains("certificate is not issued") == true)
        #expect(refusal { () throws(StoreError) in try f.officer.recordLetter(caseID: f.fails, kind: .nonCertification) }?
            .contains("no decision yet") == true)
    }

    @Test(
        "printed with headless Chromium, each document is A4 and the certificate one page",
        .enabled(if: HeadlessChromium.available, "needs Debian's chromium and poppler-utils (pdfinfo): apt-get install chromium poppler-utils"))
    func chromium() throws {
        let (f, record, settings) = try decided()
        // NINTEI_PRINT_DIR keeps the HTML and PDF files there, to look at by eye.
        let kept = ProcessInfo.processInfo.environment["NINTEI_PRINT_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        let folder = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("nintei-print-\(UUID().uuidString)").path
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let documents = [
            ("certificate", CertificateExport.html(record, settings: settings)),
            ("certificate-en", CertificateExport.html(record, settings: settings, language: .en)),
            ("packet", MeetingExport.packetHTML(try f.officer.meetingPacket(meetingID: f.meeting.id))),
            ("minutes", MeetingExport.minutesHTML(try f.officer.meetingMinutes(meetingID: f.meeting.id))),
            ("letter-yes", LetterExport.html(try letter(f, .certification, certificate: record), settings: settings)),
            ("letter-no", LetterExport.html(try letter(f, .nonCertification, certificate: nil), settings: settings)),
            ("letter-return", LetterExport.html(DecisionLetter(
                kind: .returnNotice, caseID: f.fails, firmName: "日の出商会株式会社", address: "埼玉県朝霞市本町1-1-1", representative: "日野 出男",
                decidedOn: CommitteeFixture.meetingDay, certificate: nil, reason: "育児休業の実績の記載を補ってください",
                missing: ["[3-1] 育児休業の取得者数が記入されていません", "[4-3] 利用実績が記入されていません", "[7-1] 上記以外の取組の内容が記入されていません"],
                reissue: true, writtenOn: CommitteeFixture.meetingDay, officer: "主任　鈴木 花子"), settings: settings)),
            ("letter-renewal", LetterExport.html(DecisionLetter(
                kind: .renewalNotice, caseID: f.meets, firmName: "株式会社さくら精工", address: "埼玉県朝霞市本町1-1-1", representative: "桜 太郎",
                decidedOn: nil, certificate: record, reason: "", reissue: false, writtenOn: CommitteeFixture.meetingDay, officer: "主任　鈴木 花子"),
                settings: settings, language: .en)),
        ]
        for (name, html) in documents {
            let info = try HeadlessChromium.printToPDF(html, name: name, folder: folder)
            #expect(info.a4, "\(name) is not A4: \(info.pageSize)")
            if name.hasPrefix("certificate") || name.hasPrefix("letter") { #expect(info.pages == 1, "\(name) has \(info.pages) pages") }
            if name == "packet" { #expect(info.pages > 1, "each case starts on a page of its own") }
        }
    }
}

/// Headless Chromium and pdfinfo, when the machine has them.
enum HeadlessChromium {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdfinfo = ["/usr/bin/pdfinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { chromium != nil && pdfinfo != nil }

    struct PDFInfo {
        let pages: Int
        let pageSize: String
        var a4: Bool { pageSize.contains("(A4)") }
    }

    /// Writes `html` into `folder`, prints it to PDF and reads its page count and size.
    static func printToPDF(_ html: String, name: String, folder: String) throws -> PDFInfo {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let page = folder + "/" + name + ".html"
        let pdf = folder + "/" + name + ".pdf"
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        _ = try toolOutput(chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder)/profile",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString,
        ])
        let info = try toolOutput(pdfinfo!, [pdf])
        let lines = info.split(separator: "\n")
        let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        let size = lines.first { $0.hasPrefix("Page size:") }.map { String($0.dropFirst(10)).trimmingCharacters(in: .whitespaces) } ?? ""
        return PDFInfo(pages: pages, pageSize: size)
    }
}
