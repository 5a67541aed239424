import GRDB
import NinteiCore

/// Migrations "v5-search-grams" and "v6-search-triples": an index of the one-, two- and
/// three-character pieces of each case's folded search text (`searchText`: name and reading,
/// never a piece across the two), so the search as you type does not read all the cases'
/// search texts (count, then page) on each key. A query of up to three characters (Unicode
/// scalars of the folded text, as `instr` counts them) is answered by the index alone; a
/// longer one takes the cases holding its rarest three-character piece and keeps those whose
/// text holds the whole query. The match is the same as before: any substring of the folded
/// name or reading.
///
/// The store keeps the index in its write path (`insertCase`, `saveField`: the only writers of
/// `searchText`), in the same transaction as the case.
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
    /// parts. Three-scalar pieces let a longer query find a rare piece even when every pair
    /// of it is common (サク, カブ … name tens of thousands of cases in a large office).
    static func grams(of searchText: String) -> Set<String> {
        // Cut from the UTF-8 bytes at scalar boundaries: a piece of three scalars is a small
        // string (up to 15 bytes, held inline), made without building it scalar by scalar.
        var grams: Set<String> = []
        var text = searchText
        text.withUTF8 { bytes in
            for part in bytes.split(separator: 0x01, omittingEmptySubsequences: true) {
                var starts: [Int] = []
                starts.reserveCapacity(part.count)
                for index in part.indices where part[index] & 0xC0 != 0x80 { starts.append(index) }
                starts.append(part.endIndex)
                for (position, start) in starts.dropLast().enumerated() {
                    for length in 1...3 where position + length < starts.count {
                        grams.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<starts[position + length]]), as: UTF8.self))
                    }
                }
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

    /// Brings a case's pieces from its old search text to its new one.
    static func update(_ db: Database, caseID: Int64, from old: String, to new: String) throws {
        guard old != new else { return }
        let before = grams(of: old)
        let after = grams(of: new)
        let delete = try db.cachedStatement(sql: "DELETE FROM caseSearchGram WHERE gram = ? AND caseId = ?")
        for gram in before.subtracting(after) {
            try delete.execute(arguments: [gram, caseID])
        }
        try insert(db, caseID: caseID, grams: after.subtracting(before))
    }

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

    /// The condition on `"case"` (its `id` and `searchText`) for a folded, non-empty query:
    /// the cases holding `piece` (by default the query's first piece; better its rarest, see
    /// `rarestPiece`), and, for a query of three scalars or more, holding the whole query.
    static func condition(folded: String, piece: String? = nil) -> (sql: String, arguments: StatementArguments) {
        let candidates = "id IN (SELECT caseId FROM caseSearchGram WHERE gram = ?)"
        if folded.unicodeScalars.count <= 3 {
            return (candidates, [folded])
        }
        return (candidates + " AND instr(searchText, ?) > 0", [piece ?? pieces(of: folded)[0], folded])
    }

    /// The query's piece that names the fewest cases (counted up to `threshold`), and whether
    /// even that one names `threshold` or more: then matches are everywhere, and scanning a
    /// list in its order finds a page sooner than sorting the cases the piece names.
    static func rarestPiece(_ db: Database, folded: String, threshold: Int = 1000) throws -> (piece: String, common: Bool) {
        let statement = try db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM caseSearchGram WHERE gram = ? LIMIT \(threshold))")
        var rarest: (piece: String, count: Int)?
        for piece in pieces(of: folded) {
            let count = try Int.fetchOne(statement, arguments: [piece])!
            if rarest == nil || count < rarest!.count { rarest = (piece, count) }
        }
        return (rarest!.piece, rarest!.count >= threshold)
    }

    /// When the query is only a search of one to three characters, its count is the index's.
    static func countOnly(folded: String) -> (sql: String, arguments: StatementArguments)? {
        guard !folded.isEmpty, folded.unicodeScalars.count <= 3 else { return nil }
        return ("SELECT COUNT(*) FROM caseSearchGram WHERE gram = ?", [folded])
    }
}
