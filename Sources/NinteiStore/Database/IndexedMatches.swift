import GRDB
import GRDBSQLite
import NinteiCore

extension CaseListQuery {
    /// What the search index says of a query's search (`indexedMatches`).
    enum IndexedMatches: Equatable {
        /// The index named `fewerThan` cases or more: a scan of the list in its order finds a
        /// page sooner than sorting them all.
        case everywhere
        /// The cases the query selects, in the list's order.
        case few([Int64])
    }

    /// A search with a filter, or in the name order, read in one pass over the cases the index
    /// names: each is looked up once in its list entry (`case_listById`), which says whether the
    /// query selects it (status, kind) and where it goes in the list's order, and they are
    /// sorted here. (A search alone in the received order needs none of this: the index names
    /// its cases in that order, `readsIndexInOrder`.) A count and
    /// then a sorted page would each look every case up again; sorting a few hundred here, as
    /// SQLite orders them (`orderSQL`, texts by their bytes), costs less than SQLite's sorter.
    func indexedMatches(_ db: Database, fewerThan limit: Int) throws -> IndexedMatches {
        let conditions = conditions(.index)
        let selected = conditions.isEmpty ? "1" : conditions.map(\.sql).joined(separator: " AND ")
        let placeColumns = order == .receivedNewestFirst ? "receivedOn, NULL" : "firmKana, firmName"
        var arguments: StatementArguments = [indexMatch, limit]
        for condition in conditions { _ = arguments.append(contentsOf: condition.arguments) }
        _ = arguments.append(contentsOf: [limit])
        // The index read once; when it names `limit` cases, none is looked up (a WHERE term on
        // no table is tested before the join).
        let table = CaseSearchIndex.table
        let statement = try db.cachedStatement(sql: """
            WITH candidate AS MATERIALIZED (SELECT \(CaseSearchIndex.caseIDSQL) AS named FROM \(table) WHERE \(table) MATCH ? LIMIT ?)
            SELECT "case".id, \(selected), \(placeColumns) FROM candidate CROSS JOIN "case" INDEXED BY case_listById ON "case".id = named
            WHERE (SELECT COUNT(*) FROM candidate) < ?
            """)
        var named = 0
        var places: [ListPlace] = []
        var texts = SortTexts()
        // Columns read from the statement itself: a few hundred rows, each of a few words.
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        let columns = statement.sqliteStatement
        while try rows.next() != nil {
            named += 1
            guard sqlite3_column_int(columns, 1) != 0 else { continue }
            places.append(ListPlace(id: sqlite3_column_int64(columns, 0), first: texts.add(columns, 2), second: texts.add(columns, 3)))
        }
        // No row: no case, or too many.
        guard try named > 0 || CaseSearchIndex.namesFewer(than: limit, db, folded: SearchFolding.fold(search)) else { return .everywhere }
        switch order {
        case .receivedNewestFirst: places.sort { ListPlace.receivedNewestFirst($0, $1, texts) }
        case .name: places.sort { ListPlace.byName($0, $1, texts) }
        }
        return .few(places.map(\.id))
    }
}

/// Where a case goes in a list: its order's columns as SQLite compares them. Plain values
/// (texts longer than sixteen bytes kept aside in `SortTexts`), so a few hundred sort quickly.
private struct ListPlace {
    var id: Int64
    /// The received date (nil: none), or the reading.
    var first: SortText?
    /// Nothing, or the name.
    var second: SortText?

    /// `receivedOn IS NULL, receivedOn DESC, id DESC`.
    static func receivedNewestFirst(_ a: ListPlace, _ b: ListPlace, _ texts: SortTexts) -> Bool {
        switch (a.first, b.first) {
        case (nil, nil): return a.id > b.id
        case (nil, _?): return false
        case (_?, nil): return true
        case let (x?, y?):
            if texts.precedes(y, x) { return true }
            if texts.precedes(x, y) { return false }
            return a.id > b.id
        }
    }

    /// `firmKana, firmName, id` (neither is NULL).
    static func byName(_ a: ListPlace, _ b: ListPlace, _ texts: SortTexts) -> Bool {
        for (x, y) in [(a.first, b.first), (a.second, b.second)] {
            let (x, y) = (x ?? SortText(), y ?? SortText())
            if texts.precedes(x, y) { return true }
            if texts.precedes(y, x) { return false }
        }
        return a.id < b.id
    }
}

/// A text as SQLite's BINARY collation compares it (its bytes, then its length): its first
/// sixteen bytes as two big-endian words, so most comparisons are of integers.
struct SortText {
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var count = 0
    /// Where the whole text is in `SortTexts` when it is longer than sixteen bytes; else -1.
    var long = -1
}

/// The texts of a sort, and the whole of those longer than sixteen bytes.
struct SortTexts {
    private var long: [[UInt8]] = []

    /// Column `index` of the statement's current row; nil when it is NULL.
    mutating func add(_ statement: SQLiteStatement, _ index: Int32) -> SortText? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL else { return nil }
        // The text's bytes (column_blob does not convert them), then their count.
        let start = sqlite3_column_blob(statement, index)
        let count = Int(sqlite3_column_bytes(statement, index))
        guard let start, count > 0 else { return SortText() }
        return add(UnsafeRawBufferPointer(start: start, count: count))
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) -> SortText {
        var text = SortText()
        text.count = bytes.count
        for index in 0..<min(16, bytes.count) {
            let shift = 56 - 8 * UInt64(index % 8)
            if index < 8 { text.head |= UInt64(bytes[index]) << shift } else { text.tail |= UInt64(bytes[index]) << shift }
        }
        if text.count > 16 {
            text.long = long.count
            long.append(Array(bytes))
        }
        return text
    }

    func precedes(_ a: SortText, _ b: SortText) -> Bool {
        if a.head != b.head { return a.head < b.head }
        if a.tail != b.tail { return a.tail < b.tail }
        // The first sixteen bytes are equal (past a shorter text's end, the other's are zero).
        guard a.long >= 0, b.long >= 0 else { return a.count < b.count }
        return long[a.long].lexicographicallyPrecedes(long[b.long])
    }
}
