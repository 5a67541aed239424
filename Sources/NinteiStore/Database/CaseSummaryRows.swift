import GRDB
import NinteiCore

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
