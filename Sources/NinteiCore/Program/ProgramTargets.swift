/// The program's targets (DOMAIN.md "Program figures"): new applications a year, the plan of
/// certified firms by fiscal year, and how far ahead renewals are listed. Data, read from
/// `data/program/targets.json` (format in data/program/README.md), never hard-coded.
public struct ProgramTargets: Sendable, Equatable {
    public let newApplicationsPerYear: Int
    /// Certified firms planned at the end of each fiscal year; years without a plan are absent.
    public let certifiedFirmsPlan: [FiscalYear: Int]
    public let renewalWindowMonths: Int

    public init(newApplicationsPerYear: Int, certifiedFirmsPlan: [FiscalYear: Int], renewalWindowMonths: Int) {
        self.newApplicationsPerYear = newApplicationsPerYear
        self.certifiedFirmsPlan = certifiedFirmsPlan
        self.renewalWindowMonths = renewalWindowMonths
    }

    /// DOMAIN.md's defaults, used when a data folder has no targets file: 15 new applications
    /// a year, renewals listed 6 months ahead, no plan of certified firms.
    public static let defaults = ProgramTargets(newApplicationsPerYear: 15, certifiedFirmsPlan: [:], renewalWindowMonths: 6)
}

public enum ProgramTargetsReader {
    public static let schema = "nintei-program/1"

    public static func read(_ text: String) throws(DocumentReadError) -> ProgramTargets {
        try JSONReader.readDocument(text) { reader throws(DataError) in try read(reader) }
    }

    static func read(_ reader: JSONReader) throws(DataError) -> ProgramTargets {
        let object = try reader.object()
        try object.requireSchema(schema)
        _ = try object.optional("note")?.string()
        let newApplications = try count(object.required("newApplicationsPerYear"), range: 0...10_000)
        let window = try count(object.required("renewalWindowMonths"), range: 1...36)
        var plan: [FiscalYear: Int] = [:]
        for entryReader in try object.required("certifiedFirmsPlan").array() {
            let entry = try entryReader.object()
            let yearReader = try entry.required("fiscalYear")
            let year = FiscalYear(try count(yearReader, range: 1989...9998))
            let firms = try count(entry.required("firms"), range: 0...100_000)
            _ = try entry.optional("source")?.string()
            try entry.finish()
            guard plan.updateValue(firms, forKey: year) == nil else {
                throw yearReader.fail(LocalizedText(ja: "\(year.startYear)年度の計画が重複しています", en: "the plan for FY\(year.startYear) appears twice"))
            }
        }
        try object.finish()
        return ProgramTargets(newApplicationsPerYear: newApplications, certifiedFirmsPlan: plan, renewalWindowMonths: window)
    }

    private static func count(_ reader: JSONReader, range: ClosedRange<Int>) throws(DataError) -> Int {
        let value = try reader.integer()
        guard range.contains(value) else {
            throw reader.fail(LocalizedText(
                ja: "\(range.lowerBound) から \(range.upperBound) の整数が必要ですが、\(value) です",
                en: "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(value)"))
        }
        return value
    }
}
