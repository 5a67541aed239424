import GRDB
import NinteiCore

/// The search index of the case lists: for each case, the pieces of one, two and three
/// characters (Unicode scalars) of its folded search text (`searchText`: name and reading, never
/// a piece across the two) at their positions, in SQLite's full-text index (FTS5,
/// `SearchPieceTokenizer`). A query of up to three characters is one piece; a longer one is its
/// three-character pieces in a row (a phrase). The match is any substring of the folded name or
/// reading, as `instr` finds it, answered by the index alone.
///
/// The index's row of a case is keyed by its place in the received order (`listKey`: the
/// received date, then the case id), so the index names a search's cases in the list's
/// order: the first page of a search, and a page next to a key, are read from it without
/// reading every match (`CaseListQuery.readsIndexInOrder`).
///
/// Migration "v15-search-index" made it in place of the table of (piece, case) rows: a full-text
/// index gathers a transaction's pieces in memory and writes them as one sorted run, where the
/// table took a B-tree insert per piece (about 75 a case, most of an import's write).
/// "v16-search-positions" gave it the positions and the list's keys.
///
/// The store keeps it in its write path (`insertCase`, `importCases`, `applyField`: the only
/// writers of `searchText` and `receivedOn`), in the same transaction as the case. The view
/// `caseSearchSource` says what it holds (FTS5's 'rebuild' and 'integrity-check' read it); the
/// index does not follow a change made outside the program (sqlite3).
enum CaseSearchIndex {
    static let table = "caseSearchPiece"
    static let source = "caseSearchSource"

    /// A case's key in the index: its received date as the number YYYYMMDD (0: none), then its
    /// id in the low 32 bits. Larger keys come first in the list (`receivedOn IS NULL,
    /// receivedOn DESC, id DESC`). `receivedOn` is as the store writes it (`LocalDate.iso`).
    static func listKey(caseID: Int64, receivedOn: String?) -> Int64 {
        var day: Int64 = 0
        var digits = 0
        for byte in receivedOn?.utf8 ?? "".utf8 where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) && digits < 8 {
            day = day * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return day << 32 | caseID
    }

    /// The same key in SQL, for the view the index is rebuilt and checked from.
    static let listKeySQL = "(CASE WHEN receivedOn IS NULL THEN 0 ELSE CAST(replace(receivedOn, '-', '') AS INTEGER) END) * 4294967296 + id"

    /// The case id of an index row's key, in SQL.
    static let caseIDSQL = "(rowid & 4294967295)"

    /// Case ids beyond 32 bits would not fit beside the date in the index's key (SQLite numbers
    /// them from 1).
    static let largestCaseID: Int64 = 0xFFFF_FFFF

