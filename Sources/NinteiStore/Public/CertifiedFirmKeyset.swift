import GRDB
import NinteiCore

/// Where a page of the certified list starts: an entry of it. The list's order is the firm's
/// sort key (its case's reading without the legal form), then the certificate number, which no
/// two entries share; the store looks the sort key up by the case.
public struct CertifiedFirmKey: Sendable, Equatable, Codable {
    public var caseID: Int64
    public var certificateNumber: String

    public init(caseID: Int64, certificateNumber: String) {
        self.caseID = caseID
        self.certificateNumber = certificateNumber
    }

    public init(_ firm: CertifiedFirm) {
        self.init(caseID: firm.caseID, certificateNumber: firm.certificateNumber)
    }
}

extension Store {
    /// Up to `limit` entries of the certified list next to `key`, in the list's order: forward,
    /// the entries after it (from the first when nil); backward, the entries before it (the
    /// list's last entries when nil, which is End). Each page seeks in the holding cases' order
    /// index, so a page at the end costs what the first page costs.
    public func certifiedFirms(
        _ filter: CertifiedFirmFilter, from key: CertifiedFirmKey?, direction: CaseListDirection, limit: Int, asOf today: LocalDate
    ) throws(StoreError) -> [CertifiedFirm] {
        try read { db in
            try requireRead(db, .publishedList)
            guard limit > 0 else { return [] }
            let entries = CertifiedQuery(filter: filter, today: today).entries(index: "case_holdingOrder")
            var sql = "SELECT \(CertifiedQuery.entryColumns) " + entries.sql
            var arguments = entries.arguments
            if let key {
                guard let sortKey = try String.fetchOne(db, sql: "SELECT sortKey FROM \"case\" WHERE id = ?", arguments: [key.caseID]) else {
                    throw StoreError.noSuchCase(key.caseID)
                }
                // `sortKey >= ?` (or <=) bounds the walk in the index; the OR breaks the ties.
                sql += direction == .forward
                    ? " AND c.sortKey >= ? AND (c.sortKey > ? OR t.number > ?)"
                    : " AND c.sortKey <= ? AND (c.sortKey < ? OR t.number < ?)"
                _ = arguments.append(contentsOf: [sortKey, sortKey, key.certificateNumber])
            }
            sql += (direction == .forward ? " ORDER BY c.sortKey, t.number" : " ORDER BY c.sortKey DESC, t.number DESC") + " LIMIT \(limit)"
            var chosen = try Row.fetchAll(db, sql: sql, arguments: arguments)
            if direction == .backward { chosen.reverse() }
            return try self.entries(db, chosen: chosen).map(firm)
        }
    }
}
