import Foundation
import GRDB
import NinteiCore
import NinteiPrint
@testable import NinteiStore
import Testing

@Suite("Published list")
struct PublishedListTests {
    static let day = LocalDate(iso: "2026-11-21")!

    /// A store where one firm is certified and in force, its internal fields all marked, and
    /// marked firms in every other situation.
    func seeded() throws -> StoreFixture {
        let fixture = try StoreFixture()
        let published = try fixture.seedCase(
            name: "公開される株式会社", kana: "コウカイサレルカブシキガイシャ", status: .certified,
            certificate: ("R8-010", "2026-04-01", "2029-03-31")
        ) { document in
            document.firm.address = "MARKER-ADDRESS"
            document.firm.representative = "MARKER-REPRESENTATIVE"
            document.firm.contactName = "MARKER-CONTACT-NAME"
            document.firm.phone = "MARKER-PHONE"
            document.firm.email = "marker-mail@example.jp"
            document.firm.employees = 987_654
            document.certifications = [ExternalCertification(scheme: "kurumin", category: "MARKER-CERTIFICATION")]
            var answer = document.answer("1-1")
            answer.text = "MARKER-ANSWER-TEXT"
            document.answers["1-1"] = answer
        }
        let officer = try fixture.store("officer-user")
        try officer.addContact(caseID: published, date: LocalDate(iso: "2026-03-01")!, channel: .phone, note: "MARKER-HEARING-NOTE")
        try officer.write { db in
            try db.execute(
                sql: "INSERT INTO findingReview (caseId, item, code, reason, reviewedAt, reviewedBy) VALUES (?, '3-1', 'leave-no-reference', ?, 'x', ?)",
                arguments: [published, "MARKER-FINDING-REASON", "MARKER-REVIEWER"])
            try db.execute(sql: "UPDATE \"case\" SET createdBy = 'MARKER-OFFICER', updatedBy = 'MARKER-OFFICER' WHERE id = ?", arguments: [published])
        }
        let valid = (number: "", issuedOn: "2026-04-01", validUntil: "2029-03-31")
        for (index, status) in [CaseStatus.draft, .submitted, .inReview, .approved, .rejected, .returned, .renewed, .expired, .withdrawn].enumerated() {
            try fixture.seedCase(
                name: "MARKER-\(status.rawValue)-FIRM", kana: "マーカー", status: status,
                certificate: [.renewed, .expired, .withdrawn, .approved].contains(status) ? ("X-\(index)", valid.issuedOn, valid.validUntil) : nil)
        }
        try fixture.seedCase(name: "MARKER-ENDED-FIRM", status: .certified, certificate: ("X-20", "2023-11-01", "2026-10-31"))
        try fixture.seedCase(name: "MARKER-RENEWALDUE-ENDED-FIRM", status: .renewalDue, certificate: ("X-21", "2023-11-20", "2026-11-20"))
        try fixture.seedCase(name: "MARKER-NOT-YET-ISSUED-FIRM", status: .certified, certificate: ("X-22", "2026-12-01", "2029-11-30"))
        return fixture
    }

    @Test("only certified firms in force appear, and no internal field reaches any file")
    func nothingInternal() throws {
        let fixture = try seeded()
        let browser = try fixture.store("stranger", mode: .readOnly)
        let firms = try browser.certifiedFirms(asOf: Self.day)
        #expect(firms.map(\.name) == ["公開される株式会社"])
        let files = PublishedSite.files(firms, asOf: Self.day)
        #expect(Set(files.map(\.path)) == ["index.html", "certified-firms.csv", "certified-firms.json", "firms/R8-010.html"])
        for file in files {
            #expect(file.contents.contains("公開される株式会社"), "\(file.path) lists the firm")
            for forbidden in ["MARKER", "marker-mail", "987654", "987,654", "officer-user", "admin-user", "R8-010\" data-case"] {
                #expect(!file.contents.contains(forbidden), "\(file.path) contains \(forbidden)")
            }
        }
    }

    @Test("the HTML is Japanese, self-contained and accessible; CSV has a BOM and CRLF; JSON is the same list")
    func formats() throws {
        let fixture = try seeded()
        let firms = try fixture.store("stranger", mode: .readOnly).certifiedFirms(asOf: Self.day)
        let files = Dictionary(uniqueKeysWithValues: PublishedSite.files(firms, asOf: Self.day).map { ($0.path, $0.contents) })
        let index = try #require(files["index.html"])
        #expect(index.contains("<html lang=\"ja\">"))
        #expect(index.contains("<meta name=\"viewport\""))
        #expect(index.contains("<h1>"))
        #expect(index.contains("<th scope=\"col\""))
        #expect(index.contains("<th scope=\"row\""))
        #expect(index.contains("<caption"))
        for html in files.filter({ $0.key.hasSuffix(".html") }).values {
            #expect(!html.contains("<script"))
            #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
            #expect(!html.contains("<link"))
        }
        let page = try #require(files["firms/R8-010.html"])
        #expect(page.contains("<h2>力を入れている取組</h2>"))
        #expect(page.contains("長時間労働の抑制に力を入れている"))
        #expect(!page.contains("休暇の取得促進"), "only passed sections")
        #expect(page.contains("令和11年3月31日"))
        let csv = try #require(files["certified-firms.csv"])
        #expect(csv.hasPrefix("\u{FEFF}認定番号,"))
        #expect(csv.contains("\r\nR8-010,公開される株式会社,"))
        let json = try #require(files["certified-firms.json"])
        let value = try JSONParser.parse(json)
        guard case .object(let members) = value, case .array(let entries)? = members.first(where: { $0.key == "firms" })?.value else {
            Issue.record("firms is not an array")
            return
        }
        #expect(entries.count == 1)
    }

    @Test("names are escaped in HTML")
    func escaping() throws {
        let fixture = try StoreFixture()
        try fixture.seedCase(name: "<b>&\"株式会社\"</b>", status: .certified, certificate: ("R8-011", "2026-04-01", "2029-03-31"))
        let firms = try fixture.store("stranger", mode: .readOnly).certifiedFirms(asOf: Self.day)
        let index = PublishedSite.files(firms, asOf: Self.day)[0].contents
        #expect(index.contains("&lt;b&gt;&amp;&quot;株式会社&quot;&lt;/b&gt;"))
        #expect(!index.contains("<b>&"))
    }
}
