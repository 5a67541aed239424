import GRDB
import NinteiCore

/// A certification that ends within the renewal window, with whom to contact about it.
public struct RenewalDue: Sendable, Equatable, Codable {
    public let caseID: Int64
    public let status: CaseStatus
    public let firmName: String
    public let certificateNumber: String
    public let validUntil: LocalDate
    /// Days from the day asked about to the last valid day.
    public let daysLeft: Int
    /// From the application's contact person, phone and mail (INTERCHANGE.md `firm`).
    public let contactName: String?
    public let phone: String?
    public let email: String?
    /// A renewal application naming this certificate has been received.
    public let renewalReceived: Bool
    /// That renewal's case (the latest, when there are several), for showing what changed.
    public let renewalCaseID: Int64?
}

/// Where a page of the renewals list starts: an entry of it. The list's order is the last
/// valid day, then the certificate number, which no two entries share.
public struct RenewalKey: Sendable, Equatable, Codable {
    public var validUntil: LocalDate
    public var certificateNumber: String

    public init(validUntil: LocalDate, certificateNumber: String) {
        self.validUntil = validUntil
        self.certificateNumber = certificateNumber
    }

    public init(_ due: RenewalDue) {
        self.init(validUntil: due.validUntil, certificateNumber: due.certificateNumber)
    }
}

extension Store {
    /// Certifications in force that end within `months` of `today`, soonest first.
    public func renewalsDue(withinMonths months: Int, asOf today: LocalDate = .today()) throws(StoreError) -> [RenewalDue] {
        let window = RenewalWindow(months: months, from: today)
        return try read { db in
            try requireRead(db, .renewals)
            let rows = try Row.fetchAll(
                db, sql: Self.renewalsSQL(condition: "") + " ORDER BY t.validUntil, t.number", arguments: [window.from.iso, window.through.iso])
            return try renewals(db, rows: rows, today: today)
        }
    }

    /// How many certifications end within `months` of `today` (the certificates' index in that
    /// window, each joined to the holding cases' index: no case row is read).
    public func renewalsDueCount(withinMonths months: Int, asOf today: LocalDate) throws(StoreError) -> Int {
        let window = RenewalWindow(months: months, from: today)
        return try read { db in
            try requireRead(db, .renewals)
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM certificate t INDEXED BY certificate_validity JOIN "case" c INDEXED BY case_holdingById ON c.id = t.caseId
                WHERE c.status IN (\(Self.holdingStatusList)) AND t.validUntil >= ? AND t.validUntil <= ?
                """, arguments: [window.from.iso, window.through.iso]) ?? 0
        }
    }

    /// Up to `limit` certifications of the renewal window next to `key`, soonest first: forward,
    /// those after it (from the first when nil); backward, those before it (the last when nil,
    /// which is End). Each page seeks in the certificates' order index and reads the documents
    /// of its own rows only, so a page at the end costs what the first page costs.
    public func renewalsDue(
        withinMonths months: Int, from key: RenewalKey?, direction: CaseListDirection, limit: Int, asOf today: LocalDate
    ) throws(StoreError) -> [RenewalDue] {
        let window = RenewalWindow(months: months, from: today)
        return try read { db in
            try requireRead(db, .renewals)
            guard limit > 0 else { return [] }
            var arguments: StatementArguments = [window.from.iso, window.through.iso]
            var condition = ""
            if let key {
                condition = direction == .forward ? " AND (t.validUntil, t.number) > (?, ?)" : " AND (t.validUntil, t.number) < (?, ?)"
                _ = arguments.append(contentsOf: [key.validUntil.iso, key.certificateNumber])
            }
            let order = direction == .forward ? " ORDER BY t.validUntil, t.number" : " ORDER BY t.validUntil DESC, t.number DESC"
            var rows = try Row.fetchAll(db, sql: Self.renewalsSQL(condition: condition) + order + " LIMIT \(limit)", arguments: arguments)
            if direction == .backward { rows.reverse() }
            return try renewals(db, rows: rows, today: today)
        }
    }

    static var holdingStatusList: String { holdingStatuses.map { "'\($0.rawValue)'" }.joined(separator: ",") }

    /// The certificates in force on holding cases whose last day is within the window (two
    /// arguments: its first and last day), and `condition`'s.
    static func renewalsSQL(condition: String) -> String {
        """
        SELECT c.id, c.status, c.firmName, t.number, t.validUntil,
            (SELECT MAX(r.id) FROM "case" r INDEXED BY case_renewalOf WHERE r.kind = 'renewal' AND r.status NOT IN ('withdrawn', 'rejected')
                AND json_extract(r.document, '$.previousCertificate') = t.number) AS renewalCaseID
        FROM certificate t INDEXED BY certificate_validity JOIN "case" c ON c.id = t.caseId
        WHERE c.status IN (\(holdingStatusList)) AND t.validUntil >= ? AND t.validUntil <= ?\(condition)
        """
    }

    /// The renewals of these rows, each with its firm's contact from the document.
    private func renewals(_ db: Database, rows: [Row], today: LocalDate) throws -> [RenewalDue] {
        try rows.compactMap { row -> RenewalDue? in
            guard let validUntil = LocalDate(iso: row["validUntil"]) else { return nil }
            let firm = try snapshot(db, row["id"]).document.firm
            let renewalCaseID: Int64? = row["renewalCaseID"]
            return RenewalDue(
                caseID: row["id"], status: CaseStatus(rawValue: row["status"]) ?? .certified, firmName: row["firmName"],
                certificateNumber: row["number"], validUntil: validUntil, daysLeft: RenewalWindow.days(from: today, to: validUntil),
                contactName: firm.contactName, phone: firm.phone, email: firm.email,
                renewalReceived: renewalCaseID != nil, renewalCaseID: renewalCaseID)
        }
    }
}