    /// Every connection to the store needs the tokenizer before it reads or writes the index.
    /// A SQLite built without FTS5 cannot hold the store: said, not crashed on.
    static func prepare(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "this SQLite library was built without FTS5, which the store's search index needs")
        }
        db.add(tokenizer: SearchPieceTokenizer.self)
    }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(table) USING fts5(
                searchText, content='case', content_rowid='id', tokenize='\(SearchPieceTokenizer.name)', detail='none', columnsize=0);
            INSERT INTO \(table)(\(table)) VALUES('rebuild');
            DROP TABLE caseSearchGram;
            """)
        // Indexes whose columns lead another index (case_statusList, case_nameOrder), and the
        // narrow list index the common search's count now reads from case_receivedOrder: each
        // index is written with every case.
        try db.execute(sql: """
            DROP INDEX case_status;
            DROP INDEX case_firmKana;
            DROP INDEX case_list;
            """)
    }

    /// Migration "v16-search-positions": the index again, with each piece's position (so a
    /// longer query is a phrase, exact without reading the cases) and keyed in the received
    /// order (`listKey`), from the view of what it holds.
    ///
    /// The index merges its runs eight at a time, not four (FTS5's `automerge`): positions and
    /// keys far apart make it six times the size it was, and each merge rewrites what it
    /// merges, so an import spent a tenth more of its time merging (bench/ANALYSIS.md, seventh
    /// round); a search reads a few more runs. The list entry by id no longer holds the search
    /// text: the index answers the search alone, and only the scans read the text.
    static func addPositions(_ db: Database) throws {
        if let largest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \"case\""), largest > largestCaseID {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "case number \(largest) is too large for the search index (at most \(largestCaseID))")
        }
        try db.execute(sql: """
            DROP TABLE \(table);
            CREATE VIEW \(source) AS SELECT \(listKeySQL) AS listKey, searchText FROM "case";
            CREATE VIRTUAL TABLE \(table) USING fts5(
                searchText, content='\(source)', content_rowid='listKey', tokenize='\(SearchPieceTokenizer.name)', detail='full', columnsize=0);
            INSERT INTO \(table)(\(table)) VALUES('rebuild');
            INSERT INTO \(table)(\(table), rank) VALUES('automerge', 8);
            DROP INDEX case_listById;
            CREATE INDEX case_listById ON "case" (id, receivedOn, firmKana, firmName, status, kind);
            """)
    }

    // MARK: Writing

    /// What the index holds of a case: its text, under its key.
    struct Entry: Equatable {
        var receivedOn: String?
        var searchText: String

        static func == (a: Entry, b: Entry) -> Bool {
            // By bytes, as the index holds them: String's == holds é and e + ◌́ equal.
            a.receivedOn == b.receivedOn && a.searchText.utf8.elementsEqual(b.searchText.utf8)
        }
    }

    static func insert(_ db: Database, caseID: Int64, _ entry: Entry) throws {
        guard (1...largestCaseID).contains(caseID) else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "case number \(caseID) is outside the search index's range (1 to \(largestCaseID))")
        }
        try db.cachedStatement(sql: "INSERT INTO \(table)(rowid, searchText) VALUES (?, ?)")
            .execute(arguments: [listKey(caseID: caseID, receivedOn: entry.receivedOn), entry.searchText])
    }

    /// A batch's cases, in the order of their keys: the index gathers a transaction's rows in
    /// memory while each key is larger than the one before, and writes what it has gathered at
    /// every key that is not (one small run per case when the dates come in any order).
    static func insert(_ db: Database, _ batch: [(caseID: Int64, entry: Entry)]) throws {
        let keyed = batch.map { (key: listKey(caseID: $0.caseID, receivedOn: $0.entry.receivedOn), item: $0) }
        for (_, item) in keyed.sorted(by: { $0.key < $1.key }) { try insert(db, caseID: item.caseID, item.entry) }
    }

    /// Moves a case from its entry as stored to its new one (another text, another date).
    static func update(_ db: Database, caseID: Int64, from old: Entry, to new: Entry) throws {
        guard old != new else { return }
        try db.cachedStatement(sql: "INSERT INTO \(table)(\(table), rowid, searchText) VALUES ('delete', ?, ?)")
            .execute(arguments: [listKey(caseID: caseID, receivedOn: old.receivedOn), old.searchText])
        try insert(db, caseID: caseID, new)
    }

    // MARK: Searching

    /// The full-text query of a folded query: itself as one quoted piece when it is three
    /// scalars or fewer; else its runs of three, each a quoted piece, as one phrase (joined by
    /// `+`: each at the position after the one before), which is the query's scalars in a row.
    static func match(folded: String) -> String {
        func quoted(_ piece: String) -> String { "\"" + piece.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let scalars = Array(folded.unicodeScalars)
        guard scalars.count > 3 else { return quoted(folded) }
        return (0..<(scalars.count - 2)).map { start in
            quoted(String(String.UnicodeScalarView(scalars[start..<(start + 3)])))
        }.joined(separator: " + ")
    }

    /// True when the index names fewer than `limit` cases for the query: then they are read
    /// and sorted; when there are more, matches are everywhere, and scanning a list in its order
    /// finds a page sooner.
    static func namesFewer(than limit: Int, _ db: Database, folded: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM \(table) WHERE \(table) MATCH ? LIMIT ?)")
        return try Int.fetchOne(statement, arguments: [match(folded: folded), limit]) ?? 0 < limit
    }

    /// The count of a query that is only a search (no status or kind): the index's.
    static func countOnly(folded: String) -> (sql: String, arguments: StatementArguments)? {
        guard !folded.isEmpty else { return nil }
        return ("SELECT COUNT(*) FROM \(table) WHERE \(table) MATCH ?", [match(folded: folded)])
    }
}
