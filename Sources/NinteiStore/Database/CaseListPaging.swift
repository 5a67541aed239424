import GRDB
import NinteiCore

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
            // A search read from the index in its order needs no plan (and its count of the index).
            let plan = query.readsIndexInOrder ? nil : try query.searchPlan(db)
            let ids = try query.pageIDs(db, plan: plan, from: key, direction: direction, limit: limit)
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
