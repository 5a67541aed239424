import GRDB
import NinteiCore

extension Store {
    /// The dashboard's figures for a fiscal year (see `ProgramReport`).
    public func programReport(fiscalYear: FiscalYear, targets: ProgramTargets, asOf today: LocalDate = .today()) throws(StoreError) -> ProgramReport {
        let facts = try read { db in
            try requireRead(db, .programReport)
            let cases = try Row.fetchAll(db, sql: "SELECT kind, receivedOn, decidedOn FROM \"case\"").map { row in
                ProgramFacts.Case(
                    kind: ApplicationKind(rawValue: row["kind"]) ?? .new,
                    receivedOn: (row["receivedOn"] as String?).flatMap(LocalDate.init(iso:)),
                    decidedOn: (row["decidedOn"] as String?).flatMap(LocalDate.init(iso:)))
            }
            // A withdrawn firm's certificate no longer counts; the store keeps no date of withdrawal.
            let certificates = try Row.fetchAll(db, sql: """
                SELECT c.firmId, t.issuedOn, t.validUntil FROM certificate t JOIN "case" c ON c.id = t.caseId
                WHERE c.status <> 'withdrawn'
                """).compactMap { row -> ProgramFacts.Certificate? in
                guard let issuedOn = LocalDate(iso: row["issuedOn"]), let validUntil = LocalDate(iso: row["validUntil"]) else { return nil }
                return ProgramFacts.Certificate(firmID: row["firmId"], issuedOn: issuedOn, validUntil: validUntil)
            }
            return ProgramFacts(cases: cases, certificates: certificates)
        }
        return ProgramReport.make(fiscalYear: fiscalYear, facts: facts, targets: targets, asOf: today)
    }
}
