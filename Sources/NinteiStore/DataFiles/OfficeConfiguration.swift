import Foundation
import NinteiCore
import TOMLKit

/// What an office sets for itself, in its configuration file (`nintei.toml`, TOML): the office
/// server's socket, the store, the data folder, the municipality, and what it changes of the
/// shipped certificate settings and targets. The shipped defaults stay in the data folder
/// (`share/nintei/program/*.json`), which an upgrade replaces; local settings live only here.
///
/// The file is `$NINTEI_CONFIG`, else `/etc/nintei/nintei.toml`. A missing default file means
/// no settings; a missing `$NINTEI_CONFIG` file, or any file that is not valid, is an error that
/// names the file, the key and what is wrong. Unknown keys are errors, as in the JSON data files.
/// The example with every key is `dist/nintei.toml.example`.
public struct OfficeConfiguration: Sendable, Equatable {
    public static let defaultPath = "/etc/nintei/nintei.toml"

    /// Where the settings came from: nil when no file was read.
    public var source: Source?
    /// The office server's socket, used when neither `--server`, `--db`, `$NINTEI_SERVER` nor `$NINTEI_DB` is given.
    public var server: String?
    /// The store file, used when neither `--db` nor `$NINTEI_DB` is given.
    public var db: String?
    /// The data folder, used when neither `--data` nor `$NINTEI_DATA` is given.
    public var data: String?
    public var office: Municipality?
    public var certificate = CertificateOverrides()
    public var targets = TargetOverrides()
    /// The licence the published list is offered under (`[publish]`).
    public var licence = Licence.ccBy4

    public init() {}

    /// No file, no settings: everything from the options, the environment and the shipped data.
    public static let empty = OfficeConfiguration()

    /// The file read, and whether it had to exist.
    public struct Source: Sendable, Equatable {
        public let path: String
        /// `$NINTEI_CONFIG` names a file that must exist; the default file may be absent.
        public let required: Bool

        public init(path: String, required: Bool) {
            self.path = path
            self.required = required
        }
    }

    /// The municipality (`[office]`): its name and its 全国地方公共団体コード.
    public struct Municipality: Sendable, Equatable {
        public let name: String
        /// Six digits, the last a check digit (朝霞市 112275).
        public let code: String

        public init(name: String, code: String) {
            self.name = name
            self.code = code
        }
    }

    /// The licence of the published open data: its name and where it is explained.
    public struct Licence: Sendable, Equatable {
        public let name: String
        public let url: String?

        public init(name: String, url: String?) {
            self.name = name
            self.url = url
        }

        /// 自治体標準オープンデータセット's usual licence.
        public static let ccBy4 = Licence(name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.ja")
    }

    /// What `[certificate]` changes of the shipped `program/certificates.json`; nil keeps the shipped value.
    public struct CertificateOverrides: Sendable, Equatable {
        public var numberPattern: CertificateNumberPattern?
        public var validityYears: Int?
        public var programName: LocalizedText?
        /// The mayor's title, printed as the issuer (朝霞市長).
        public var issuer: LocalizedText?
        public var mayorName: LocalizedText?

        public init() {}

        public func applied(to shipped: CertificateSettings) -> CertificateSettings {
            var settings = shipped
            if let numberPattern { settings.numberPattern = numberPattern }
            if let validityYears { settings.validityYears = validityYears }
            if let programName { settings.programName = programName }
            if let issuer { settings.issuer = issuer }
            if let mayorName { settings.mayorName = mayorName }
            return settings
        }
    }

    /// What `[targets]` changes of the shipped `program/targets.json`; nil keeps the shipped
    /// value. A plan given here replaces the shipped plan whole.
    public struct TargetOverrides: Sendable, Equatable {
        public var newApplicationsPerYear: Int?
        public var renewalWindowMonths: Int?
        public var certifiedFirmsPlan: [FiscalYear: Int]?

        public init() {}

        public func applied(to shipped: ProgramTargets) -> ProgramTargets {
            ProgramTargets(
                newApplicationsPerYear: newApplicationsPerYear ?? shipped.newApplicationsPerYear,
                certifiedFirmsPlan: certifiedFirmsPlan ?? shipped.certifiedFirmsPlan,
                renewalWindowMonths: renewalWindowMonths ?? shipped.renewalWindowMonths)
        }
    }
}

// MARK: - Finding and reading the file

extension OfficeConfiguration {
    /// The file this environment names: `$NINTEI_CONFIG` (which must exist), else the default (which may not).
    public static func source(environment: [String: String]) -> Source {
        if let named = environment["NINTEI_CONFIG"], !named.isEmpty { return Source(path: named, required: true) }
        return Source(path: defaultPath, required: false)
    }

