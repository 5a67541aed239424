import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("The case list query: counts and pages")
struct CaseListQueryTests {
    /// A store with firms named and dated as given, each a draft unless a status is given.
    static func store(_ firms: [(name: String, kana: String, received: String?, kind: ApplicationKind, status: CaseStatus)]) throws -> (StoreFixture, Store) {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        for firm in firms {
            let document = ApplicationDocument(
                checklistID: "asaka-2023", kind: firm.kind, receivedOn: firm.received.flatMap(LocalDate.init(iso:)),
                firm: FirmProfile(name: firm.name, kana: firm.kana))
            try officer.write { db in _ = try officer.insertCase(db, document, status: firm.status) }
        }
        return (fixture, officer)
    }

    static let firms: [(name: String, kana: String, received: String?, kind: ApplicationKind, status: CaseStatus)] = [
        ("株式会社さくら精工", "カブシキガイシャサクラセイコウ", "2023-07-14", .new, .draft),
        ("みどり建設株式会社", "ミドリケンセツ", "2024-01-10", .renewal, .submitted),
        ("割烹あさか亭", "カッポウアサカテイ", nil, .new, .inReview),
        ("あさか運輸", "アサカウンユ", "2022-05-01", .renewal, .renewalDue),
        ("さくら歯科", "サクラシカ", "2024-03-03", .new, .draft),
    ]

    @Test("with no filter every case is counted; newest received first, undated last")
    func everything() throws {
        let (fixture, store) = try Self.store(Self.firms)
        _ = fixture
        let query = CaseListQuery()
        #expect(try store.countCases(query) == 5)
        let names = try store.casePage(query, offset: 0, limit: 10).map(\.firmName)
        #expect(names == ["さくら歯科", "みどり建設株式会社", "株式会社さくら精工", "あさか運輸", "割烹あさか亭"])
    }

    @Test("statuses, kind and a search combine; the search matches the name or the reading")
    func filters() throws {
        let (fixture, store) = try Self.store(Self.firms)
        _ = fixture
        #expect(try store.countCases(CaseListQuery(statuses: [.submitted, .inReview])) == 2)
        #expect(try store.countCases(CaseListQuery(kind: .renewal)) == 2)
        #expect(try store.countCases(CaseListQuery(statuses: [.draft], search: "さくら")) == 2)
        #expect(try store.countCases(CaseListQuery(search: "サクラ")) == 2, "the reading")
        #expect(try store.countCases(CaseListQuery(search: "  あさか ")) == 2, "blanks around the term are ignored")
        #expect(try store.countCases(CaseListQuery(kind: .new, search: "あさか")) == 1)
        #expect(try store.casePage(CaseListQuery(kind: .renewal, search: "運輸"), offset: 0, limit: 5).map(\.status) == [.renewalDue])
        #expect(try store.countCases(CaseListQuery(search: "存在しない")) == 0)
    }

    @Test("by name sorts by the reading; pages are consecutive slices of the same order")
    func orderAndPages() throws {
        let (fixture, store) = try Self.store(Self.firms)
        _ = fixture
        let query = CaseListQuery(order: .name)
        let all = try store.casePage(query, offset: 0, limit: 100).map(\.firmKana)
        #expect(all == all.sorted())
        let pages = try [0, 2, 4].flatMap { offset in try store.casePage(query, offset: offset, limit: 2).map(\.firmKana) }
        #expect(pages == all)
        #expect(try store.casePage(query, offset: 5, limit: 2).isEmpty)
        #expect(try store.casePage(query, offset: -3, limit: 1).count == 1, "a negative offset is the start")
    }

    @Test("a search term is data, not SQL")
    func quoting() throws {
        let (fixture, store) = try Self.store(Self.firms)
        _ = fixture
        #expect(try store.countCases(CaseListQuery(search: "' OR 1=1 --")) == 0)
        #expect(try store.countCases(CaseListQuery(search: "%")) == 0)
    }

    @Test("the page of a large store is read without reading the rest", .timeLimit(.minutes(1)))
    func large() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        try officer.write { db in
            for index in 0..<500 {
                let document = ApplicationDocument(
                    checklistID: "asaka-2023", receivedOn: LocalDate(year: 2023, month: 1 + index % 12, day: 1 + index % 28),
                    firm: FirmProfile(name: "株式会社テスト\(index)", kana: "テスト\(index)"))
                _ = try officer.insertCase(db, document, status: .draft)
            }
        }
        #expect(try officer.countCases(CaseListQuery(search: "テスト19")) == 11)
        let page = try officer.casePage(CaseListQuery(order: .name), offset: 490, limit: 20)
        #expect(page.count == 10)
    }

    @Test("the store evaluates a stored document as the list's derived columns were computed")
    func evaluation() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        let snapshot = try officer.loadCase(id)
        let summary = try officer.casePage(CaseListQuery(), offset: 0, limit: 1)[0]
        let evaluation = try #require(officer.evaluate(snapshot.document))
        #expect(evaluation.sectionsPassed == summary.sectionsPassed)
        #expect(evaluation.findings.count == summary.findingCount)
    }
}
