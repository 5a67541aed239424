import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import NinteiTestSupport
import Testing

/// What the case list reads after each key typed into its search: the count and the first rows
/// in one read, the rows the index names sorted here rather than by SQLite.
@Suite("The count and first rows of a list, read together")
struct FirstCasePageTests {
    @Test("they equal countCases and the first page by key, for every order, filter and search", arguments: KeysetPagingTests.queries)
    func sameAsSeparateReads(query: CaseListQuery) throws {
        let (fixture, store) = try KeysetPagingTests.store()
        _ = fixture
        for countLimit in [nil, 0, 3, 1000] as [Int?] {
            for limit in [0, 1, 7, 200] {
                let together = try store.firstCasePage(query, countingAtMost: countLimit, limit: limit)
                let count = try store.countCases(query, atMost: countLimit)
                let rows = try store.casePage(query, from: nil, direction: .forward, limit: limit)
                #expect(together == CountedCasePage(count: count, rows: rows), "count limit \(String(describing: countLimit)), \(limit) rows")
            }
        }
    }

    /// Readings alike in their first sixteen bytes and apart after, a reading spelt composed
    /// and decomposed (ガ and カ + U+3099, equal to Swift but not to SQLite), names that are
    /// prefixes of others, undated cases and cases received the same day.
    static func lookalikes() throws -> (StoreFixture, Store) {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let firms: [(name: String, kana: String)] = [
            ("アサカ精工", "アサカセイコウショ"), ("アサカ精工所", "アサカセイコウショア"), ("アサカ精工", "アサカセイコウ"),
            ("アサカ", "アサカ"), ("アサカガス", "アサカガス"), ("アサカガス", "アサカカ\u{3099}ス"), ("アサカ1", "アサカ"),
            ("Asaka", "アサカ"), ("ASAKA", "アサカ"), ("アサカ", "ｱｻｶ"),
        ]
        try officer.write { db in
            for round in 0..<3 {
                for (index, firm) in firms.enumerated() {
                    let received = (index + round) % 4 == 0 ? nil : LocalDate(year: 2023, month: 1 + (index + round) % 2, day: 1)
                    let document = ApplicationDocument(checklistID: "asaka-2023", receivedOn: received, firm: FirmProfile(name: firm.name, kana: firm.kana))
                    _ = try officer.insertCase(db, document, status: .draft)
                }
            }
        }
        return (fixture, officer)
    }

    @Test("the index's cases are in SQLite's order: long alike readings, composed and decomposed kana, ties on the date", arguments: CaseListQuery.Order.allCases)
    func sortedAsSQLite(order: CaseListQuery.Order) throws {
        let (fixture, store) = try Self.lookalikes()
        _ = fixture
        for search in ["アサカ", "あさか", "asaka", "サカセイ"] {
            let query = CaseListQuery(search: search, order: order)
            let together = try store.firstCasePage(query, countingAtMost: nil, limit: 100)
            let bySQLite = try store.casePage(query, offset: 0, limit: 100)
            #expect(together.rows.map(\.id) == bySQLite.map(\.id), "「\(search)」")
            #expect(together.count == bySQLite.count && !bySQLite.isEmpty)
        }
    }

    @Test("a text's place is where SQLite's BINARY collation puts it: bytes, then length")
    func sortTextsCompareAsSQLite() throws {
        var random = SeededGenerator(state: 18)
        let alphabet = ["a", "b", "\u{0}", "あ", "ア", "é", "e\u{301}", "ｱ", "精"]
        // Beginnings of 15, 16 and 18 bytes, so many texts share their first sixteen.
        let beginnings = ["", "アサカセイ", "アサカセイコ", String(repeating: "a", count: 15), String(repeating: "a", count: 16)]
        let texts = (0..<600).map { _ in
            beginnings.randomElement(using: &random)!
                + (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
        }
        let database = try DatabaseQueue()
        let bySQLite = try database.write { db in
            try db.execute(sql: "CREATE TABLE t(position INTEGER, text TEXT)")
            for (position, text) in texts.enumerated() {
                // Bound as bytes: a String argument would end at its first NUL.
                try db.execute(sql: "INSERT INTO t VALUES (?, CAST(? AS TEXT))", arguments: [position, Data(text.utf8)])
            }
            return try Int.fetchAll(db, sql: "SELECT position FROM t ORDER BY text, position")
        }
        var sortTexts = SortTexts()
        let places = texts.map { text in Array(text.utf8).withUnsafeBytes { sortTexts.add($0) } }
        let byPlace = texts.indices.sorted { a, b in
            sortTexts.precedes(places[a], places[b]) || (!sortTexts.precedes(places[b], places[a]) && a < b)
        }
        #expect(byPlace == bySQLite)
    }

    @Test("a search the index names many cases for is left to the list's scan; one it names few for is answered by the index")
    func everywhereOrFew() throws {
        let (fixture, store) = try KeysetPagingTests.store()
        _ = fixture
        let common = CaseListQuery(search: "さくら")
        let named = try store.countCases(common)
        let few = CaseListQuery(statuses: [.submitted], search: "歯科")
        let answers = try store.read { db in
            try [
                common.indexedMatches(db, fewerThan: named), common.indexedMatches(db, fewerThan: named + 1),
                CaseListQuery(search: "該当なし").indexedMatches(db, fewerThan: 1000), few.indexedMatches(db, fewerThan: 1000),
            ]
        }
        #expect(answers[0] == .everywhere)
        #expect(answers[1] != .everywhere)
        #expect(answers[2] == .few([]))
        #expect(answers[3] == .few(try store.casePage(few, offset: 0, limit: 1000).map(\.id)))
    }
}
