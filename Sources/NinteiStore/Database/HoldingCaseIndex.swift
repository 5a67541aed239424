import GRDB

/// Migration "v13-holding-by-id": the holding cases by id, with their status, for the renewals
/// window's count (`renewalsDueCount`). The count joins each certificate of the window to its
/// case; read from the case row, the status sits after the document's overflow pages, so each
/// join walked a document (about 4 µs a certificate, 6 000 of them at 100 000 cases). From this
/// index the join reads no row: about a quarter of the CPU in the sqlite3 shell at that size.
enum HoldingCaseIndex {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX case_holdingById ON "case"(id, status) WHERE status IN (\(Store.holdingStatusList))
            """)
    }
}
