import Foundation
import GRDB
import NinteiCore

/// What a case list shows: which cases (statuses, kind, a search on the firm's name or
/// reading) in which order. The list screen asks for the count and the rows it shows (both in
/// one read from the top, `firstCasePage`; pages next to those by key), so a store of 100 000
/// cases costs what the screen shows.
public struct CaseListQuery: Sendable, Equatable, Codable {
    public enum Order: String, Sendable, CaseIterable, Codable {
        /// Newest received first (cases without a date last), then newest case first.
        case receivedNewestFirst
        /// By reading (kana), then name, then case number: the order of a Japanese register.
        case name
    }

    /// Cases in any of these statuses; empty means every status.
    public var statuses: Set<CaseStatus>
    /// New applications or renewals; nil means both.
    public var kind: ApplicationKind?
    /// Part of the firm's name or reading; blank means no search.
    public var search: String
    public var order: Order

    public init(statuses: Set<CaseStatus> = [], kind: ApplicationKind? = nil, search: String = "", order: Order = .receivedNewestFirst) {
        self.statuses = statuses
        self.kind = kind
        self.search = search
        self.order = order
    }

    /// How a search with a filter or in the name order is answered: by the cases the search
    /// index names (`CaseSearchIndex`), each joined to its list entry by id, when they are few;
    /// by a scan of the folded texts in a list index, in its order, when they are everywhere.
    /// (A search alone in the received order is read from the index in its order,
    /// `readsIndexInOrder`.)
    enum SearchPlan { case index, scan }

    /// Fewer cases than this named by the index are read and sorted; more are scanned for.
    static let fewCases = 1000

    /// The plan for a folded, non-empty search: the index when it names fewer than a thousand
    /// cases (then sorted), a scan of the list when matches are everywhere (a page is found
    /// sooner in the list's order than by sorting them all).
    static func plan(_ db: Database, folded: String) throws -> SearchPlan {
        try CaseSearchIndex.namesFewer(than: fewCases, db, folded: folded) ? .index : .scan
    }

    /// How this query's search is answered; nil when it has none.
    func searchPlan(_ db: Database) throws -> SearchPlan? {
        let folded = SearchFolding.fold(search)
        return folded.isEmpty ? nil : try Self.plan(db, folded: folded)
    }

    /// The FROM and WHERE clauses of a query (" FROM … WHERE …") and their arguments.
    struct Selection {
        var sql: String
        var arguments: StatementArguments
        var hasConditions: Bool

        /// One more condition, joined with AND.
        mutating func require(_ condition: String, _ conditionArguments: StatementArguments = []) {
            sql += (hasConditions ? " AND " : " WHERE ") + condition
            _ = arguments.append(contentsOf: conditionArguments)
            hasConditions = true
        }
    }

    /// The cases this query selects under `plan` (nil: no search). A scan reads `scanned`, the
    /// list's order by default; the index's cases are joined to `case_listById`, whose entries
    /// hold what the conditions and the order read.
    func selection(_ plan: SearchPlan?, scanning scanned: String? = nil) -> Selection {
        var selection: Selection
        switch plan {
        case nil:
            selection = Selection(sql: " FROM \"case\"", arguments: [], hasConditions: false)
        case .scan?:
            selection = Selection(sql: " FROM \"case\" INDEXED BY \(scanned ?? orderIndex)", arguments: [], hasConditions: false)
        case .index?:
            selection = Selection(sql: " FROM " + Self.namedByIndex, arguments: [indexMatch], hasConditions: false)
        }
        for condition in conditions(plan) { selection.require(condition.sql, condition.arguments) }
        return selection
    }

    /// The cases the index names for the query (`indexMatch`), each joined to its list entry.
    static let namedByIndex = "(SELECT \(CaseSearchIndex.caseIDSQL) AS named FROM \(CaseSearchIndex.table) WHERE \(CaseSearchIndex.table) MATCH ?)"
        + " CROSS JOIN \"case\" INDEXED BY case_listById ON \"case\".id = named"

