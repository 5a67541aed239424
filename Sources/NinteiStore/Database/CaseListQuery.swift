import Foundation
import GRDB
import NinteiCore

/// What a case list shows: which cases (statuses, kind, a search on the firm's name or
/// reading) in which order. The list screen asks for the count, then for the page of rows it
/// shows, so a store of 100 000 cases costs what the screen shows.
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

    /// How a search is answered: by the cases the search index names (`CaseSearchIndex`), by
    /// those cases read from it already (fewer than a thousand), or by a scan of the folded
    /// texts in a list index.
    enum SearchPlan { case index, candidates([Int64]), scan }

    /// The plan for a folded, non-empty search: the cases the index names when they are few
    /// (each then read by id, and sorted), a scan of the list when they are everywhere.
    static func plan(_ db: Database, folded: String) throws -> SearchPlan {
        try CaseSearchIndex.candidates(db, folded: folded).map(SearchPlan.candidates) ?? .scan
    }

    /// The WHERE clause and its arguments.
    func filter(_ plan: SearchPlan = .index) -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if !statuses.isEmpty {
            let sorted = statuses.map(\.rawValue).sorted()
            conditions.append("status IN (" + sorted.map { _ in "?" }.joined(separator: ", ") + ")")
            _ = arguments.append(contentsOf: StatementArguments(sorted))
        }
        if let kind {
            conditions.append("kind = ?")
            _ = arguments.append(contentsOf: [kind.rawValue])
        }
        // The same match as `Store.cases(search:)`: width, kana and case folded on both sides.
        let folded = SearchFolding.fold(search)
        if !folded.isEmpty, case .scan = plan {
            conditions.append("instr(searchText, ?) > 0")
            _ = arguments.append(contentsOf: [folded])
        } else if !folded.isEmpty, case .index = plan {
            let condition = CaseSearchIndex.condition(folded: folded)
            conditions.append(condition.sql)
            _ = arguments.append(contentsOf: condition.arguments)
        } else if !folded.isEmpty, case .candidates(let ids) = plan {
            let condition = CaseSearchIndex.condition(folded: folded, candidates: ids)
            conditions.append(condition.sql)
            _ = arguments.append(contentsOf: condition.arguments)
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
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

extension Store {
    /// How many cases the query selects.
    public func countCases(_ query: CaseListQuery) throws(StoreError) -> Int {
        try countCases(query, atMost: nil)
    }

    /// How many cases the query selects, counting no further than `atMost`: a list can show
    /// "1000件以上" at once for a common search and count on only when scrolled that far, so a
    /// keystroke never waits for a scan of the whole office.
    public func countCases(_ query: CaseListQuery, atMost limit: Int?) throws(StoreError) -> Int {
        /// "SELECT COUNT(*) FROM x WHERE …" stopped after `limit` rows.
        func bounded(_ sql: String) -> String {
            guard let limit else { return sql }
            let head = "SELECT COUNT(*) FROM "
            precondition(sql.hasPrefix(head), "a count query")
            return "SELECT COUNT(*) FROM (SELECT 1 FROM " + sql.dropFirst(head.count) + " LIMIT \(max(0, limit)))"
        }
        return try read { db in
            try requireRead(db, .caseList)
            let folded = SearchFolding.fold(query.search)
            if query.statuses.isEmpty, query.kind == nil, let count = CaseSearchIndex.countOnly(folded: folded) {
                return try Int.fetchOne(db, sql: bounded(count.sql), arguments: count.arguments) ?? 0
            }
            guard !folded.isEmpty else {
                let filter = query.filter()
                return try Int.fetchOne(db, sql: bounded("SELECT COUNT(*) FROM \"case\"" + filter.sql), arguments: filter.arguments) ?? 0
            }
            let plan = try CaseListQuery.plan(db, folded: folded)
            if case .scan = plan {
                // Most cases hold every piece: one pass over a list index is cheaper.
                let filter = query.filter(.scan)
                return try Int.fetchOne(db, sql: bounded("SELECT COUNT(*) FROM \"case\" INDEXED BY case_receivedOrder" + filter.sql), arguments: filter.arguments) ?? 0
            }
            let filter = query.filter(plan)
            return try Int.fetchOne(db, sql: bounded("SELECT COUNT(*) FROM \"case\" INDEXED BY case_listById" + filter.sql), arguments: filter.arguments) ?? 0
        }
    }

    /// The rows `offset ..< offset + limit` of the query, in its order (fewer at the end).
    public func casePage(_ query: CaseListQuery, offset: Int, limit: Int) throws(StoreError) -> [CaseSummary] {
        try read { db in
            try requireRead(db, .caseList)
            let window = " LIMIT \(max(0, limit)) OFFSET \(max(0, offset))"
            let folded = SearchFolding.fold(query.search)
            guard !folded.isEmpty else {
                let filter = query.filter()
                let sql = "SELECT \(CaseSummary.listColumns) FROM \"case\"" + filter.sql + query.orderSQL + window
                return try Row.fetchAll(db, sql: sql, arguments: filter.arguments).map(CaseSummary.init(listColumns:))
            }
            // The page's ids from an index alone, then only those rows.
            let ids: [Int64]
            let plan = try CaseListQuery.plan(db, folded: folded)
            if case .scan = plan {
                // Matches are everywhere: walk the list in its order until the page is full.
                let filter = query.filter(.scan)
                ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM \"case\" INDEXED BY \(query.orderIndex)" + filter.sql + query.orderSQL + window,
                    arguments: filter.arguments)
            } else {
                // Few matches: take the cases the index names and sort them.
                let filter = query.filter(plan)
                ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM \"case\" INDEXED BY case_listById" + filter.sql + query.orderSQL + window,
                    arguments: filter.arguments)
            }
            guard !ids.isEmpty else { return [] }
            return try CaseSummary.fetch(db, ids: ids)
        }
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
            guard limit > 0 else { return [] }
            let folded = SearchFolding.fold(query.search)
            // The filter and the index that answers it, as `casePage(offset:)` chooses them.
            let filter: (sql: String, arguments: StatementArguments)
            let indexed: String
            if folded.isEmpty {
                filter = query.filter()
                indexed = ""
            } else {
                let plan = try CaseListQuery.plan(db, folded: folded)
                filter = query.filter(plan)
                if case .scan = plan {
                    indexed = " INDEXED BY \(query.orderIndex)"
                } else {
                    indexed = " INDEXED BY case_listById"
                }
            }
            var ids: [Int64] = []
            for segment in query.keySegments(from: key, direction: direction) where ids.count < limit {
                var sql = "SELECT id FROM \"case\"" + indexed + filter.sql
                var arguments = filter.arguments
                if !segment.condition.isEmpty {
                    sql += (filter.sql.isEmpty ? " WHERE " : " AND ") + segment.condition
                    _ = arguments.append(contentsOf: segment.arguments)
                }
                sql += " ORDER BY " + (direction == .forward ? segment.forward : segment.backward) + " LIMIT \(limit - ids.count)"
                ids += try Int64.fetchAll(db, sql: sql, arguments: arguments)
            }
            if direction == .backward { ids.reverse() }
            guard !ids.isEmpty else { return [] }
            return try CaseSummary.fetch(db, ids: ids)
        }
    }
}

extension CaseSummary {
    static let listColumns = "id, status, kind, firmName, firmKana, receivedOn, qualifies, sectionsPassed, findingCount"

    /// The list rows of these cases, in the order of `ids` (a page found by its ids first).
    static func fetch(_ db: Database, ids: [Int64]) throws -> [CaseSummary] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT \(listColumns) FROM \"case\" WHERE id IN (" + ids.map { _ in "?" }.joined(separator: ",") + ")",
            arguments: StatementArguments(ids))
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
