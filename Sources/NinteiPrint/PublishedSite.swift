import NinteiCore
import NinteiStore

/// What the published list says of itself: the day its data holds for, the municipality that
/// publishes it, the licence it is offered under and the language of its pages.
public struct Publication: Sendable {
    public let asOf: LocalDate
    public let municipality: OfficeConfiguration.Municipality?
    public let licence: OfficeConfiguration.Licence
    public let language: Language

    public init(
        asOf: LocalDate, municipality: OfficeConfiguration.Municipality? = nil, licence: OfficeConfiguration.Licence = .ccBy4,
        language: Language = .ja
    ) {
        self.asOf = asOf
        self.municipality = municipality
        self.licence = licence
        self.language = language
    }
}

/// The published list of certified firms (DOMAIN.md 5. Publication) as files for the city's
/// web site: one HTML list page, an HTML page per firm with its strengths, and the same list as
/// CSV (UTF-8 with BOM, CRLF) and JSON. Built only from `CertifiedFirm`, which holds nothing
/// but public facts, so no internal field can reach these files.
public enum PublishedSite {
    public static let csvName = "certified-firms.csv"
    public static let jsonName = "certified-firms.json"
    public static let jsonSchema = "nintei-published-list/2"

    /// Relative path → contents, for every file of the site.
    public static func files(_ firms: [CertifiedFirm], _ publication: Publication) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = [
            ("index.html", PublishedHTML.listPage(firms, publication)),
            (csvName, csv(firms, publication)),
            (jsonName, json(firms, publication)),
        ]
        for firm in firms {
            files.append((firmPagePath(firm), PublishedHTML.firmPage(firm, publication)))
        }
        return files
    }

    public static func files(_ firms: [CertifiedFirm], asOf: LocalDate) -> [(path: String, contents: String)] {
        files(firms, Publication(asOf: asOf))
    }

    /// `firms/R6-001.html`: named by the certificate number, which is public; case numbers are not.
    static func firmPagePath(_ firm: CertifiedFirm) -> String {
        let safe = firm.certificateNumber.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_") ? Character(scalar) : "_"
        }
        return "firms/" + String(safe) + ".html"
    }

    /// Every strength any listed firm has, by section, in section order: one flag column each.
    static func strengthColumns(_ firms: [CertifiedFirm]) -> [CertifiedFirm.Strength] {
        var seen: Set<String> = []
        var columns: [CertifiedFirm.Strength] = []
        for strength in firms.flatMap(\.strengths) where seen.insert(strength.sectionID).inserted {
            columns.append(strength)
        }
        return columns.sorted { ($0.sectionID.count, $0.sectionID) < ($1.sectionID.count, $1.sectionID) }
    }

    /// The 自治体標準オープンデータセット's column names where it has one, one value per cell,
    /// Western dates (YYYY-MM-DD) and one flag column (1 or 0) per strength. The licence and
    /// the data's date stand beside the file: in the JSON and on the list page.
    static func csv(_ firms: [CertifiedFirm], _ publication: Publication) -> String {
        let strengths = strengthColumns(firms)
        let header = ["全国地方公共団体コード", "地方公共団体名", "認定番号", "名称", "名称_カナ", "法人番号", "所在地_連結表記", "業種コード", "業種",
                      "有効期間開始日", "有効期間終了日", "URL"] + strengths.map { "取組_" + $0.title.ja }
        var rows = [header]
        for firm in firms {
            let held = Set(firm.strengths.map(\.sectionID))
            rows.append([
                publication.municipality?.code ?? "", publication.municipality?.name ?? "", firm.certificateNumber, firm.name, firm.kana,
                firm.corporateNumber, firm.address, firm.industry?.code ?? "", firm.industry?.name.ja ?? "", firm.issuedOn.iso, firm.validUntil.iso, "",
            ] + strengths.map { held.contains($0.sectionID) ? "1" : "0" })
        }
        return CSV.document(rows)
    }

    static func json(_ firms: [CertifiedFirm], _ publication: Publication) -> String {
        func text(_ value: LocalizedText) -> JSONValue {
            .object([("ja", .string(value.ja)), ("en", .string(value.en))])
        }
        let entries: [JSONValue] = firms.map { firm in
            .object([
                ("certificateNumber", .string(firm.certificateNumber)),
                ("name", .string(firm.name)),
                ("kana", .string(firm.kana)),
                ("corporateNumber", firm.corporateNumber.isEmpty ? .null : .string(firm.corporateNumber)),
                ("address", firm.address.isEmpty ? .null : .string(firm.address)),
                ("industry", firm.industry.map { .object([("code", .string($0.code)), ("name", text($0.name))]) } ?? .null),
                ("issuedOn", .string(firm.issuedOn.iso)),
                ("validUntil", .string(firm.validUntil.iso)),
                ("strengths", .array(firm.strengths.map { strength in
                    .object([("section", .string(strength.sectionID)), ("title", text(strength.title)), ("sentence", text(strength.sentence))])
                })),
            ])
        }
        let municipality: JSONValue = publication.municipality.map {
            .object([("code", .string($0.code)), ("name", .string($0.name))])
        } ?? .null
        let licence: JSONValue = .object([
            ("name", .string(publication.licence.name)), ("url", publication.licence.url.map(JSONValue.string) ?? .null),
        ])
        return JSONWriter.write(.object([
            ("schema", .string(jsonSchema)), ("asOf", .string(publication.asOf.iso)), ("municipality", municipality),
            ("licence", licence), ("firms", .array(entries)),
        ]))
    }
}
