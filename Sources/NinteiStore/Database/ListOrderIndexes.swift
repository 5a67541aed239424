import GRDB

/// Migration "v10-list-orders": the indexes that let the certified list and the renewals list
/// be read a page at a time from any row (`certifiedFirms(_:from:direction:limit:asOf:)`,
/// `renewalsDue(withinMonths:from:direction:limit:asOf:)`): each walks its order in an index
/// and stops when the page is full, so End costs what the first page costs. The queries name
/// their index (INDEXED BY): without statistics SQLite would rather sort the whole list.
enum ListOrderIndexes {
    static func migrate(_ db: Database) throws {
        // The certified list's order, over the cases that may hold a certificate in force, with
        // what its filters read (a row's own columns sit after its document's overflow pages).
        try db.execute(sql: """
            CREATE INDEX case_holdingOrder ON "case"(sortKey, status, firmId, industry, sectionsPassed, searchText)
            WHERE status IN (\(Store.holdingStatusList))
            """)
        // The renewals list's order.
        try db.create(index: "certificate_validity", on: "certificate", columns: ["validUntil", "number"])
        // The renewal that names a certificate, asked for each row of the renewals list.
        try db.execute(sql: """
            CREATE INDEX case_renewalOf ON "case"(json_extract(document, '$.previousCertificate'))
            WHERE kind = 'renewal'
            """)
    }
}