    /// The full-text query of this query's search.
    var indexMatch: String { CaseSearchIndex.match(folded: SearchFolding.fold(search)) }

    /// What a case must hold to be selected under `plan`, beyond what the index matched.
    func conditions(_ plan: SearchPlan?) -> [(sql: String, arguments: StatementArguments)] {
        var conditions: [(sql: String, arguments: StatementArguments)] = []
        if !statuses.isEmpty {
            let sorted = statuses.map(\.rawValue).sorted()
            conditions.append(("status IN (" + sorted.map { _ in "?" }.joined(separator: ", ") + ")", StatementArguments(sorted)))
        }
        if let kind {
            conditions.append(("kind = ?", [kind.rawValue]))
        }
        // The same match everywhere: width, kana and case folded on both sides. The index
        // answers the search alone; a scan finds it in the folded text.
        if plan == .scan {
            conditions.append(("instr(\"case\".searchText, ?) > 0", [SearchFolding.fold(search)]))
        }
        return conditions
    }

    var orderIndex: String {
        switch order {
        case .receivedNewestFirst: return "case_receivedOrder"
        case .name: return "case_nameOrder"
        }
    }

    var orderSQL: String {
        switch order {
        case .receivedNewestFirst: return " ORDER BY receivedOn IS NULL, receivedOn DESC, id DESC"
        case .name: return " ORDER BY firmKana, firmName, id"
        }
    }
}

/// A list's count and its first rows, read together (`Store.firstCasePage`).
public struct CountedCasePage: Sendable, Equatable, Codable {
    /// What `countCases(_:atMost:)` answers.
    public var count: Int
    /// What `casePage(_:from: nil, direction: .forward, limit:)` answers.
    public var rows: [CaseSummary]

    public init(count: Int, rows: [CaseSummary]) {
        self.count = count
        self.rows = rows
    }
}

extension Store {
    /// How many cases the query selects.
    public func countCases(_ query: CaseListQuery) throws(StoreError) -> Int {
        try countCases(query, atMost: nil)
    }

    /// How many cases the query selects, counting no further than `atMost`: a list can show
    /// "1000件以上" at once for a common search and count on only when scrolled that far, so a
    /// keystroke never waits for a scan of the whole office.
    public func countCases(_ query: CaseListQuery, atMost limit: Int?) throws(StoreError) -> Int {
        try read { db in
            try requireRead(db, .caseList)
            return try query.count(db, atMost: limit) { try query.searchPlan(db) }
        }
    }

    /// The count (as `countCases(_:atMost:)`) and the first `limit` rows of a query, from one
    /// read: what a list shows after each key typed into its search. A search alone in the
    /// received order reads both from the search index; one with a filter or in the name order
    /// that the index answers with few cases reads each of them once for both, where a count
    /// and then a page read each twice.
    public func firstCasePage(_ query: CaseListQuery, countingAtMost countLimit: Int?, limit: Int) throws(StoreError) -> CountedCasePage {
        try read { db in
            try requireRead(db, .caseList)
            var plan: CaseListQuery.SearchPlan?
            if query.readsIndexInOrder {
                let count = try query.count(db, atMost: countLimit) { nil }
                let ids = try query.pageIDs(db, plan: nil, from: nil, direction: .forward, limit: limit)
                return CountedCasePage(count: count, rows: try CaseSummary.fetch(db, ids: ids))
            }
            if !SearchFolding.fold(query.search).isEmpty {
                switch try query.indexedMatches(db, fewerThan: CaseListQuery.fewCases) {
                case .few(let matches):
                    let count = countLimit.map { min(matches.count, max(0, $0)) } ?? matches.count
                    return CountedCasePage(count: count, rows: try CaseSummary.fetch(db, ids: Array(matches.prefix(max(0, limit)))))
                case .everywhere:
                    plan = .scan
                }
            }
            let count = try query.count(db, atMost: countLimit) { plan }
            let ids = try query.pageIDs(db, plan: plan, from: nil, direction: .forward, limit: limit)
            return CountedCasePage(count: count, rows: try CaseSummary.fetch(db, ids: ids))
        }
    }

