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
            // A search read from the index in its order needs no plan; neither does no search.
            var plan: CaseListQuery.SearchPlan?
            if !query.readsIndexInOrder, !SearchFolding.fold(query.search).isEmpty {
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
