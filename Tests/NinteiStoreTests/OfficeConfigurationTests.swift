import Foundation
import NinteiCore
import NinteiStore
import Testing

/// The office's configuration file (nintei.toml): what it sets, where it stands among the
/// options and the environment, how it goes over the shipped data, and its errors, each naming
/// the file and the key.
@Suite("The configuration file")
struct OfficeConfigurationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let repositoryData = repository.appendingPathComponent("data").path

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The error's text in English, or a recorded issue when the text parsed.
    func failure(_ text: String, file: String = "/etc/nintei/nintei.toml") -> String {
        do {
            _ = try OfficeConfiguration.parse(text, file: file)
            Issue.record("expected \(text.debugDescription) to be refused")
            return ""
        } catch {
            return error.text(.en)
        }
    }

    @Test("every key of dist/nintei.toml.example, uncommented, is read")
    func theExampleParses() throws {
        let example = try String(contentsOf: Self.repository.appendingPathComponent("dist/nintei.toml.example"), encoding: .utf8)
        // Settings are commented as "#key" / "#[table]"; prose as "# words".
        let uncommented = example.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") && !line.hasPrefix("# ") && line != "#" ? String(line.dropFirst()) : String(line)
        }.joined(separator: "\n")
        #expect(try OfficeConfiguration.parse(example, file: "example") == .empty, "everything in the example is commented out")
        let configuration = try OfficeConfiguration.parse(uncommented, file: "example")
        #expect(configuration.server == "/run/nintei/nintei.sock")
        #expect(configuration.db == "/var/lib/nintei/office.sqlite")
        #expect(configuration.data == "/usr/local/share/nintei")
        #expect(configuration.office == OfficeConfiguration.Municipality(name: "朝霞市", code: "112275"))
        #expect(configuration.certificate.numberPattern?.description == "{era}{eraYear}-{seq:3}")
        #expect(configuration.certificate.validityYears == 3)
        #expect(configuration.certificate.issuer == LocalizedText(ja: "朝霞市長", en: "The Mayor of Asaka"))
        #expect(configuration.certificate.mayorName == LocalizedText(ja: "朝霞 太郎", en: "Taro Asaka"))
        #expect(configuration.certificate.programName?.ja == "朝霞市ワーク・ライフ・グッドバランス企業認定")
        #expect(configuration.targets.newApplicationsPerYear == 15)
        #expect(configuration.targets.renewalWindowMonths == 6)
        #expect(configuration.targets.certifiedFirmsPlan == [FiscalYear(2024): 75, FiscalYear(2025): 85])
    }

    @Test("the store: --db, then $NINTEI_DB, then the file's db, then ~/.local/share")
    func storePrecedence() {
        var configuration = OfficeConfiguration()
        configuration.db = "/config/office.sqlite"
        let environment = ["NINTEI_DB": "/env/office.sqlite", "HOME": "/h"]
        #expect(StoreLocation.resolve(explicit: "/option.sqlite", environment: environment, configuration: configuration) == "/option.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: environment, configuration: configuration) == "/env/office.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"], configuration: configuration) == "/config/office.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"], configuration: .empty) == "/h/.local/share/nintei/nintei.sqlite")
    }

    @Test("the data folder: --data, then $NINTEI_DATA, then the file's data, then beside the program")
    func dataPrecedence() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let configured = folder.appendingPathComponent("configured")
        try FileManager.default.createDirectory(at: configured.appendingPathComponent("checklists"), withIntermediateDirectories: true)
        var configuration = OfficeConfiguration()
        configuration.data = configured.path
        let environment = ["NINTEI_DATA": Self.repositoryData]
        #expect(try DataDirectory.locate(explicit: configured.path, environment: environment, configuration: .empty).path == configured.path)
        #expect(try DataDirectory.locate(explicit: nil, environment: environment, configuration: configuration).path == Self.repositoryData)
        #expect(try DataDirectory.locate(explicit: nil, environment: [:], configuration: configuration).path == configured.path)
        #expect(try DataDirectory.locate(explicit: nil, environment: [:], configuration: .empty).path.hasSuffix("/data"))
        configuration.data = folder.appendingPathComponent("missing").path
        #expect(throws: DataFileError.self) { try DataDirectory.locate(explicit: nil, environment: [:], configuration: configuration) }
    }

    @Test("the file: $NINTEI_CONFIG must exist; /etc/nintei/nintei.toml may be absent")
    func whichFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(OfficeConfiguration.source(environment: [:]) == .init(path: "/etc/nintei/nintei.toml", required: false))
        #expect(OfficeConfiguration.source(environment: ["NINTEI_CONFIG": ""]).path == "/etc/nintei/nintei.toml")
        let missing = folder.appendingPathComponent("nintei.toml").path
        #expect(try OfficeConfiguration.load(.init(path: missing, required: false)).db == nil)
        do {
            _ = try OfficeConfiguration.load(environment: ["NINTEI_CONFIG": missing])
            Issue.record("a missing $NINTEI_CONFIG file must be an error")
        } catch {
            #expect(error.text(.en) == "\(missing): no such file")
        }
        try "db = \"/srv/office.sqlite\"\n".write(toFile: missing, atomically: true, encoding: .utf8)
        let loaded = try OfficeConfiguration.load(environment: ["NINTEI_CONFIG": missing])
        #expect(loaded.db == "/srv/office.sqlite")
        #expect(loaded.source == .init(path: missing, required: true))
    }

    @Test("a malformed file is an error naming the file, the key and what is wrong")
    func errors() {
        #expect(failure("db = /srv/x\n").hasPrefix("/etc/nintei/nintei.toml: line 1, column "))
        #expect(failure("db = \"office.sqlite\"\n") == "/etc/nintei/nintei.toml: db: must be an absolute path (starting with /), not \"office.sqlite\"")
        #expect(failure("database = \"/x\"\n").hasPrefix("/etc/nintei/nintei.toml: database: unknown key"))
        #expect(failure("[targets]\nrenewal_window_months = \"6\"\n") == "/etc/nintei/nintei.toml: targets.renewal_window_months: expected a whole number, found a string")
        #expect(failure("[targets]\nrenewal_window_months = 40\n") == "/etc/nintei/nintei.toml: targets.renewal_window_months: expected a whole number from 1 to 36, found 40")
        #expect(failure("[certificate]\nissuer = \"朝霞市長\"\n").hasPrefix("/etc/nintei/nintei.toml: certificate.issuer: expected a table { ja = \"…\", en = \"…\" }, found a string"))
        #expect(failure("[certificate]\nissuer = { ja = \"朝霞市長\" }\n") == "/etc/nintei/nintei.toml: certificate.issuer.en: is missing (it is required)")
        #expect(failure("[certificate]\nnumber_pattern = \"R-{seq}-{seq}\"\n").hasPrefix("/etc/nintei/nintei.toml: certificate.number_pattern: "))
        #expect(failure("[certificate]\nmayor_name = { ja = \"a\\u001b[2Jb\", en = \"x\" }\n").hasPrefix("/etc/nintei/nintei.toml: certificate.mayor_name.ja: holds a control character"))
        #expect(failure("[office]\nname = \"朝霞市\"\ncode = 112275\n").hasPrefix("/etc/nintei/nintei.toml: office.code: expected a string (quoted, as \"112275\"), found a whole number"))
        #expect(failure("[office]\nname = \"朝霞市\"\ncode = \"112276\"\n") == "/etc/nintei/nintei.toml: office.code: the check digit does not match: the check digit of 11227 is 5 (112275)")
        #expect(failure("[office]\ncode = \"112275\"\n") == "/etc/nintei/nintei.toml: office.name: is missing (it is required)")
        #expect(failure("[[targets.certified_firms_plan]]\nfiscal_year = 2024\nfirms = 1\n[[targets.certified_firms_plan]]\nfiscal_year = 2024\nfirms = 2\n")
            == "/etc/nintei/nintei.toml: targets.certified_firms_plan[1].fiscal_year: the plan for FY2024 appears twice")
        // The file's name, whatever it holds, is shown escaped.
        #expect(failure("x = 1\n", file: "/tmp/a\nb.toml").hasPrefix("/tmp/a\\u{A}b.toml: x: unknown key"))
        // And in Japanese.
        do {
            _ = try OfficeConfiguration.parse("[office]\nname = \"朝霞市\"\ncode = \"11227\"\n", file: "/etc/nintei/nintei.toml")
        } catch {
            #expect(error.text(.ja) == "/etc/nintei/nintei.toml: office.code: 6桁の数字（検査数字を含む）が必要です: \"11227\"")
        }
    }

    @Test("municipality codes: the check digit of 全国地方公共団体コード")
    func municipalityCodes() {
        for valid in ["112275", "131032", "130001", "010006", "011002"] {
            #expect(MunicipalityCode.problem(valid) == nil, "\(valid)")
        }
        for invalid in ["112276", "11227", "1122750", "11227５", "abcdef", ""] {
            #expect(MunicipalityCode.problem(invalid) != nil, "\(invalid)")
        }
    }

    @Test("[certificate] and [targets] go over the shipped program files, key by key")
    func merge() throws {
        let configuration = try OfficeConfiguration.parse(
            """
            [certificate]
            validity_years = 5
            issuer = { ja = "新座市長", en = "The Mayor of Niiza" }
            mayor_name = { ja = "新座 花子", en = "Hanako Niiza" }
            [targets]
            new_applications_per_year = 20
            [[targets.certified_firms_plan]]
            fiscal_year = 2027
            firms = 30
            """, file: "office.toml")
        let shipped = DataDirectory(path: Self.repositoryData)
        let configured = DataDirectory(path: Self.repositoryData, configuration: configuration)
        let settings = try configured.loadCertificateSettings()
        let shippedSettings = try shipped.loadCertificateSettings()
        #expect(settings.validityYears == 5)
        #expect(settings.issuer == LocalizedText(ja: "新座市長", en: "The Mayor of Niiza"))
        #expect(settings.issuerLine(.ja) == "新座市長　新座 花子")
        #expect(settings.issuerLine(.en) == "The Mayor of Niiza, Hanako Niiza")
        #expect(settings.numberPattern == shippedSettings.numberPattern, "a key the file does not set keeps the shipped value")
        #expect(settings.programName == shippedSettings.programName)
        #expect(shippedSettings.issuer.ja == "朝霞市長" && shippedSettings.mayorName == nil)
        let targets = try configured.loadProgramTargets()
        let shippedTargets = try shipped.loadProgramTargets()
        #expect(targets.newApplicationsPerYear == 20)
        #expect(targets.renewalWindowMonths == shippedTargets.renewalWindowMonths)
        #expect(targets.certifiedFirmsPlan == [FiscalYear(2027): 30], "a plan in the file replaces the shipped plan whole")
        #expect(shippedTargets.certifiedFirmsPlan[FiscalYear(2024)] == 75)
    }

    @Test("certificate settings and targets read the file again when used: an edit holds without a restart")
    func rereadWhenUsed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nintei.toml").path
        try "[certificate]\nvalidity_years = 4\n".write(toFile: file, atomically: true, encoding: .utf8)
        let data = try DataDirectory.locate(explicit: Self.repositoryData, environment: [:], configuration: OfficeConfiguration.load(environment: ["NINTEI_CONFIG": file]))
        #expect(try data.loadCertificateSettings().validityYears == 4)
        try "[certificate]\nvalidity_years = 6\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try data.loadCertificateSettings().validityYears == 6)
        try "[certificate]\nvalidity_years = 60\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try data.loadProgramTargets() }
    }
}