    /// The rows `offset ..< offset + limit` of the query, in its order (fewer at the end).
    public func casePage(_ query: CaseListQuery, offset: Int, limit: Int) throws(StoreError) -> [CaseSummary] {
        try read { db in
            try requireRead(db, .caseList)
            let window = " LIMIT \(max(0, limit)) OFFSET \(max(0, offset))"
            guard let plan = try query.searchPlan(db) else {
                let selection = query.selection(nil)
                let sql = "SELECT \(CaseSummary.listColumns)" + selection.sql + query.orderSQL + window
                return try Row.fetchAll(db, sql: sql, arguments: selection.arguments).map(CaseSummary.init(listColumns:))
            }
            // The page's ids from an index alone, then only those rows.
            let selection = query.selection(plan)
            let ids = try Int64.fetchAll(db, sql: "SELECT id" + selection.sql + query.orderSQL + window, arguments: selection.arguments)
            return try CaseSummary.fetch(db, ids: ids)
        }
    }
}

extension CaseListQuery {
    /// How many cases the query selects, no further than `limit`; `plan` is asked for only
    /// when the index's own count does not answer.
    func count(_ db: Database, atMost limit: Int?, plan: () throws -> SearchPlan?) throws -> Int {
        /// "SELECT COUNT(*) FROM x WHERE …" stopped after `limit` rows.
        func bounded(_ sql: String) -> String {
            guard let limit else { return sql }
            let head = "SELECT COUNT(*) FROM "
            precondition(sql.hasPrefix(head), "a count query")
            return "SELECT COUNT(*) FROM (SELECT 1 FROM " + sql.dropFirst(head.count) + " LIMIT \(max(0, limit)))"
        }
        let folded = SearchFolding.fold(search)
        if statuses.isEmpty, kind == nil, let count = CaseSearchIndex.countOnly(folded: folded) {
            return try Int.fetchOne(db, sql: bounded(count.sql), arguments: count.arguments) ?? 0
        }
        // When most cases hold every piece (a scan), the one list index every count reads.
        let selection = selection(try plan(), scanning: "case_receivedOrder")
        return try Int.fetchOne(db, sql: bounded("SELECT COUNT(*)" + selection.sql), arguments: selection.arguments) ?? 0
    }
}

/// Where a page of a case list starts: the sort key of a row (every order's key ends with the
/// case id, so no two rows share one). A page read from a key costs what the first page costs,
/// wherever in the list the key is (`casePage(_:from:direction:limit:)`).
public struct CaseListKey: Sendable, Equatable, Codable {
    public var id: Int64
    public var receivedOn: String?
    public var firmKana: String
    public var firmName: String

    public init(id: Int64, receivedOn: String?, firmKana: String, firmName: String) {
        self.id = id
        self.receivedOn = receivedOn
        self.firmKana = firmKana
        self.firmName = firmName
    }

    public init(_ summary: CaseSummary) {
        self.init(id: summary.id, receivedOn: summary.receivedOn, firmKana: summary.firmKana, firmName: summary.firmName)
    }
}

/// Which way a keyset page is read: the rows after the key, or the rows before it.
public enum CaseListDirection: String, Sendable, Codable, CaseIterable {
    case forward, backward
}

extension CaseListQuery {
    /// One stretch of the list's order that an index walks without sorting: the received order
    /// is the dated cases (newest first), then the undated ones (newest case first); the name
    /// order is one stretch.
    struct KeySegment {
        var condition: String
        var arguments: StatementArguments
        /// The ORDER BY terms for reading this stretch in the list's order.
        var forward: String
        var backward: String
    }

