import NinteiCore
import NinteiStore

/// The published list of certified firms (DOMAIN.md 5. Publication) as files for the city's
/// web site: one HTML list page, an HTML page per firm with its strengths, and the same list as
/// CSV (UTF-8 with BOM, CRLF) and JSON. Built only from `CertifiedFirm`, which holds nothing
/// but public facts, so no internal field can reach these files.
public enum PublishedSite {
    public static let csvName = "certified-firms.csv"
    public static let jsonName = "certified-firms.json"
    public static let jsonSchema = "nintei-published-list/1"

    /// Relative path → contents, for every file of the site.
    public static func files(_ firms: [CertifiedFirm], asOf: LocalDate) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = [
            ("index.html", PublishedHTML.listPage(firms, asOf: asOf)),
            (csvName, csv(firms)),
            (jsonName, json(firms, asOf: asOf)),
        ]
        for firm in firms {
            files.append((firmPagePath(firm), PublishedHTML.firmPage(firm, asOf: asOf)))
        }
        return files
    }

    /// `firms/R6-001.html`: named by the certificate number, which is public; case numbers are not.
    static func firmPagePath(_ firm: CertifiedFirm) -> String {
        let safe = firm.certificateNumber.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_") ? Character(scalar) : "_"
        }
        return "firms/" + String(safe) + ".html"
    }

    static func csv(_ firms: [CertifiedFirm]) -> String {
        let header = ["認定番号", "事業者名", "フリガナ", "業種コード", "業種", "認定日", "有効期限", "力を入れている取組"]
        var rows = [header]
        for firm in firms {
            let row = [
                firm.certificateNumber, firm.name, firm.kana, firm.industry?.code ?? "", firm.industry?.name.ja ?? "",
                firm.issuedOn.iso, firm.validUntil.iso, firm.strengths.map(\.sentence.ja).joined(separator: "／"),
            ]
            rows.append(row)
        }
        return CSV.document(rows)
    }

    static func json(_ firms: [CertifiedFirm], asOf: LocalDate) -> String {
        func text(_ value: LocalizedText) -> JSONValue {
            .object([("ja", .string(value.ja)), ("en", .string(value.en))])
        }
        let entries: [JSONValue] = firms.map { firm in
            .object([
                ("certificateNumber", .string(firm.certificateNumber)),
                ("name", .string(firm.name)),
                ("kana", .string(firm.kana)),
                ("industry", firm.industry.map { .object([("code", .string($0.code)), ("name", text($0.name))]) } ?? .null),
                ("issuedOn", .string(firm.issuedOn.iso)),
                ("validUntil", .string(firm.validUntil.iso)),
                ("strengths", .array(firm.strengths.map { strength in
                    .object([("section", .string(strength.sectionID)), ("title", text(strength.title)), ("sentence", text(strength.sentence))])
                })),
            ])
        }
        return JSONWriter.write(.object([("schema", .string(jsonSchema)), ("asOf", .string(asOf.iso)), ("firms", .array(entries))]))
    }
}
