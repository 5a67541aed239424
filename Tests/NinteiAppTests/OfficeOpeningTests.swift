import NinteiApp
import NinteiStore
import Testing

/// Which office a command opens: the server named by the option, the environment or the
/// configuration file, or a store file, in that order.
@Suite("Choosing the office server")
struct OfficeOpeningTests {
    static let configured: OfficeConfiguration = {
        var configuration = OfficeConfiguration()
        configuration.server = "/run/config.sock"
        return configuration
    }()

    @Test("--server, then $NINTEI_SERVER, then the configuration's server; a store named by --db or $NINTEI_DB goes direct")
    func precedence() {
        let c = Self.configured
        #expect(OfficeOpening.server(option: "/option.sock", dbOption: nil, environment: ["NINTEI_SERVER": "/env.sock"], configuration: c) == "/option.sock")
        #expect(OfficeOpening.server(option: nil, dbOption: nil, environment: ["NINTEI_SERVER": "/env.sock"], configuration: c) == "/env.sock")
        #expect(OfficeOpening.server(option: nil, dbOption: nil, environment: [:], configuration: c) == "/run/config.sock")
        #expect(OfficeOpening.server(option: nil, dbOption: "/x.sqlite", environment: ["NINTEI_SERVER": "/env.sock"], configuration: c) == nil)
        #expect(OfficeOpening.server(option: nil, dbOption: nil, environment: ["NINTEI_DB": "/x.sqlite"], configuration: c) == nil)
        #expect(OfficeOpening.server(option: nil, dbOption: nil, environment: ["NINTEI_DB": "/x.sqlite", "NINTEI_SERVER": "/env.sock"], configuration: c) == "/env.sock")
        #expect(OfficeOpening.server(option: nil, dbOption: nil, environment: [:], configuration: .empty) == nil)
    }
}
