import GRDB
import NinteiCore

/// Migrations "v5-search-grams" and "v6-search-triples": the first index of the one-, two- and
/// three-character pieces of each case's folded search text (`searchText`: name and reading,
/// never a piece across the two), a table of (piece, case) rows. Migration "v15-search-index"
/// replaced it by a full-text index of the same pieces (`CaseSearchIndex`, which cuts them
/// with their positions in `SearchPieceTokenizer`); these steps stay so that a store made
/// before them migrates as it did.
enum SearchGrams {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE caseSearchGram (
                gram TEXT NOT NULL,
                caseId INTEGER NOT NULL REFERENCES "case"(id),
                PRIMARY KEY (gram, caseId)
            ) WITHOUT ROWID
            """)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, searchText FROM \"case\"")
        while let row = try rows.next() {
            try insert(db, caseID: row["id"], grams: grams(of: row["searchText"]))
        }
        // The lists' orders as indexes holding what the lists filter on, so a page of 100 000
        // cases is read without sorting them all or reading their rows (whose documents come
        // before the list columns, so reading a row walks its document's overflow pages);
        // and the same columns by id, for the cases the search pieces name.
        try db.execute(sql: """
            CREATE INDEX case_receivedOrder ON "case" (receivedOn IS NULL, receivedOn DESC, id DESC, status, kind, searchText);
            CREATE INDEX case_nameOrder ON "case" (firmKana, firmName, id, status, kind, searchText);
            CREATE INDEX case_listById ON "case" (id, receivedOn, firmKana, firmName, status, kind, searchText);
            """)
    }

    /// The distinct pieces of one, two and three scalars of a search text, within each of its
    /// parts, as the search index's tokenizer cuts them. Three-scalar pieces let a longer query
    /// find a rare piece even when every pair of it is common (サク, カブ … name tens of
    /// thousands of cases in a large office).
    static func grams(of searchText: String) -> Set<String> {
        var grams: Set<String> = []
        var text = searchText
        text.withUTF8 { bytes in
            SearchPieceTokenizer.forEachPiece(of: bytes) { piece, _ in
                grams.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[piece]), as: UTF8.self))
                return true
            }
        }
        return grams
    }

    /// Migration "v6-search-triples": the three-scalar pieces of the cases already stored.
    static func addTriples(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, searchText FROM \"case\"")
        while let row = try rows.next() {
            let searchText: String = row["searchText"]
            try insert(db, caseID: row["id"], grams: grams(of: searchText).filter { $0.unicodeScalars.count == 3 })
        }
    }

    static func insert(_ db: Database, caseID: Int64, grams: Set<String>) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO caseSearchGram (gram, caseId) VALUES (?, ?)")
        for gram in grams {
            try statement.execute(arguments: [gram, caseID])
        }
    }
}
