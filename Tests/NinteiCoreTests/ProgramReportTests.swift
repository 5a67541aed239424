import NinteiCore
import Testing

@Suite("Program report and targets")
struct ProgramReportTests {
    func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    let targets = ProgramTargets(newApplicationsPerYear: 15, certifiedFirmsPlan: [FiscalYear(2025): 85, FiscalYear(2026): 95], renewalWindowMonths: 6)

    @Test("new applications count in the fiscal year (April–March) of their receipt; renewals do not count")
    func applications() {
        let facts = ProgramFacts(cases: [
            .init(kind: .new, receivedOn: date("2025-03-31"), decidedOn: nil),
            .init(kind: .new, receivedOn: date("2025-04-01"), decidedOn: nil),
            .init(kind: .new, receivedOn: date("2026-03-31"), decidedOn: nil),
            .init(kind: .renewal, receivedOn: date("2025-06-01"), decidedOn: nil),
            .init(kind: .new, receivedOn: nil, decidedOn: nil),
        ], certificates: [])
        let report = ProgramReport.make(fiscalYear: FiscalYear(2025), facts: facts, targets: targets, asOf: date("2026-11-21"))
        #expect(report.newApplications.map(\.fiscalYear.startYear) == [2021, 2022, 2023, 2024, 2025])
        #expect(report.newApplications.map(\.actual) == [0, 0, 0, 1, 2])
        #expect(report.newApplications.allSatisfy { $0.target == 15 })
    }

    @Test("certified firms: each firm once, valid on the fiscal year's last day or today; future years have no figure")
    func certifiedFirms() {
        let facts = ProgramFacts(cases: [], certificates: [
            .init(firmID: 1, issuedOn: date("2021-01-16"), validUntil: date("2024-01-15")),
            .init(firmID: 1, issuedOn: date("2024-01-16"), validUntil: date("2027-01-15")),
            .init(firmID: 2, issuedOn: date("2023-11-01"), validUntil: date("2026-10-31")),
            .init(firmID: 3, issuedOn: date("2026-06-01"), validUntil: date("2029-05-31")),
        ])
        let report = ProgramReport.make(fiscalYear: FiscalYear(2027), facts: facts, targets: targets, asOf: date("2026-11-21"))
        let byYear = Dictionary(uniqueKeysWithValues: report.certifiedFirms.map { ($0.fiscalYear.startYear, $0) })
        #expect(byYear[2023]?.actual == 2)
        #expect(byYear[2025]?.actual == 2)
        #expect(byYear[2025]?.target == 85)
        #expect(byYear[2026]?.actual == 2, "today: firm 2 has expired, firm 3 is new")
        #expect(byYear[2027]?.actual == nil)
        #expect(byYear[2024]?.target == nil)
    }

    @Test("renewals fall due in the month the term ends, April to March; days to decision are averaged")
    func monthsAndDays() {
        let facts = ProgramFacts(cases: [
            .init(kind: .new, receivedOn: date("2026-04-01"), decidedOn: date("2026-04-11")),
            .init(kind: .renewal, receivedOn: date("2026-05-01"), decidedOn: date("2026-05-21")),
            .init(kind: .new, receivedOn: date("2026-01-01"), decidedOn: date("2026-03-31")),
        ], certificates: [
            .init(firmID: 1, issuedOn: date("2024-01-16"), validUntil: date("2027-01-15")),
            .init(firmID: 2, issuedOn: date("2023-04-01"), validUntil: date("2026-04-30")),
            .init(firmID: 3, issuedOn: date("2024-03-15"), validUntil: date("2027-03-14")),
        ])
        let report = ProgramReport.make(fiscalYear: FiscalYear(2026), facts: facts, targets: targets, asOf: date("2026-11-21"))
        #expect(report.renewalsDue.count == 12)
        #expect(report.renewalsDue.first.map { [$0.year, $0.month, $0.count] } == [2026, 4, 1])
        #expect(report.renewalsDue.last.map { [$0.year, $0.month, $0.count] } == [2027, 3, 1])
        #expect(report.renewalsDue.first { $0.month == 1 }?.count == 1)
        #expect(report.decisions == 2)
        #expect(report.averageDaysToDecision == 15)
    }

    @Test("the renewal window ends on the same day months later, or that month's last day")
    func window() {
        #expect(RenewalWindow(months: 6, from: date("2026-11-21")).through == date("2027-05-21"))
        #expect(RenewalWindow(months: 6, from: date("2026-08-31")).through == date("2027-02-28"))
        #expect(RenewalWindow(months: 6, from: date("2027-08-31")).through == date("2028-02-29"))
        #expect(RenewalWindow(months: 6, from: date("2026-11-21")).contains(date("2026-11-21")))
        #expect(RenewalWindow.days(from: date("2026-11-21"), to: date("2026-12-14")) == 23)
    }

    @Test("targets file: read, and refused with the key named")
    func targetsFile() throws {
        let text = """
            {"schema": "nintei-program/1", "newApplicationsPerYear": 15, "renewalWindowMonths": 6,
             "certifiedFirmsPlan": [{"fiscalYear": 2024, "firms": 75, "source": "001"}]}
            """
        let targets = try ProgramTargetsReader.read(text)
        #expect(targets == ProgramTargets(newApplicationsPerYear: 15, certifiedFirmsPlan: [FiscalYear(2024): 75], renewalWindowMonths: 6))

        func refusal(_ text: String) -> String {
            do {
                _ = try ProgramTargetsReader.read(text)
                return "accepted"
            } catch {
                return error.text(.en)
            }
        }
        let base = #""schema": "nintei-program/1", "newApplicationsPerYear": 15, "certifiedFirmsPlan": []"#
        #expect(refusal("{\(base), \"renewalWindowMonths\": 0}").contains("renewalWindowMonths"))
        #expect(refusal("{\(base)}").contains("renewalWindowMonths"))
        #expect(refusal("{\(base), \"renewalWindowMonths\": 6, \"target\": 3}").contains("target"))
        #expect(refusal(#"{"schema": "nintei-program/1", "newApplicationsPerYear": "15", "renewalWindowMonths": 6, "certifiedFirmsPlan": []}"#)
            .contains("newApplicationsPerYear"))
        let twice = #"{"schema": "nintei-program/1", "newApplicationsPerYear": 15, "renewalWindowMonths": 6, "certifiedFirmsPlan": [{"fiscalYear": 2024, "firms": 1}, {"fiscalYear": 2024, "firms": 2}]}"#
        #expect(refusal(twice).contains("2024"))
    }

    @Test("the shipped targets file reads")
    func shipped() throws {
        let targets = try Fixtures.dataDirectory.loadProgramTargets()
        #expect(targets.newApplicationsPerYear == 15)
        #expect(targets.renewalWindowMonths == 6)
        #expect(targets.certifiedFirmsPlan[FiscalYear(2026)] == 95)
    }
}
