import GRDB
import NinteiCore

/// Migration "v5-search-grams": an index of the one- and two-character pieces of each case's
/// folded search text (`searchText`: name and reading, never a piece across the two), so the
/// search as you type does not read all the cases' search texts twice (count, then page) on
/// each key. A query of one or two characters (Unicode scalars of the folded text, as `instr`
/// counts them) is answered by the index alone; a longer one takes the cases holding all of
/// its two-character pieces and keeps those whose text holds the whole query. The match is
/// the same as before: any substring of the folded name or reading.
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
        // The lists' orders as indexes, so a page of 100 000 cases is read without sorting them all.
        try db.execute(sql: """
            CREATE INDEX case_receivedOrder ON "case" (receivedOn IS NULL, receivedOn DESC, id DESC);
            CREATE INDEX case_nameOrder ON "case" (firmKana, firmName, id);
            """)
    }

    /// The distinct one- and two-scalar pieces of a search text, within each of its parts.
    static func grams(of searchText: String) -> Set<String> {
        var grams: Set<String> = []
        for part in searchText.unicodeScalars.split(separator: "\u{1}") {
            let scalars = Array(part)
            for index in scalars.indices {
                grams.insert(String(scalars[index]))
                if index + 1 < scalars.count {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[index])
                    pair.append(scalars[index + 1])
                    grams.insert(String(pair))
                }
            }
        }
        return grams
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

    /// The condition on `"case"` (its `id` and `searchText`, qualified by `table` when given)
    /// for a folded, non-empty query.
    static func condition(folded: String, table: String = "") -> (sql: String, arguments: StatementArguments) {
        let prefix = table.isEmpty ? "" : table + "."
        let scalars = Array(folded.unicodeScalars)
        if scalars.count <= 2 {
            return ("\(prefix)id IN (SELECT caseId FROM caseSearchGram WHERE gram = ?)", [folded])
        }
        var pairs: [String] = []
        for index in 0..<(scalars.count - 1) {
            var pair = String.UnicodeScalarView()
            pair.append(scalars[index])
            pair.append(scalars[index + 1])
            let text = String(pair)
            if !pairs.contains(text) { pairs.append(text) }
        }
        let candidates = pairs.map { _ in "SELECT caseId FROM caseSearchGram WHERE gram = ?" }.joined(separator: " INTERSECT ")
        return ("\(prefix)id IN (\(candidates)) AND instr(\(prefix)searchText, ?) > 0", StatementArguments(pairs + [folded]))
    }

    /// When the query is only a search of one or two characters, its count is the index's.
    static func countOnly(folded: String) -> (sql: String, arguments: StatementArguments)? {
        guard !folded.isEmpty, folded.unicodeScalars.count <= 2 else { return nil }
        return ("SELECT COUNT(*) FROM caseSearchGram WHERE gram = ?", [folded])
    }
}
