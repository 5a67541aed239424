import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import NinteiTestSupport
import Testing

/// The search index agrees with a plain substring scan; bulk creation keeps each case all or
/// nothing; a damaged store file is reported rather than opened as empty.
@Suite("Scale and faults in the store")
struct ScaleAndFaultStoreTests {
    /// SplitMix64: seeded, so a failure names a seed that reproduces it.

    /// A small alphabet of the kinds a firm name mixes, so random queries often match.
    static let alphabet = Array("さくらサクラｻｸﾗ精工株式会社ガｶﾞabcＡＢ 1１ー・がか")

    static func randomText(_ random: inout SeededGenerator, length: ClosedRange<Int>) -> String {
        String((0..<Int.random(in: length, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    /// What the search means: the folded query is a substring (by scalar) of the folded name or reading.
    static func matches(_ query: String, name: String, kana: String) -> Bool {
        let folded = Array(SearchFolding.fold(query).unicodeScalars)
        guard !folded.isEmpty else { return true }
        return [name, kana].contains { text in
            let scalars = Array(SearchFolding.fold(text).unicodeScalars)
            guard scalars.count >= folded.count else { return false }
            return (0...(scalars.count - folded.count)).contains { Array(scalars[$0..<($0 + folded.count)]) == folded }
        }
    }

    /// A received date of a few, so many cases share one; nil for some.
    static func randomDate(_ random: inout SeededGenerator) -> LocalDate? {
        Int.random(in: 0..<5, using: &random) == 0 ? nil : LocalDate(year: 2023 + Int.random(in: 0...1, using: &random), month: Int.random(in: 1...2, using: &random), day: 1)
    }

    @Test("the search index finds exactly what a substring scan finds, in the list's order, also after renames and new dates", arguments: [UInt64(1), 2, 3])
    func searchIndexAgreesWithScan(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let base = try fixture.example("sakura-seiko")
        var firms: [Int64: (name: String, kana: String, status: CaseStatus, received: LocalDate?)] = [:]
        let statuses: [CaseStatus] = [.draft, .submitted, .certified]
        let items = (0..<60).map { index -> (document: ApplicationDocument, status: CaseStatus) in
            var document = base
            document.firm.name = Self.randomText(&random, length: 1...8) + "\(index)"
            document.firm.kana = Bool.random(using: &random) ? Self.randomText(&random, length: 0...8) : nil
            document.receivedOn = Self.randomDate(&random)
            return (document, statuses[index % statuses.count])
        }
        for (item, result) in zip(items, try officer.createCases(items)) {
            firms[try result.get()] = (item.document.firm.name, item.document.firm.kana ?? "", item.status, item.document.receivedOn)
        }
        func check(_ phase: String) throws {
            for _ in 0..<80 {
                let query: String
                if Bool.random(using: &random), let firm = firms.values.randomElement(using: &random) {
                    let text = Array(Bool.random(using: &random) ? firm.name : (firm.kana.isEmpty ? firm.name : firm.kana))
                    let start = Int.random(in: 0..<text.count, using: &random)
                    query = String(text[start..<min(text.count, start + Int.random(in: 1...6, using: &random))])
                } else {
                    query = Self.randomText(&random, length: 1...6)
                }
                let status: CaseStatus? = Int.random(in: 0..<3, using: &random) == 0 ? statuses.randomElement(using: &random) : nil
                let expected = Set(firms.filter { id, firm in
                    (status == nil || firm.status == status) && Self.matches(query, name: firm.name, kana: firm.kana)
                }.keys)
                let listQuery = CaseListQuery(statuses: status.map { [$0] } ?? [], search: query)
                let page = Set(try officer.casePage(listQuery, offset: 0, limit: 1000).map(\.id))
                #expect(page == expected, "seed \(seed), \(phase): query \(query) status \(String(describing: status))")
                #expect(try officer.countCases(listQuery) == expected.count, "seed \(seed), \(phase): count of \(query)")
                #expect(Set(try officer.cases(status: status, search: query).map(\.id)) == expected)
                // Newest received first, undated last, then the newest case: as the index reads it.
                let inOrder = expected.sorted { a, b in
                    let (x, y) = (firms[a]!.received, firms[b]!.received)
                    return x == y ? a > b : (y == nil || (x != nil && x! > y!))
                }
                #expect(try officer.firstCasePage(listQuery, countingAtMost: nil, limit: 1000).rows.map(\.id) == inOrder, "seed \(seed), \(phase): order of \(query)")
            }
        }
        try check("as created")
        // Rename a third of the firms through saveField: the index follows.
        for id in firms.keys.sorted() where Int.random(in: 0..<3, using: &random) == 0 {
            let snapshot = try officer.loadCase(id)
            guard snapshot.status == .draft else { continue }
            let name = Self.randomText(&random, length: 1...8) + "r\(id)"
            try officer.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string(name), revision: snapshot.revision)
            firms[id]?.name = name
        }
        // Another received date for a third: the case moves in the index's order.
        for id in firms.keys.sorted() where Int.random(in: 0..<3, using: &random) == 0 {
            let snapshot = try officer.loadCase(id)
            guard snapshot.status == .draft else { continue }
            let date = Self.randomDate(&random)
            try officer.saveField(caseID: id, path: JSONPath([.key("receivedOn")]), value: date.map { .string($0.iso) }, revision: snapshot.revision)
            firms[id]?.received = date
        }
        try check("after renames and new dates")
        let indexed = try officer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.pieceVocabulary USING fts5vocab(main, caseSearchPiece, 'row')")
            return try Int.fetchOne(db, sql: "SELECT SUM(doc) FROM temp.pieceVocabulary")!
        }
        let expectedPieces = firms.values.reduce(0) { $0 + SearchGrams.grams(of: FirmSearchKeys.searchText(name: $1.name, kana: $1.kana)).count }
        #expect(indexed == expectedPieces, "no piece of an old name is left behind")
        // FTS5's own check of the index against the stored texts throws SQLITE_CORRUPT when they differ.
        try officer.write { db in try db.execute(sql: "INSERT INTO caseSearchPiece(caseSearchPiece, rank) VALUES ('integrity-check', 1)") }
    }

    @Test("a store made before the full-text index gets it from its migration, and finds the same")
    func fullTextIndexFromMigration() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        for name in ["株式会社さくら精工", "さくら建設", "朝霞さくら運輸", "みどり精工"] {
            _ = try officer.createCase(ApplicationDocument(checklistID: "asaka-2023", firm: FirmProfile(name: name)))
        }
        // As the build before v15 left a store: its table of pieces and list indexes, no full-text index.
        try officer.write { db in
            try db.execute(sql: """
                DROP TABLE caseSearchPiece;
                DROP VIEW caseSearchSource;
                CREATE TABLE caseSearchGram (gram TEXT NOT NULL, caseId INTEGER NOT NULL REFERENCES "case"(id), PRIMARY KEY (gram, caseId)) WITHOUT ROWID;
                CREATE INDEX case_status ON "case"(status, receivedOn);
                CREATE INDEX case_firmKana ON "case"(firmKana);
                CREATE INDEX case_list ON "case"(receivedOn, id, status, searchText);
                DELETE FROM grdb_migrations WHERE identifier IN ('v15-search-index', 'v16-search-positions');
                """)
        }
        let reopened = try fixture.store("officer-user")
        #expect(try reopened.countCases(CaseListQuery(search: "さくら精")) == 1)
        #expect(try reopened.countCases(CaseListQuery(search: "さくら")) == 3)
        #expect(try reopened.countCases(CaseListQuery(search: "精工")) == 2)
        #expect(try reopened.countCases(CaseListQuery(search: "精")) == 2)
        #expect(try reopened.read { db in try Bool.fetchOne(db, sql: "SELECT COUNT(*) = 0 FROM sqlite_master WHERE name = 'caseSearchGram'")! })
    }

    @Test("a store whose index has no positions gets them from its migration, keyed in the received order: searches, pages and FTS5's own check")
    func positionsFromMigration() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let cases: [(name: String, kana: String, received: LocalDate?)] = [
            ("株式会社ひので商事", "カブシキガイシャヒノデショウジ", LocalDate(year: 2024, month: 5, day: 1)),
            ("ひので工業", "ヒノデコウギョウ", nil),
            ("ひので商事", "ヒノデショウジ", LocalDate(year: 2023, month: 1, day: 9)),
            ("のでし商店ひので", "ノデシショウテンヒノデ", LocalDate(year: 2024, month: 5, day: 1)),
            ("朝日ひので", "シ", LocalDate(year: 2022, month: 12, day: 31)),
        ]
        var ids: [Int64] = []
        for entry in cases {
            let firm = FirmProfile(name: entry.name, kana: entry.kana)
            ids.append(try officer.createCase(ApplicationDocument(checklistID: "asaka-2023", receivedOn: entry.received, firm: firm)))
        }
        // As the build before v16 left a store: the index keyed by case id, without positions.
        try officer.write { db in
            try db.execute(sql: """
                DROP TABLE caseSearchPiece;
                DROP VIEW caseSearchSource;
                CREATE VIRTUAL TABLE caseSearchPiece USING fts5(
                    searchText, content='case', content_rowid='id', tokenize='nintei_pieces', detail='none', columnsize=0);
                INSERT INTO caseSearchPiece(caseSearchPiece) VALUES('rebuild');
                DELETE FROM grdb_migrations WHERE identifier = 'v16-search-positions';
                """)
        }
        let reopened = try fixture.store("officer-user")
        // 「のでし商店ひので」 holds ひので and のでし, not ひのでし; 「朝日ひので」 holds it only
        // across its name and reading.
        let query = CaseListQuery(search: "ひのでし")
        #expect(try reopened.countCases(query) == 2)
        #expect(try reopened.firstCasePage(query, countingAtMost: nil, limit: 10).rows.map(\.id) == [ids[0], ids[2]])
        #expect(try reopened.casePage(CaseListQuery(search: "ひので"), from: nil, direction: .forward, limit: 10).map(\.id) == [ids[3], ids[0], ids[2], ids[4], ids[1]])
        try reopened.write { db in try db.execute(sql: "INSERT INTO caseSearchPiece(caseSearchPiece, rank) VALUES ('integrity-check', 1)") }
    }

