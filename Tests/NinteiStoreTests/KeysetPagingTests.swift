import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Keyset pages of the case list equal the pages by position")
struct KeysetPagingTests {
    /// 150 cases with ties on every part of each sort key: dates shared by many cases, undated
    /// cases, firms with the same reading and name, several statuses and kinds.
    static func store() throws -> (StoreFixture, Store) {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let statuses: [CaseStatus] = [.draft, .submitted, .inReview, .certified]
        let names = [("さくら精工", "サクラセイコウ"), ("みどり建設", "ミドリケンセツ"), ("あさか運輸", "アサカウンユ"), ("さくら歯科", "サクラシカ"), ("ひので商事", "ヒノデショウジ")]
        try officer.write { db in
            for index in 0..<150 {
                let name = names[index % names.count]
                // Every seventh case undated; the rest on one of six dates.
                let received = index % 7 == 0 ? nil : LocalDate(year: 2023 + index % 2, month: 1 + index % 3, day: 1)
                let document = ApplicationDocument(
                    checklistID: "asaka-2023", kind: index % 4 == 0 ? .renewal : .new, receivedOn: received,
                    firm: FirmProfile(name: index % 3 == 0 ? name.0 : name.0 + "\(index % 4)", kana: name.1))
                _ = try officer.insertCase(db, document, status: statuses[index % statuses.count])
            }
        }
        return (fixture, officer)
    }

    static let queries: [CaseListQuery] = CaseListQuery.Order.allCases.flatMap { order in
        [
            CaseListQuery(order: order),
            CaseListQuery(statuses: [.draft, .inReview], order: order),
            CaseListQuery(kind: .renewal, order: order),
            CaseListQuery(search: "さくら", order: order),
            CaseListQuery(search: "歯科", order: order),
            CaseListQuery(statuses: [.submitted], search: "サクラ", order: order),
            CaseListQuery(search: "該当なし", order: order),
        ]
    }

    @Test("walking forward and backward by key gives the whole list, for every order, filter and search", arguments: queries)
    func walks(query: CaseListQuery) throws {
        let (fixture, store) = try Self.store()
        _ = fixture
        let all = try store.casePage(query, offset: 0, limit: 1000)
        let count = try store.countCases(query)
        #expect(all.count == count)

        var forward: [CaseSummary] = []
        var key: CaseListKey? = nil
        while true {
            let page = try store.casePage(query, from: key, direction: .forward, limit: 7)
            forward += page
            guard page.count == 7, let last = page.last else { break }
            key = CaseListKey(last)
        }
        #expect(forward.map(\.id) == all.map(\.id))

        var backward: [CaseSummary] = []
        key = nil
        while true {
            let page = try store.casePage(query, from: key, direction: .backward, limit: 7)
            backward = page + backward
            guard page.count == 7, let first = page.first else { break }
            key = CaseListKey(first)
        }
        #expect(backward.map(\.id) == all.map(\.id))
        #expect(backward == all, "the same summaries, not only the same ids")
    }

    @Test("the page after and before each row equals the rows next to it by position", arguments: queries)
    func around(query: CaseListQuery) throws {
        let (fixture, store) = try Self.store()
        _ = fixture
        let all = try store.casePage(query, offset: 0, limit: 1000)
        for (index, row) in all.enumerated() {
            let after = try store.casePage(query, from: CaseListKey(row), direction: .forward, limit: 5)
            let next = try store.casePage(query, offset: index + 1, limit: 5)
            #expect(after.map(\.id) == next.map(\.id))
            let before = try store.casePage(query, from: CaseListKey(row), direction: .backward, limit: 5)
            #expect(before.map(\.id) == all[max(0, index - 5)..<index].map(\.id))
        }
        // End: the last rows, read backwards from no key.
        let end = try store.casePage(query, from: nil, direction: .backward, limit: 20)
        #expect(end.map(\.id) == all.suffix(20).map(\.id))
        #expect(try store.casePage(query, from: nil, direction: .forward, limit: 0).isEmpty)
    }
}
