/// Industry averages that items 3-1 and 4-1 compare a firm with (業種別平均), each figure with
/// its source. A figure that is not known is absent: a check then says "no reference figure"
/// rather than guessing.
public struct ReferenceFigures: Sendable {
    /// Major groups of the Japan Standard Industrial Classification, A–T.
    public let industries: [Industry]
    public let leaveTakeUp: [ReferenceFigure]
    public let womenManagerShare: [ReferenceFigure]

    public init(industries: [Industry], leaveTakeUp: [ReferenceFigure], womenManagerShare: [ReferenceFigure]) {
        self.industries = industries
        self.leaveTakeUp = leaveTakeUp
        self.womenManagerShare = womenManagerShare
    }

    public static let empty = ReferenceFigures(industries: [], leaveTakeUp: [], womenManagerShare: [])

    public func industry(_ code: String) -> Industry? {
        industries.first { $0.code == code }
    }

    /// The average paid-leave take-up rate of an industry for the calendar year of the figures.
    public func leaveTakeUp(industry: String, year: Int) -> ReferenceFigure? {
        leaveTakeUp.first { $0.industry == industry && $0.year == year }
    }

    public func womenManagerShare(industry: String, year: Int?) -> ReferenceFigure? {
        let candidates = womenManagerShare.filter { $0.industry == industry }
        if let year {
            return candidates.first { $0.year == year } ?? candidates.filter { $0.year < year }.max { $0.year < $1.year }
        }
        return candidates.max { $0.year < $1.year }
    }
}

public struct Industry: Sendable, Hashable, Codable {
    public let code: String
    public let name: LocalizedText

    public init(code: String, name: LocalizedText) {
        self.code = code
        self.name = name
    }
}

public struct ReferenceFigure: Sendable, Hashable {
    /// An industry code (A–T), or `ALL` for all industries.
    public let industry: String
    /// The calendar year the figure describes (a survey of year Y reports year Y-1).
    public let year: Int
    public let percent: Double
    public let source: String

    public init(industry: String, year: Int, percent: Double, source: String) {
        self.industry = industry
        self.year = year
        self.percent = percent
        self.source = source
    }

    public static let allIndustries = "ALL"
}

public enum ReferenceReader {
    public static let schema = "nintei-reference/1"

    public static func read(_ text: String) throws(DocumentReadError) -> ReferenceFigures {
        try JSONReader.readDocument(text) { reader throws(DataError) in try read(reader) }
    }

    static func read(_ reader: JSONReader) throws(DataError) -> ReferenceFigures {
        let object = try reader.object()
        try object.requireSchema(schema)
        _ = try object.optional("note")?.string()
        let industries = try object.required("industries").array().map { reader throws(DataError) -> Industry in
            let entry = try reader.object()
            let industry = Industry(code: try entry.required("code").string(), name: try entry.required("name").localizedText())
            try entry.finish()
            return industry
        }
        let codes = Set(industries.map(\.code)).union([ReferenceFigure.allIndustries])
        let leave = try readFigures(try object.required("leaveTakeUp"), codes: codes)
        let women = try readFigures(try object.required("womenManagerShare"), codes: codes)
        try object.finish()
        return ReferenceFigures(industries: industries, leaveTakeUp: leave, womenManagerShare: women)
    }

    private static func readFigures(_ reader: JSONReader, codes: Set<String>) throws(DataError) -> [ReferenceFigure] {
        var seen = Set<String>()
        return try reader.array().map { reader throws(DataError) -> ReferenceFigure in
            let entry = try reader.object()
            let industryReader = try entry.required("industry")
            let industry = try industryReader.string()
            guard codes.contains(industry) else {
                throw industryReader.fail(LocalizedText(ja: "業種コード「\(industry)」は industries にありません", en: "industry code \"\(industry)\" is not in industries"))
            }
            let year = try entry.required("year").integer()
            let percentReader = try entry.required("percent")
            let percent = try percentReader.number()
            guard (0...100).contains(percent) else {
                throw percentReader.fail(LocalizedText(ja: "0 から 100 の間が必要です", en: "must be between 0 and 100"))
            }
            let source = try entry.required("source").string()
            guard !source.isEmpty else {
                throw entry.path.appending("source").failure(LocalizedText(ja: "出典が空です", en: "the source is empty"))
            }
            try entry.finish()
            guard seen.insert("\(industry)/\(year)").inserted else {
                throw reader.fail(LocalizedText(ja: "業種 \(industry)・\(year)年の値が重複しています", en: "duplicate figure for industry \(industry), \(year)"))
            }
            return ReferenceFigure(industry: industry, year: year, percent: percent, source: source)
        }
    }
}
