import Foundation
import GRDB
import NinteiCore
import NinteiPrint
@testable import NinteiStore
import NinteiTestSupport
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
            document.firm.address = "埼玉県朝霞市本町1-1-1"  // 所在地 is published
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
            #expect(!html.contains("src="), "no external assets")
            #expect(!html.contains("<link"))
            #expect(html.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/deed.ja\" rel=\"license\">CC BY 4.0</a>"))
        }
        let page = try #require(files["firms/R8-010.html"])
        #expect(page.contains("<h2>力を入れている取組</h2>"))
        #expect(page.contains("長時間労働の抑制に力を入れている"))
        #expect(!page.contains("休暇の取得促進"), "only passed sections")
        #expect(page.contains("令和11年3月31日"))
        let csv = try #require(files["certified-firms.csv"])
        #expect(csv.hasPrefix("\u{FEFF}全国地方公共団体コード,"))
        #expect(csv.contains("\r\n,,R8-010,公開される株式会社,"))
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

    static let asaka = OfficeConfiguration.Municipality(name: "朝霞市", code: "112275")

    @Test("the CSV has the open-data columns once, one value per cell, Western dates and a flag per strength")
    func openDataCSV() throws {
        let fixture = try seeded()
        try fixture.seedCase(name: "二社目株式会社", kana: "ニシャメ", status: .certified, certificate: ("R8-012", "2026-05-01", "2029-04-30"))
        let firms = try fixture.store("stranger", mode: .readOnly).certifiedFirms(asOf: Self.day)
        let files = Dictionary(uniqueKeysWithValues: PublishedSite.files(firms, Publication(asOf: Self.day, municipality: Self.asaka)).map { ($0.path, $0.contents) })
        let csv = try #require(files["certified-firms.csv"])
        #expect(csv.hasPrefix("\u{FEFF}"))
        let rows = CSVRows.parse(String(csv.dropFirst()))
        let header = try #require(rows.first)
        #expect(Array(header.prefix(12)) == [
            "全国地方公共団体コード", "地方公共団体名", "認定番号", "名称", "名称_カナ", "法人番号", "所在地_連結表記", "業種コード", "業種",
            "有効期間開始日", "有効期間終了日", "URL",
        ])
        let strengths = header.dropFirst(12)
        #expect(!strengths.isEmpty && strengths.allSatisfy { $0.hasPrefix("取組_") })
        #expect(rows.filter { $0 == header }.count == 1, "the header once")
        #expect(rows.count == 3)
        for row in rows.dropFirst() {
            #expect(row.count == header.count)
            #expect(row[0] == "112275" && row[1] == "朝霞市")
            for cell in row { #expect(!cell.contains("\n") && !cell.contains("／"), "one value in \(cell)") }
            for date in [row[9], row[10]] { #expect(LocalDate(iso: date)?.iso == date) }
            #expect(row.dropFirst(12).allSatisfy { $0 == "1" || $0 == "0" })
        }
        let published = try #require(rows.first { $0[3] == "公開される株式会社" })
        #expect(published[6] == "埼玉県朝霞市本町1-1-1")
        #expect(published[9] == "2026-04-01" && published[10] == "2029-03-31")
        let held = Set(firms.first { $0.certificateNumber == "R8-010" }!.strengths.map { "取組_" + $0.title.ja })
        for (column, flag) in zip(header.dropFirst(12), published.dropFirst(12)) { #expect((flag == "1") == held.contains(column)) }
        let json = try #require(files["certified-firms.json"])
        #expect(json.contains("\"licence\"") && json.contains("CC BY 4.0") && json.contains("2026-11-21"))
        #expect(json.contains("112275"))
    }

    @Test("--lang en gives English pages, names as written; the city heads each page")
    func english() throws {
        let fixture = try seeded()
        let firms = try fixture.store("stranger", mode: .readOnly).certifiedFirms(asOf: Self.day)
        let publication = Publication(asOf: Self.day, municipality: Self.asaka, licence: .init(name: "公共データ利用規約（第1.0版）", url: nil), language: .en)
        let files = Dictionary(uniqueKeysWithValues: PublishedSite.files(firms, publication).map { ($0.path, $0.contents) })
        let index = try #require(files["index.html"])
        #expect(index.contains("<html lang=\"en\">"))
        #expect(index.contains("<header><p class=\"city\"><span lang=\"ja\">朝霞市</span></p></header>"))
        #expect(index.contains("certified companies</h1>"))
        #expect(index.contains("<span lang=\"ja\">公開される株式会社</span>"), "a Japanese name is marked so for screen readers")
        #expect(index.contains("Licence: 公共データ利用規約（第1.0版）"))
        #expect(!index.contains("認定企業一覧"))
        let page = try #require(files["firms/R8-010.html"])
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<h2>Strengths</h2>"))
        #expect(page.contains("2029-03-31"))
        #expect(!page.contains("令和"))
    }
}