    @Test("cases created one at a time and in batches, taking turns on one connection, are all found by their names")
    func singleAndBatchCreationTakeTurns() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        var names: [String] = []
        for round in 0..<3 {
            names.append("単独\(round)精工")
            _ = try officer.createCase(ApplicationDocument(checklistID: "asaka-2023", firm: FirmProfile(name: names.last!)))
            let batch = (0..<3).map { "一括\(round)-\($0)精工" }
            names += batch
            for result in try officer.createCases(batch.map { (ApplicationDocument(checklistID: "asaka-2023", firm: FirmProfile(name: $0)), .draft) }) {
                _ = try result.get()
            }
        }
        for name in names {
            #expect(try officer.countCases(CaseListQuery(search: name)) == 1, "\(name)")
        }
        #expect(try officer.countCases(CaseListQuery(search: "精工")) == names.count)
    }

    @Test("createCases: a refused case is rolled back alone, the others commit; a login without the role is refused for all")
    func bulkCreation() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let good = try fixture.example("sakura-seiko")
        var unknown = good
        unknown.checklistID = "no-such-checklist"
        let results = try officer.createCases([(good, .draft), (unknown, .draft), (good, .submitted)])
        #expect(results.count == 3)
        #expect((try? results[0].get()) != nil && (try? results[2].get()) != nil)
        guard case .failure(let error) = results[1] else {
            Issue.record("the unknown checklist was accepted")
            return
        }
        #expect(error.text(.en).contains("no-such-checklist"))
        #expect(try officer.countCases(CaseListQuery()) == 2)
        let events = try officer.auditEvents().filter { $0.action == "case.create" }
        #expect(events.count == 2, "the refused case left no audit event")

        let member = try fixture.store("member-user")
        #expect(throws: StoreError.self) { try member.createCases([(good, .draft)]) }
        #expect(try officer.countCases(CaseListQuery()) == 2)
        #expect(try officer.verifyAudit().isIntact)
    }

    @Test("a store file that is empty, cut short or not a store is reported, never opened as a new store")
    func damagedFiles() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let document = try fixture.example("sakura-seiko")
        _ = try officer.createCases(Array(repeating: (document, CaseStatus.draft), count: 40))
        // Everything into the main file, as after the last writer closed.
        try officer.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        let original = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        #expect(original.count > 64 * 1024)

        func opening(_ bytes: Data) -> StoreError? {
            let folder = fixture.folder.appendingPathComponent("damaged-\(UUID().uuidString.prefix(6))")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("nintei.sqlite").path
            FileManager.default.createFile(atPath: path, contents: bytes)
            for mode in [Store.Mode.readWrite, .readOnly] {
                do {
                    let store = try Store.open(at: path, identity: Identity(login: "admin-user"), mode: mode,
                                               checklists: StoreFixture.library, reference: StoreFixture.reference)
                    // Opened: then reading every case must fail, not show an empty store.
                    _ = try store.caseIDs().map { id throws(StoreError) in try store.loadCase(id) }
                    if try store.caseIDs().isEmpty { return nil }
                    let problems = try store.integrityProblems()
                    if problems.isEmpty { return nil }
                    return .notAStore(path: path, detail: problems.joined(separator: "; "))
                } catch {
                    return error
                }
            }
            return nil
        }

        let empty = opening(Data())
        #expect(empty?.text(.en).contains("empty") == true, "\(String(describing: empty))")
        let cut = opening(original.prefix(original.count / 2))
        #expect(cut?.text(.en).contains("cut short") == true, "\(String(describing: cut))")
        var overwritten = original
        overwritten.replaceSubrange(0..<16, with: Data(repeating: 0x41, count: 16))
        guard case .notAStore = opening(overwritten) else {
            Issue.record("a file with a broken header was opened")
            return
        }
        // A page in the middle overwritten with noise: found by reading it or by the integrity check.
        var noisy = original
        var random = SeededGenerator(state: 7)
        for offset in (original.count / 2)..<(original.count / 2 + 4096) { noisy[offset] = UInt8.random(in: 0...255, using: &random) }
        #expect(opening(noisy) != nil, "a damaged page is reported")
    }
}
