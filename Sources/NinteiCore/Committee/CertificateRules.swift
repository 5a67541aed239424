/// How certificates are numbered and how long they are valid (data/program/certificates.json).
public struct CertificateSettings: Sendable, Equatable {
    public var numberPattern: CertificateNumberPattern
    public var validityYears: Int
    /// The program's name as printed on the certificate.
    public var programName: LocalizedText
    /// Who certifies, as printed under the text: the mayor's title (朝霞市長).
    public var issuer: LocalizedText
    /// The mayor's name, printed after the title when set (朝霞市長　山田太郎).
    public var mayorName: LocalizedText?

    public init(
        numberPattern: CertificateNumberPattern, validityYears: Int, programName: LocalizedText, issuer: LocalizedText,
        mayorName: LocalizedText? = nil
    ) {
        self.numberPattern = numberPattern
        self.validityYears = validityYears
        self.programName = programName
        self.issuer = issuer
        self.mayorName = mayorName
    }

    /// The issuer's line on the certificate: the title, then the name when one is set.
    public func issuerLine(_ language: Language) -> String {
        guard let mayorName else { return issuer.text(language) }
        return CoreText.issuerWithName(issuer, mayorName).text(language)
    }

    /// Used when the data folder has no certificates.json.
    public static let standard = CertificateSettings(
        numberPattern: .standard, validityYears: 3,
        programName: LocalizedText(ja: "ワーク・ライフ・バランス推進企業認定", en: "Work-life balance company certification"),
        issuer: LocalizedText(ja: "市長", en: "The Mayor"))

    /// The last day a certificate issued on `issuedOn` is valid; see `CertificateValidity`.
    public func validUntil(issuedOn: LocalDate) -> LocalDate {
        CertificateValidity.lastDay(issuedOn: issuedOn, years: validityYears)
    }
}

/// A certificate runs from its issue date through the day before the same date `years` later
/// (2023-11-01 → 2026-10-31), the way the Civil Code counts periods in years (民法143条). When
/// that date does not exist — issued on 29 February, expiring in a common year — the period
/// ends on the last day of that month: 2024-02-29 → 2027-02-28.
public enum CertificateValidity {
    public static func lastDay(issuedOn: LocalDate, years: Int) -> LocalDate {
        let year = issuedOn.year + years
        guard let anniversary = LocalDate(year: year, month: issuedOn.month, day: issuedOn.day) else {
            return LocalDate(year: year, month: issuedOn.month, day: LocalDate.daysInMonth(year: year, month: issuedOn.month))!
        }
        return anniversary.adding(days: -1)
    }
}

/// A certificate number pattern such as `{era}{eraYear}-{seq:3}` → `R5-001`. Tokens: `{era}` the
/// era initial of the issue date's fiscal year (R), `{eraYear}` its era year (5; FY2019 is 1),
/// `{fy}` the fiscal year in the Gregorian calendar (2023), and exactly one `{seq}` or `{seq:N}`:
/// the running number, zero-padded to N digits. The running number restarts whenever the text
/// around it changes, so with a fiscal-year token it restarts each April.
public struct CertificateNumberPattern: Sendable, Equatable, CustomStringConvertible {
    enum Part: Sendable, Equatable {
        case literal(String)
        case era
        case eraYear
        case fiscalYear
        case sequence(width: Int)
    }

    let parts: [Part]
    public let description: String

    public static let standard = try! CertificateNumberPattern("{era}{eraYear}-{seq:3}")

