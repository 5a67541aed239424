/// The program dashboard's figures for one fiscal year, as plain data: the screen draws them
/// as bar charts, `nintei report` prints them.
public struct ProgramReport: Sendable, Equatable, Codable {
    public let fiscalYear: FiscalYear
    /// The date the figures were counted on.
    public let asOf: LocalDate
    /// New applications (not renewals) received in each fiscal year, against the yearly target.
    public let newApplications: [YearFigure]
    /// Firms holding a valid certificate at the end of each fiscal year (on `asOf` for the
    /// current one), against the plan where there is one.
    public let certifiedFirms: [YearFigure]
    /// Certificates whose term ends in each month of the fiscal year, April to March.
    public let renewalsDue: [MonthFigure]
    /// Cases decided in the fiscal year that have a received date.
    public let decisions: Int
    /// Their average days from receipt to decision; nil when there were none.
    public let averageDaysToDecision: Double?

    public struct YearFigure: Sendable, Equatable, Codable {
        public let fiscalYear: FiscalYear
        /// nil for a fiscal year that has not begun on `asOf`.
        public let actual: Int?
        public let target: Int?
    }

    public struct MonthFigure: Sendable, Equatable, Codable {
        public let year: Int
        public let month: Int
        public let count: Int
    }

    /// Fiscal years shown in the yearly figures: this one and the four before.
    public static let yearsShown = 5
}

/// What the store knows that the report counts: one entry per case, one per certificate.
public struct ProgramFacts: Sendable, Codable {
    public struct Case: Sendable, Codable {
        public let kind: ApplicationKind
        public let receivedOn: LocalDate?
        public let decidedOn: LocalDate?

        public init(kind: ApplicationKind, receivedOn: LocalDate?, decidedOn: LocalDate?) {
            self.kind = kind
            self.receivedOn = receivedOn
            self.decidedOn = decidedOn
        }
    }

    public struct Certificate: Sendable, Codable {
        public let firmID: Int64
        public let issuedOn: LocalDate
        public let validUntil: LocalDate

        public init(firmID: Int64, issuedOn: LocalDate, validUntil: LocalDate) {
            self.firmID = firmID
            self.issuedOn = issuedOn
            self.validUntil = validUntil
        }
    }

    public let cases: [Case]
    /// Certificates of cases that were certified (withdrawn cases left out).
    public let certificates: [Certificate]

    public init(cases: [Case], certificates: [Certificate]) {
        self.cases = cases
        self.certificates = certificates
    }
}

extension ProgramReport {
    public static func make(fiscalYear: FiscalYear, facts: ProgramFacts, targets: ProgramTargets, asOf: LocalDate) -> ProgramReport {
        let years = (0..<yearsShown).reversed().map { FiscalYear(fiscalYear.startYear - $0) }
        let newApplications = years.map { year in
            YearFigure(
                fiscalYear: year,
                actual: year.firstDay > asOf ? nil : facts.cases.filter { $0.kind == .new && $0.receivedOn.map(year.contains) == true }.count,
                target: targets.newApplicationsPerYear)
        }
        let certifiedFirms = years.map { year in
            let day = min(year.lastDay, asOf)
            let firms = Set(facts.certificates.filter { $0.issuedOn <= day && day <= $0.validUntil }.map(\.firmID))
            return YearFigure(fiscalYear: year, actual: year.firstDay > asOf ? nil : firms.count, target: targets.certifiedFirmsPlan[year])
        }
        let months = (0..<12).map { offset in
            let month = (offset + 3) % 12 + 1
            return (year: month >= 4 ? fiscalYear.startYear : fiscalYear.startYear + 1, month: month)
        }
        let renewalsDue = months.map { slot in
            MonthFigure(year: slot.year, month: slot.month, count: facts.certificates.filter {
                $0.validUntil.year == slot.year && $0.validUntil.month == slot.month
            }.count)
        }
        let durations = facts.cases.compactMap { item -> Int? in
            guard let received = item.receivedOn, let decided = item.decidedOn, fiscalYear.contains(decided) else { return nil }
            return decided.dayNumber - received.dayNumber
        }
        return ProgramReport(
            fiscalYear: fiscalYear, asOf: asOf, newApplications: newApplications, certifiedFirms: certifiedFirms,
            renewalsDue: renewalsDue, decisions: durations.count,
            averageDaysToDecision: durations.isEmpty ? nil : Double(durations.reduce(0, +)) / Double(durations.count))
    }
}