    /// Reads the configuration the environment names.
    public static func load(environment: [String: String]) throws(DataFileError) -> OfficeConfiguration {
        try load(source(environment: environment))
    }

    /// Reads the file; an absent file that was not required gives no settings.
    public static func load(_ source: Source) throws(DataFileError) -> OfficeConfiguration {
        if !source.required, !FileManager.default.fileExists(atPath: source.path) {
            var configuration = OfficeConfiguration.empty
            configuration.source = source
            return configuration
        }
        var configuration = try parse(TextFile.read(source.path, limit: 1_048_576), file: source.path)
        configuration.source = source
        return configuration
    }

    /// The settings as they are now: read again from the file they came from (so an office can
    /// change certificate settings and targets without restarting the server), or these when
    /// they were not read from a file.
    public func reread() throws(DataFileError) -> OfficeConfiguration {
        guard let source else { return self }
        return try Self.load(source)
    }

    /// This process's configuration, read once from the file its environment names. The
    /// command line reports a failure before it does anything else (exit 2).
    public static let ofThisProcess: Result<OfficeConfiguration, DataFileError> = {
        do throws(DataFileError) {
            return .success(try load(environment: ProcessInfo.processInfo.environment))
        } catch {
            return .failure(error)
        }
    }()

    /// This process's configuration, or none when it could not be read (see `ofThisProcess`).
    public static var current: OfficeConfiguration {
        if case .success(let configuration) = ofThisProcess { return configuration }
        return .empty
    }
}

// MARK: - Parsing

extension OfficeConfiguration {
    /// Parses the text of a configuration file; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(DataFileError) -> OfficeConfiguration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DataFileError(file: file, problem: .configurationSyntax(line: error.source.begin.line, column: error.source.begin.column, error.description))
        } catch {
            throw DataFileError(file: file, problem: .configurationSyntax(line: 0, column: 0, String(describing: error)))
        }
        do throws(ConfigurationKeyError) {
            return try read(table)
        } catch {
            throw DataFileError(file: file, problem: .configuration(key: error.key, error.problem))
        }
    }

    struct ConfigurationKeyError: Error {
        let key: String
        let problem: LocalizedText
    }

    private static func read(_ root: TOMLTable) throws(ConfigurationKeyError) -> OfficeConfiguration {
        var configuration = OfficeConfiguration()
        for (key, value) in root {
            switch key {
            case "server": configuration.server = try absolutePath(value, key)
            case "db": configuration.db = try absolutePath(value, key)
            case "data": configuration.data = try absolutePath(value, key)
            case "office": configuration.office = try municipality(table(value, key), "office")
            case "certificate": configuration.certificate = try certificate(table(value, key), "certificate")
            case "targets": configuration.targets = try targets(table(value, key), "targets")
            case "publish": configuration.licence = try licence(table(value, key), "publish")
            default: throw unknown(key, known: ["server", "db", "data", "[office]", "[certificate]", "[targets]", "[publish]"])
            }
        }
        return configuration
    }

    private static func municipality(_ table: TOMLTable, _ path: String) throws(ConfigurationKeyError) -> Municipality {
        var name: String?
        var code: String?
        for (key, value) in table {
            switch key {
            case "name": name = try text(value, path + ".name")
            case "code":
                let given = try string(value, path + ".code", hint: LocalizedText(ja: "（\"112275\" のように引用符で囲む）", en: " (quoted, as \"112275\")"))
                guard let problem = MunicipalityCode.problem(given) else { code = given; continue }
                throw ConfigurationKeyError(key: path + ".code", problem: problem)
            default: throw unknown(path + "." + key, known: ["name", "code"])
            }
        }
        guard let name else { throw missing(path + ".name") }
        guard let code else { throw missing(path + ".code") }
        return Municipality(name: name, code: code)
    }

    /// `[publish]`: `licence` alone names a licence without a link; neither keeps CC BY 4.0.
    private static func licence(_ table: TOMLTable, _ path: String) throws(ConfigurationKeyError) -> Licence {
        var name: String?
        var url: String?
        for (key, value) in table {
            switch key {
            case "licence": name = try text(value, path + ".licence")
            case "licence_url":
                let given = try text(value, path + ".licence_url")
                guard given.hasPrefix("https://") || given.hasPrefix("http://") else {
                    throw ConfigurationKeyError(key: path + ".licence_url", problem: LocalizedText(
                        ja: "http:// か https:// で始まるアドレスにしてください（「\(given)」）", en: "give an address starting with http:// or https:// (not \"\(given)\")"))
                }
                url = given
            default: throw unknown(path + "." + key, known: ["licence", "licence_url"])
            }
        }
        guard let name else {
            if url != nil { throw missing(path + ".licence") }
            return .ccBy4
        }
        return Licence(name: name, url: url)
    }

    private static func certificate(_ table: TOMLTable, _ path: String) throws(ConfigurationKeyError) -> CertificateOverrides {
        var overrides = CertificateOverrides()
        for (key, value) in table {
            let keyPath = path + "." + key
            switch key {
            case "number_pattern":
                let pattern = try string(value, keyPath)
                do throws(CertificateNumberPattern.PatternError) {
                    overrides.numberPattern = try CertificateNumberPattern(pattern)
                } catch {
                    throw ConfigurationKeyError(key: keyPath, problem: error.message)
                }
            case "validity_years": overrides.validityYears = try integer(value, keyPath, range: 1...10)
            case "program_name": overrides.programName = try localized(value, keyPath)
            case "issuer": overrides.issuer = try localized(value, keyPath)
            case "mayor_name": overrides.mayorName = try localized(value, keyPath)
            default: throw unknown(keyPath, known: ["number_pattern", "validity_years", "program_name", "issuer", "mayor_name"])
            }
        }
        return overrides
    }

    private static func targets(_ section: TOMLTable, _ path: String) throws(ConfigurationKeyError) -> TargetOverrides {
        var overrides = TargetOverrides()
        for (key, value) in section {
            let keyPath = path + "." + key
            switch key {
            case "new_applications_per_year": overrides.newApplicationsPerYear = try integer(value, keyPath, range: 0...10_000)
            case "renewal_window_months": overrides.renewalWindowMonths = try integer(value, keyPath, range: 1...36)
            case "certified_firms_plan":
                guard let array = value.array else { throw wrongType(keyPath, expected: LocalizedText(ja: "表の配列（[[targets.certified_firms_plan]]）", en: "an array of tables ([[targets.certified_firms_plan]])"), found: value) }
                var plan: [FiscalYear: Int] = [:]
                for (index, element) in array.enumerated() {
                    let entryPath = "\(keyPath)[\(index)]"
                    let entry = try table(element, entryPath)
                    var year: Int?
                    var firms: Int?
                    for (entryKey, entryValue) in entry {
                        switch entryKey {
                        case "fiscal_year": year = try integer(entryValue, entryPath + ".fiscal_year", range: 1989...9998)
                        case "firms": firms = try integer(entryValue, entryPath + ".firms", range: 0...100_000)
                        case "source": _ = try string(entryValue, entryPath + ".source")
                        default: throw unknown(entryPath + "." + entryKey, known: ["fiscal_year", "firms", "source"])
                        }
                    }
                    guard let year else { throw missing(entryPath + ".fiscal_year") }
                    guard let firms else { throw missing(entryPath + ".firms") }
                    guard plan.updateValue(firms, forKey: FiscalYear(year)) == nil else {
                        throw ConfigurationKeyError(
                            key: entryPath + ".fiscal_year", problem: LocalizedText(ja: "\(year)年度の計画が重複しています", en: "the plan for FY\(year) appears twice"))
                    }
                }
                overrides.certifiedFirmsPlan = plan
            default: throw unknown(keyPath, known: ["new_applications_per_year", "renewal_window_months", "certified_firms_plan"])
            }
        }
        return overrides
    }

    // MARK: Values

    private static func table(_ value: TOMLValueConvertible, _ key: String) throws(ConfigurationKeyError) -> TOMLTable {
        guard let table = value.table else { throw wrongType(key, expected: LocalizedText(ja: "表", en: "a table"), found: value) }
        return table
    }

    private static func string(_ value: TOMLValueConvertible, _ key: String, hint: LocalizedText? = nil) throws(ConfigurationKeyError) -> String {
        guard let string = value.string else {
            let expected = LocalizedText(ja: "文字列" + (hint?.ja ?? ""), en: "a string" + (hint?.en ?? ""))
            throw wrongType(key, expected: expected, found: value)
        }
        return string
    }

    /// Text printed on a certificate or shown to people: not empty, no control characters.
    private static func text(_ value: TOMLValueConvertible, _ key: String) throws(ConfigurationKeyError) -> String {
        let text = try string(value, key)
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ConfigurationKeyError(key: key, problem: LocalizedText(ja: "空です", en: "is empty"))
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ConfigurationKeyError(key: key, problem: LocalizedText(ja: "制御文字（改行など）を含んでいます", en: "holds a control character (a line break or such)"))
        }
        return text
    }

    /// `{ ja = "…", en = "…" }`: both languages, since certificates print in either.
    private static func localized(_ value: TOMLValueConvertible, _ key: String) throws(ConfigurationKeyError) -> LocalizedText {
        guard let table = value.table else {
            throw wrongType(key, expected: LocalizedText(ja: "{ ja = \"…\", en = \"…\" } の表", en: "a table { ja = \"…\", en = \"…\" }"), found: value)
        }
        var ja: String?
        var en: String?
        for (language, text) in table {
            switch language {
            case "ja": ja = try Self.text(text, key + ".ja")
            case "en": en = try Self.text(text, key + ".en")
            default: throw unknown(key + "." + language, known: ["ja", "en"])
            }
        }
        guard let ja else { throw missing(key + ".ja") }
        guard let en else { throw missing(key + ".en") }
        return LocalizedText(ja: ja, en: en)
    }

    private static func integer(_ value: TOMLValueConvertible, _ key: String, range: ClosedRange<Int>) throws(ConfigurationKeyError) -> Int {
        guard let number = value.int else { throw wrongType(key, expected: LocalizedText(ja: "整数", en: "a whole number"), found: value) }
        guard range.contains(number) else {
            throw ConfigurationKeyError(key: key, problem: LocalizedText(
                ja: "\(range.lowerBound) から \(range.upperBound) の整数が必要ですが、\(number) です",
                en: "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(number)"))
        }
        return number
    }

    /// A path the program opens: absolute, so it means the same whatever folder nintei runs in.
    private static func absolutePath(_ value: TOMLValueConvertible, _ key: String) throws(ConfigurationKeyError) -> String {
        let path = try text(value, key)
        guard path.hasPrefix("/") else {
            throw ConfigurationKeyError(key: key, problem: LocalizedText(
                ja: "絶対パス（/ で始まる）が必要です: \"\(path)\"", en: "must be an absolute path (starting with /), not \"\(path)\""))
        }
        return path
    }

    private static func wrongType(_ key: String, expected: LocalizedText, found value: TOMLValueConvertible) -> ConfigurationKeyError {
        let found = typeName(value.type)
        return ConfigurationKeyError(key: key, problem: LocalizedText(
            ja: "\(expected.ja)が必要ですが、\(found.ja)です", en: "expected \(expected.en), found \(found.en)"))
    }

    private static func typeName(_ type: TOMLType) -> LocalizedText {
        switch type {
        case .table: LocalizedText(ja: "表", en: "a table")
        case .array: LocalizedText(ja: "配列", en: "an array")
        case .string: LocalizedText(ja: "文字列", en: "a string")
        case .int: LocalizedText(ja: "整数", en: "a whole number")
        case .double: LocalizedText(ja: "小数", en: "a decimal number")
        case .bool: LocalizedText(ja: "真偽値", en: "true or false")
        case .date, .time, .dateTime: LocalizedText(ja: "日付・時刻", en: "a date or time")
        }
    }

    private static func unknown(_ key: String, known: [String]) -> ConfigurationKeyError {
        ConfigurationKeyError(key: key, problem: LocalizedText(
            ja: "知らないキーです（使えるのは \(known.joined(separator: ", "))）", en: "unknown key (known here: \(known.joined(separator: ", ")))"))
    }

    private static func missing(_ key: String) -> ConfigurationKeyError {
        ConfigurationKeyError(key: key, problem: LocalizedText(ja: "ありません（必須です）", en: "is missing (it is required)"))
    }
}