    /// The stretches to read, in reading order, for the rows after (forward) or before
    /// (backward) `key`; nil: from the first row (forward) or the last (backward).
    func keySegments(from key: CaseListKey?, direction: CaseListDirection) -> [KeySegment] {
        switch order {
        case .name:
            var segment = KeySegment(condition: "", arguments: [], forward: "firmKana, firmName, id", backward: "firmKana DESC, firmName DESC, id DESC")
            if let key {
                segment.condition = "(firmKana, firmName, id) " + (direction == .forward ? ">" : "<") + " (?, ?, ?)"
                segment.arguments = [key.firmKana, key.firmName, key.id]
            }
            return [segment]
        case .receivedNewestFirst:
            // `(receivedOn IS NULL) = …` matches the first column of case_receivedOrder, and
            // `receivedOn IS NULL` lets the undated stretch seek on the id.
            let datedOrder = (forward: "receivedOn DESC, id DESC", backward: "receivedOn, id")
            func dated(_ bound: (op: String, date: String, id: Int64)?) -> KeySegment {
                var segment = KeySegment(condition: "(receivedOn IS NULL) = 0", arguments: [], forward: datedOrder.forward, backward: datedOrder.backward)
                if let bound {
                    segment.condition += " AND (receivedOn, id) \(bound.op) (?, ?)"
                    segment.arguments = [bound.date, bound.id]
                }
                return segment
            }
            func undated(_ bound: (op: String, id: Int64)?) -> KeySegment {
                var segment = KeySegment(condition: "(receivedOn IS NULL) = 1 AND receivedOn IS NULL", arguments: [], forward: datedOrder.forward, backward: datedOrder.backward)
                if let bound {
                    segment.condition += " AND id \(bound.op) ?"
                    segment.arguments = [bound.id]
                }
                return segment
            }
            switch (direction, key) {
            case (.forward, nil): return [dated(nil), undated(nil)]
            case (.forward, let key?):
                guard let date = key.receivedOn else { return [undated(("<", key.id))] }
                return [dated(("<", date, key.id)), undated(nil)]
            case (.backward, nil): return [undated(nil), dated(nil)]
            case (.backward, let key?):
                guard let date = key.receivedOn else { return [undated((">", key.id)), dated(nil)] }
                return [dated((">", date, key.id))]
            }
        }
    }
}

extension Store {
    /// Up to `limit` rows of the query next to `key`, in the list's order: forward, the rows
    /// after it (from the first row when nil); backward, the rows before it (the list's last
    /// rows when nil, which is End). Each page seeks in an index by the key, so a page at the
    /// end of 100 000 cases costs what the first page costs.
    public func casePage(_ query: CaseListQuery, from key: CaseListKey?, direction: CaseListDirection, limit: Int) throws(StoreError) -> [CaseSummary] {
        try read { db in
            try requireRead(db, .caseList)
            let ids = try query.pageIDs(db, plan: query.searchPlan(db), from: key, direction: direction, limit: limit)
            return try CaseSummary.fetch(db, ids: ids)
        }
    }
}

extension CaseListQuery {
    /// True when the query is a search alone in the received order: the search index names
    /// its cases in the list's order (`CaseSearchIndex.listKey`), so its pages are read from
    /// the index, as many of its cases as the page shows.
    var readsIndexInOrder: Bool {
        order == .receivedNewestFirst && statuses.isEmpty && kind == nil && !SearchFolding.fold(search).isEmpty
    }

