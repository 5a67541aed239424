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

extension Store {
    /// Certifications in force that end within `months` of `today`, soonest first.
    public func renewalsDue(withinMonths months: Int, asOf today: LocalDate = .today()) throws(StoreError) -> [RenewalDue] {
        let window = RenewalWindow(months: months, from: today)
        return try read { db in
            try requireRead(db, .renewals)
            let statuses = Self.holdingStatuses.map { "'\($0.rawValue)'" }.joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.id, c.status, c.firmName, t.number, t.validUntil,
                    (SELECT MAX(r.id) FROM "case" r WHERE r.kind = 'renewal' AND r.status NOT IN ('withdrawn', 'rejected')
                        AND json_extract(r.document, '$.previousCertificate') = t.number) AS renewalCaseID
                FROM "case" c JOIN certificate t ON t.caseId = c.id
                WHERE c.status IN (\(statuses)) AND t.validUntil >= ? AND t.validUntil <= ?
                ORDER BY t.validUntil, t.number
                """, arguments: [window.from.iso, window.through.iso])
            return try rows.compactMap { row -> RenewalDue? in
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
}
