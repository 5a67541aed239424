import GRDB
import NinteiCore

/// The search index of the case lists: for each case, the pieces of one, two and three
/// characters (Unicode scalars) of its folded search text (`searchText`: name and reading, never
/// a piece across the two), in SQLite's full-text index (FTS5, `SearchPieceTokenizer`), keyed by
/// the case id. A query of up to three characters is answered by the index alone; a longer one
/// by the cases holding every three-character piece of it, kept when their text holds the whole
/// query. The match is any substring of the folded name or reading, as `instr` finds it.
///
/// Migration "v15-search-index" made it in place of the table of (piece, case) rows: a full-text
/// index gathers a transaction's pieces in memory and writes them as one sorted run, where the
/// table took a B-tree insert per piece (about 75 a case, most of an import's write), and it
/// intersects a long query's pieces itself.
///
/// The store keeps it in its write path (`insertCase`, `importCases`, `applyField`: the only
/// writers of `searchText`), in the same transaction as the case. `searchText` is derived: the
/// index does not follow a change made outside the program (sqlite3).
enum CaseSearchIndex {
    static let table = "caseSearchPiece"

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

    // MARK: Writing

    static func insert(_ db: Database, caseID: Int64, searchText: String) throws {
        try db.cachedStatement(sql: "INSERT INTO \(table)(rowid, searchText) VALUES (?, ?)").execute(arguments: [caseID, searchText])
    }

    /// Moves a case from the pieces of its stored search text to those of its new one.
    static func update(_ db: Database, caseID: Int64, from old: String, to new: String) throws {
        // By bytes, as the index holds them: String's == holds é and e + ◌́ equal.
        guard !old.utf8.elementsEqual(new.utf8) else { return }
        try db.cachedStatement(sql: "INSERT INTO \(table)(\(table), rowid, searchText) VALUES ('delete', ?, ?)")
            .execute(arguments: [caseID, old])
        try insert(db, caseID: caseID, searchText: new)
    }

    // MARK: Searching

    /// The distinct pieces of a folded query: itself when it is three scalars or fewer, else
    /// its runs of three.
    static func pieces(of folded: String) -> [String] {
        let scalars = Array(folded.unicodeScalars)
        guard scalars.count > 3 else { return [folded] }
        var triples: [String] = []
        for index in 0..<(scalars.count - 2) {
            var triple = String.UnicodeScalarView()
            triple.append(contentsOf: scalars[index..<(index + 3)])
            let text = String(triple)
            if !triples.contains(text) { triples.append(text) }
        }
        return triples
    }

    /// The full-text query naming the cases that hold every piece of a folded query: each piece
    /// a quoted phrase (one token, see `SearchPieceTokenizer`), joined by AND.
    static func match(folded: String) -> String {
        pieces(of: folded).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// True when the index's pieces answer the query alone: one to three characters, one piece.
    static func answersAlone(folded: String) -> Bool {
        folded.unicodeScalars.count <= 3
    }

    /// True when the index names fewer than `limit` cases for the query: then they are read
    /// and sorted; when there are more, matches are everywhere, and scanning a list in its order
    /// finds a page sooner.
    static func namesFewer(than limit: Int, _ db: Database, folded: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM \(table) WHERE \(table) MATCH ? LIMIT ?)")
        return try Int.fetchOne(statement, arguments: [match(folded: folded), limit]) ?? 0 < limit
    }

    /// When the query is only a search of one to three characters, its count is the index's.
    static func countOnly(folded: String) -> (sql: String, arguments: StatementArguments)? {
        guard !folded.isEmpty, answersAlone(folded: folded) else { return nil }
        return ("SELECT COUNT(*) FROM \(table) WHERE \(table) MATCH ?", [match(folded: folded)])
    }
}