    public init(_ text: String) throws(PatternError) {
        var parts: [Part] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw PatternError(pattern: text, problem: .unclosedBrace) }
                let token = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                switch token {
                case "era": parts.append(.era)
                case "eraYear": parts.append(.eraYear)
                case "fy": parts.append(.fiscalYear)
                case "seq": parts.append(.sequence(width: 1))
                default:
                    guard token.hasPrefix("seq:"), let width = Int(token.dropFirst(4)), (1...9).contains(width) else {
                        throw PatternError(pattern: text, problem: .unknownToken(token))
                    }
                    parts.append(.sequence(width: width))
                }
            } else {
                let end = rest.firstIndex { $0 == "{" || $0 == "}" } ?? rest.endIndex
                guard end != rest.startIndex else { throw PatternError(pattern: text, problem: .strayBrace) }
                parts.append(.literal(String(rest[..<end])))
                rest = rest[end...]
            }
        }
        let sequences = parts.filter { if case .sequence = $0 { return true } else { return false } }.count
        guard sequences == 1 else { throw PatternError(pattern: text, problem: .sequenceCount(sequences)) }
        self.parts = parts
        self.description = text
    }

    /// The text before and after the running number for a certificate issued on `date`.
    public func frame(issuedOn date: LocalDate) -> (prefix: String, suffix: String) {
        let fiscalYear = date.fiscalYear
        let era = fiscalYear.japaneseEra
        var prefix = "", suffix = ""
        var seenSequence = false
        for part in parts {
            let text: String
            switch part {
            case .literal(let literal): text = literal
            case .era: text = era.map { String($0.era.initial) } ?? ""
            case .eraYear: text = era.map { String($0.year) } ?? String(fiscalYear.startYear)
            case .fiscalYear: text = String(fiscalYear.startYear)
            case .sequence:
                seenSequence = true
                continue
            }
            if seenSequence { suffix += text } else { prefix += text }
        }
        return (prefix, suffix)
    }

    var width: Int {
        for case .sequence(let width) in parts { return width }
        return 1
    }

    public func number(issuedOn date: LocalDate, sequence: Int) -> String {
        let (prefix, suffix) = frame(issuedOn: date)
        let digits = String(sequence)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits + suffix
    }

    /// The running number of `number` when it has this pattern's frame for `date`.
    public func sequence(of number: String, issuedOn date: LocalDate) -> Int? {
        let (prefix, suffix) = frame(issuedOn: date)
        guard number.count > prefix.count + suffix.count, number.hasPrefix(prefix), number.hasSuffix(suffix) else { return nil }
        let middle = number.dropFirst(prefix.count).dropLast(suffix.count)
        guard middle.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(middle)
    }

    /// The next number after every existing one in the same frame: numbers never repeat.
    public func next(issuedOn date: LocalDate, existing: [String]) -> String {
        let highest = existing.compactMap { sequence(of: $0, issuedOn: date) }.max() ?? 0
        return number(issuedOn: date, sequence: highest + 1)
    }

    public struct PatternError: Error, Sendable, Equatable {
        public enum Problem: Sendable, Equatable {
            case unclosedBrace
            case strayBrace
            case unknownToken(String)
            case sequenceCount(Int)
        }

        public let pattern: String
        public let problem: Problem

        public var message: LocalizedText {
            switch problem {
            case .unclosedBrace: return LocalizedText(ja: "「{」が閉じていません", en: "a \"{\" is not closed")
            case .strayBrace: return LocalizedText(ja: "対応しない「}」があります", en: "a \"}\" has no \"{\"")
            case .unknownToken(let token):
                return LocalizedText(
                    ja: "「{\(token)}」は使えません（使えるのは {era} {eraYear} {fy} {seq} {seq:3}）",
                    en: "unknown token {\(token)} (use {era}, {eraYear}, {fy}, {seq} or {seq:3})")
            case .sequenceCount(let count):
                return LocalizedText(
                    ja: "連番 {seq} がちょうど一つ必要です（\(count)個あります）", en: "needs exactly one {seq} (has \(count))")
            }
        }
    }
}

public enum CertificateSettingsReader {
    public static let schema = "nintei-certificates/1"

    public static func read(_ text: String) throws(DocumentReadError) -> CertificateSettings {
        try JSONReader.readDocument(text) { reader throws(DataError) in try read(reader) }
    }

    static func read(_ reader: JSONReader) throws(DataError) -> CertificateSettings {
        let object = try reader.object()
        try object.requireSchema(schema)
        _ = try object.optional("note")?.string()
        let patternReader = try object.required("numberPattern")
        let patternText = try patternReader.string()
        let pattern: CertificateNumberPattern
        do throws(CertificateNumberPattern.PatternError) {
            pattern = try CertificateNumberPattern(patternText)
        } catch {
            throw patternReader.fail(error.message)
        }
        let yearsReader = try object.required("validityYears")
        let years = try yearsReader.integer()
        guard (1...10).contains(years) else {
            throw yearsReader.fail(LocalizedText(ja: "1 から 10 の間の年数が必要です", en: "must be a number of years from 1 to 10"))
        }
        let settings = CertificateSettings(
            numberPattern: pattern, validityYears: years,
            programName: try object.required("programName").localizedText(), issuer: try object.required("issuer").localizedText(),
            mayorName: try object.optional("mayorName")?.localizedText())
        try object.finish()
        return settings
    }
}