    /// The ids of `casePage(_:from:direction:limit:)`, in the list's order.
    func pageIDs(_ db: Database, plan: SearchPlan?, from key: CaseListKey?, direction: CaseListDirection, limit: Int) throws -> [Int64] {
        guard limit > 0 else { return [] }
        if readsIndexInOrder { return try indexedPageIDs(db, from: key, direction: direction, limit: limit) }
        var ids: [Int64] = []
        for segment in keySegments(from: key, direction: direction) where ids.count < limit {
            var selection = selection(plan)
            if !segment.condition.isEmpty { selection.require(segment.condition, segment.arguments) }
            let sql = "SELECT id" + selection.sql + " ORDER BY " + (direction == .forward ? segment.forward : segment.backward) + " LIMIT \(limit - ids.count)"
            ids += try Int64.fetchAll(db, sql: sql, arguments: selection.arguments)
        }
        if direction == .backward { ids.reverse() }
        return ids
    }

    /// `pageIDs` of a query that `readsIndexInOrder`: the index's rows next to the key's, in
    /// the order of their keys (larger first).
    private func indexedPageIDs(_ db: Database, from key: CaseListKey?, direction: CaseListDirection, limit: Int) throws -> [Int64] {
        let table = CaseSearchIndex.table
        var sql = "SELECT \(CaseSearchIndex.caseIDSQL) FROM \(table) WHERE \(table) MATCH ?"
        var arguments: StatementArguments = [indexMatch]
        if let key {
            sql += direction == .forward ? " AND rowid < ?" : " AND rowid > ?"
            _ = arguments.append(contentsOf: [CaseSearchIndex.listKey(caseID: key.id, receivedOn: key.receivedOn)])
        }
        sql += (direction == .forward ? " ORDER BY rowid DESC" : " ORDER BY rowid") + " LIMIT \(limit)"
        let ids = try Int64.fetchAll(db, sql: sql, arguments: arguments)
        return direction == .forward ? ids : ids.reversed()
    }
}

extension CaseSummary {
    static let listColumns = "id, status, kind, firmName, firmKana, receivedOn, qualifies, sectionsPassed, findingCount"

    /// The list rows of these cases, in the order of `ids` (a page found by its ids first).
    static func fetch(_ db: Database, ids: [Int64]) throws -> [CaseSummary] {
        guard !ids.isEmpty else { return [] }
        // The ids as one JSON array: one statement, prepared once, for pages of any length.
        let statement = try db.cachedStatement(sql: "SELECT \(listColumns) FROM \"case\" WHERE id IN (SELECT value FROM json_each(?))")
        let rows = try Row.fetchAll(statement, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        var byID: [Int64: CaseSummary] = [:]
        for row in rows {
            let summary = CaseSummary(listColumns: row)
            byID[summary.id] = summary
        }
        return ids.compactMap { byID[$0] }
    }

    init(listRow row: Row) {
        self.init(
            stored: row["id"], status: row["status"], kind: row["kind"], firmName: row["firmName"], firmKana: row["firmKana"],
            receivedOn: row["receivedOn"], qualifies: row["qualifies"], sectionsPassed: row["sectionsPassed"], findingCount: row["findingCount"])
    }

    /// A row of exactly `listColumns`, read by position: a list page reads sixty of them a
    /// key, and finding a column by name folds the name's case each time (a sixth of a search
    /// key's time).
    init(listColumns row: Row) {
        self.init(
            stored: row[0], status: row[1], kind: row[2], firmName: row[3], firmKana: row[4],
            receivedOn: row[5], qualifies: row[6], sectionsPassed: row[7], findingCount: row[8])
    }

    /// From the stored columns: the status and kind by their names, the sections as one text.
    private init(
        stored id: Int64, status: String, kind: String, firmName: String, firmKana: String, receivedOn: String?,
        qualifies: Bool, sectionsPassed passed: String, findingCount: Int
    ) {
        self.init(
            id: id, status: CaseStatus(rawValue: status) ?? .draft, kind: ApplicationKind(rawValue: kind) ?? .new,
            firmName: firmName, firmKana: firmKana, receivedOn: receivedOn, qualifies: qualifies,
            sectionsPassed: passed.isEmpty ? [] : passed.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
            findingCount: findingCount)
    }
}
