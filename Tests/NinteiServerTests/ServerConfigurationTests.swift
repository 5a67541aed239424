import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// The server's configuration file, not the client's: targets and certificate settings come
/// from the data folder and configuration of the server process, whatever a client sends.
@Suite struct ServerConfigurationTests {
    @Test func theProgramReportCountsAgainstTheServersConfiguredTargets() throws {
        let configuration = try OfficeConfiguration.parse("[targets]\nnew_applications_per_year = 42\n", file: "server.toml")
        let office = try ServerFixture(configuration: configuration)
        try office.grant(.officer)
        let client = try office.client()
        let year = FiscalYear(2025)
        // The client's own targets (the shipped 15) are not what the server counts against.
        let report = try client.programReport(fiscalYear: year, targets: .defaults, asOf: LocalDate(iso: "2025-06-01")!)
        #expect(report.newApplications.first { $0.fiscalYear == year }?.target == 42)
    }
}
