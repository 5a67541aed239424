import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Case search (folded)")
struct CaseSearchTests {
    let fixture: StoreFixture
    let sakura: Int64
    let abc: Int64
    let kappo: Int64

    init() throws {
        fixture = try StoreFixture()
        sakura = try fixture.seedCase(name: "株式会社さくら精工", kana: "カブシキガイシャサクラセイコウ", status: .draft)
        abc = try fixture.seedCase(name: "ABCテック合同会社", kana: "ｴｰﾋﾞｰｼｰﾃｯｸｺﾞｳﾄﾞｳｶﾞｲｼｬ", status: .submitted)
        kappo = try fixture.seedCase("kappo-asaka", name: "割烹 あさか亭", kana: "カッポウアサカテイ", status: .draft)
    }

    func found(_ query: String, status: CaseStatus? = nil) throws -> Set<Int64> {
        let store = try fixture.store("officer-user", mode: .readOnly)
        let ids = Set(try store.cases(status: status, search: query).map(\.id))
        #expect(try store.caseCount(status: status, search: query) == ids.count, "count agrees with the list for \(query)")
        return ids
    }

    @Test("the search index holds exactly each case's pieces, compared by their bytes: é and e + ◌́ apart, four-byte scalars whole")
    func indexHoldsThePieces() throws {
        let officer = try fixture.store("officer-user")
        _ = try officer.createCases(["café", "cafe\u{301}", "𠮷野家"].map { name in
            (ApplicationDocument(checklistID: "asaka-2023", firm: FirmProfile(name: name)), CaseStatus.draft)
        })
        let (indexed, stored) = try officer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.pieceVocabulary USING fts5vocab(main, caseSearchPiece, 'row')")
            let indexed = try Row.fetchAll(db, sql: "SELECT CAST(term AS BLOB) AS term, doc FROM temp.pieceVocabulary").map { row in
                [UInt8](row["term"] as Data) + Array("/\(row["doc"] as Int)".utf8)
            }
            return (indexed, try String.fetchAll(db, sql: "SELECT searchText FROM \"case\""))
        }
        var casesByPiece: [[UInt8]: Int] = [:]
        for text in stored {
            for piece in SearchGrams.grams(of: text) { casesByPiece[Array(piece.utf8), default: 0] += 1 }
        }
        #expect(Set(indexed) == Set(casesByPiece.map { $0.key + Array("/\($0.value)".utf8) }))
        #expect(indexed.count == casesByPiece.count)
        #expect(try found("é") != [] && found("𠮷") != [])
    }

    @Test("the index holds each piece at the position of the scalar it begins with, under the case's key in the received order")
    func indexHoldsPositions() throws {
        let officer = try fixture.store("officer-user")
        let dated = try officer.createCase(ApplicationDocument(
            checklistID: "asaka-2023", receivedOn: LocalDate(year: 2024, month: 3, day: 9), firm: FirmProfile(name: "𠮷野家", kana: "ﾖｼﾉﾔ")))
        let (indexed, stored) = try officer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.pieceInstance USING fts5vocab(main, caseSearchPiece, 'instance')")
            let indexed = try Row.fetchAll(db, sql: "SELECT CAST(term AS BLOB) AS term, doc, offset FROM temp.pieceInstance").map { row in
                [UInt8](row["term"] as Data) + Array("@\(row["doc"] as Int64):\(row["offset"] as Int)".utf8)
            }
            let stored = try Row.fetchAll(db, sql: "SELECT id, receivedOn, searchText FROM \"case\"").map { row in
                (key: CaseSearchIndex.listKey(caseID: row["id"], receivedOn: row["receivedOn"]), text: row["searchText"] as String)
            }
            return (indexed, stored)
        }
        var expected: [[UInt8]] = []
        for (key, text) in stored {
            var position = 0
            for part in text.unicodeScalars.split(separator: "\u{1}", omittingEmptySubsequences: false) {
                let scalars = Array(part)
                for start in scalars.indices {
                    for length in 1...3 where start + length <= scalars.count {
                        expected.append(Array(String(String.UnicodeScalarView(scalars[start..<(start + length)])).utf8) + Array("@\(key):\(position)".utf8))
                    }
                    position += 1
                }
            }
        }
        #expect(indexed.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(stored.contains { $0.key == 20240309 << 32 | dated }, "the date above the case id")
        #expect(try found("𠮷野家") == [dated] && found("野家ﾖｼ") == [], "a phrase within one part")
    }

    @Test("a search text's pieces are its runs of one, two and three scalars within each part, four-byte and combining scalars too")
    func piecesOfASearchText() {
        func byScalars(_ text: String) -> Set<String> {
            var pieces: Set<String> = []
            for part in text.unicodeScalars.split(separator: "\u{1}") {
                let scalars = Array(part)
                for start in scalars.indices {
                    for length in 1...3 where start + length <= scalars.count {
                        pieces.insert(String(String.UnicodeScalarView(scalars[start..<(start + length)])))
                    }
                }
            }
            return pieces
        }
        for text in ["さくら精工\u{1}サクラセイコウ", "𠮷野家\u{1}ヨシノヤ", "cafe\u{301}\u{1}\u{1}カフェ", "a", "", "\u{1}", "ab\u{1}", "株式会社𠮷田𠮷\u{1}ｶﾌﾞ"] {
            // Compared by bytes: a Set<String> holds canonically equal spellings equal.
            #expect(Set(SearchGrams.grams(of: text).map { Array($0.utf8) }) == Set(byScalars(text).map { Array($0.utf8) }), "\(text.debugDescription)")
        }
        #expect(SearchGrams.grams(of: "さくら\u{1}サ") == ["さ", "く", "ら", "さく", "くら", "さくら", "サ"])
    }

    @Test("one, two and three-or-more character substrings of the name or reading")
    func substrings() throws {
        #expect(try found("桜") == [])
        #expect(try found("精") == [sakura])
        #expect(try found("亭") == [kappo])
        #expect(try found("精工") == [sakura])
        #expect(try found("あさ") == [kappo], "hiragana in the name itself")
        #expect(try found("さくら精") == [sakura])
        #expect(try found("セイコウ") == [sakura], "the reading")
        #expect(try found("会社") == [sakura, abc])
    }

    @Test("kana and width fold both ways: the query and the stored text")
    func folding() throws {
        #expect(try found("ｻｸﾗ") == [sakura])
        #expect(try found("サクラ") == [sakura])
        #expect(try found("さくら") == [sakura])
        #expect(try found("ごうどう") == [abc], "hiragana query finds a half-width reading")
        #expect(try found("ｺﾞｳﾄﾞｳ") == [abc])
        #expect(try found("ａｂｃ") == [abc])
        #expect(try found("abc") == [abc])
        #expect(try found("割烹あさか") == [kappo], "spaces do not matter")
        #expect(try found("かっぽう　あさか") == [kappo])
    }

    @Test("search with a status filter, an empty query, and paging")
    func filtersAndPaging() throws {
        #expect(try found("会社", status: .submitted) == [abc])
        #expect(try found("") == [sakura, abc, kappo])
        #expect(try found("　") == [sakura, abc, kappo], "a query of spaces is no query")
        let store = try fixture.store("officer-user", mode: .readOnly)
        let all = try store.cases().map(\.id)
        #expect(try store.cases(limit: 2).map(\.id) == Array(all.prefix(2)))
        #expect(try store.cases(limit: 2, offset: 2).map(\.id) == Array(all.dropFirst(2)))
    }

    @Test("a field save refreshes the search text")
    func refreshedOnSave() throws {
        let officer = try fixture.store("officer-user")
        try officer.saveField(caseID: sakura, path: JSONPath([.key("firm"), .key("kana")]), value: .string("カブシキガイシャハナセイコウ"), revision: 1)
        #expect(try found("はな") == [sakura])
        #expect(try found("サクラ") == [sakura], "the name still has さくら")
        try officer.saveField(caseID: sakura, path: JSONPath([.key("firm"), .key("name")]), value: .string("株式会社はな精工"), revision: 2)
        #expect(try found("さくら") == [])
    }

    @Test("the v4-search migration fills the search text and industry of cases already stored")
    func backfill() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-v2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v2.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2-case-dates")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO firm (name, createdAt) VALUES ('旧ｶﾌﾞｼｷｶﾞｲｼｬ', '2024-01-01T00:00:00Z')")
            try db.execute(sql: """
                INSERT INTO "case" (firmId, status, kind, checklistId, revision, document, firmName, firmKana, qualifies,
                    sectionsPassed, findingCount, createdAt, createdBy, updatedAt, updatedBy)
                VALUES (1, 'draft', 'new', 'asaka-2023', 1,
                    '{"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "旧商店", "industry": "M"}}',
                    '旧商店', 'ｷｭｳｼｮｳﾃﾝ', 0, '', 0, 'x', 'old', 'x', 'old')
                """)
        }
        try queue.close()
        let store = try Store.open(at: path, identity: Identity(login: "a"), mode: .readWrite, checklists: StoreFixture.library, reference: StoreFixture.reference)
        try StoreFixture.grant(.officer, to: store)
        #expect(try store.cases(search: "しょうてん").map(\.id) == [1])
        #expect(try store.read { db in try String.fetchOne(db, sql: "SELECT industry FROM \"case\"") } == "M")
    }
}