/// The 全国地方公共団体コード: five digits and a check digit. The check digit is the last
/// digit of 11 minus the remainder of (6, 5, 4, 3, 2 times the five digits, summed) divided by
/// 11: 11227 → 39 mod 11 = 6 → 11 − 6 = 5 → 112275 (朝霞市); 13000 → 21 mod 11 = 10 → 1 →
/// 130001 (東京都).
public enum MunicipalityCode {
    public static func checkDigit(_ first5: [Int]) -> Int {
        let sum = zip(first5, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - sum % 11) % 10
    }

    /// Why `code` is not a valid code, or nil when it is.
    public static func problem(_ code: String) -> LocalizedText? {
        let digits = code.unicodeScalars.compactMap { ("0"..."9").contains($0) ? Int($0.value) - 48 : nil }
        guard digits.count == 6, code.unicodeScalars.count == 6 else {
            return LocalizedText(ja: "6桁の数字（検査数字を含む）が必要です: \"\(code)\"", en: "must be 6 digits, the last a check digit, not \"\(code)\"")
        }
        let expected = checkDigit(Array(digits.prefix(5)))
        guard digits[5] == expected else {
            let first5 = digits.prefix(5).map(String.init).joined()
            return LocalizedText(
                ja: "検査数字が合いません: \(first5) の検査数字は \(expected) です（\(first5)\(expected)）",
                en: "the check digit does not match: the check digit of \(first5) is \(expected) (\(first5)\(expected))")
        }
        return nil
    }
}
