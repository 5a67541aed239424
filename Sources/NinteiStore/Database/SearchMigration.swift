import GRDB
import NinteiCore

/// Migration "v4-search": the folded search text of each case (firm name and reading, see
/// `SearchFolding`), its sort key and its industry, as derived columns, filled for the cases
/// already stored. Narrow indexes hold what the lists filter and sort on, so a search scans
/// them rather than the rows with their documents.
///
/// The keys are made here as they were made when this migration was written, so that it fills
/// a store the same way whatever `FirmSearchKeys` (the live rules) becomes; a change of those
/// rules comes with a migration of its own that refills the columns.
enum SearchMigration {
    static func migrate(_ db: Database) throws {
        try db.alter(table: "case") { table in
            table.add(column: "searchText", .text).notNull().defaults(to: "")
            table.add(column: "industry", .text)
            table.add(column: "sortKey", .text).notNull().defaults(to: "")
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, firmName, firmKana, json_extract(document, '$.firm.industry') AS industry FROM "case"
            """)
        for row in rows {
            try db.execute(
                sql: "UPDATE \"case\" SET searchText = ?, sortKey = ?, industry = ? WHERE id = ?",
                arguments: [
                    searchText(name: row["firmName"], kana: row["firmKana"]), sortKey(name: row["firmName"], kana: row["firmKana"]),
                    row["industry"] as String?, row["id"] as Int64,
                ])
        }
        try db.create(index: "case_list", on: "case", columns: ["receivedOn", "id", "status", "searchText"])
        try db.create(index: "case_statusList", on: "case", columns: ["status", "receivedOn", "id", "searchText"])
        try db.create(index: "case_holding", on: "case", columns: ["status", "firmId", "sortKey", "industry", "sectionsPassed", "searchText"])
        try db.create(index: "certificate_caseValidity", on: "certificate", columns: ["caseId", "validUntil", "issuedOn"])
    }

    /// Name and reading folded, joined by a separator no query contains, so a query never
    /// matches across the two.
    private static func searchText(name: String, kana: String) -> String {
        SearchFolding.fold(name) + "\u{1}" + SearchFolding.fold(kana)
    }

    /// The reading without the legal form, as a list sorted in 五十音順 reads: 株式会社さくら精工
    /// sorts under サ, not under カ.
    private static func sortKey(name: String, kana: String) -> String {
        var reading = SearchFolding.fold(kana.isEmpty ? name : kana)
        for form in legalFormReadings where reading.hasPrefix(form) && reading.count > form.count {
            reading.removeFirst(form.count)
            break
        }
        return reading + "\u{1}" + name
    }

    /// Readings of legal forms written before a firm's name, longest first.
    private static let legalFormReadings = [
        "イッパンシャダンホウジン", "イッパンザイダンホウジン", "コウエキシャダンホウジン", "コウエキザイダンホウジン",
        "トクテイヒエイリカツドウホウジン", "イリョウホウジンシャダン", "イリョウホウジン", "シャカイフクシホウジン",
        "ゼイリシホウジン", "ガッコウホウジン", "カブシキガイシャ", "ユウゲンガイシャ", "ゴウドウガイシャ", "ゴウメイガイシャ",
        "ゴウシガイシャ",
    ].map(SearchFolding.fold).sorted { $0.count > $1.count }
}
