import GRDB
import NinteiCore

/// A currently certified firm as the public sees it: exactly what the published list shows and
/// nothing else — no notes, opinions, contact data, findings or people of the office.
public struct CertifiedFirm: Sendable, Equatable, Codable {
    /// The case that holds the certificate; for opening it, never published.
    public let caseID: Int64
    public let name: String
    public let kana: String
    /// 所在地 as the application gives it; empty when it gives none.
    public let address: String
    /// 法人番号 (13 digits) as the application gives it; empty when it gives none.
    public let corporateNumber: String
    /// Industry letter (JSIC major group) and its name; nil when the form gave none.
    public let industry: Industry?
    public let certificateNumber: String
    public let issuedOn: LocalDate
    public let validUntil: LocalDate
    /// One per passed section, in section order (DOMAIN.md: "〇〇に力を入れている").
    public let strengths: [Strength]

    public struct Strength: Sendable, Equatable, Codable {
        public let sectionID: String
        public let title: LocalizedText
        public let sentence: LocalizedText
    }
}

/// What the certified list is narrowed to; every part optional.
public struct CertifiedFirmFilter: Sendable, Equatable, Codable {
    /// Any part of the firm's name or reading, folded (`SearchFolding`).
    public var search: String
    /// Sections the firm must have passed (all of them).
    public var strengths: Set<String>
    public var industry: String?

    public init(search: String = "", strengths: Set<String> = [], industry: String? = nil) {
        self.search = search
        self.strengths = strengths
        self.industry = industry
    }
}

/// A choice for the strength filter: a section of the checklists that score by section.
public struct StrengthOption: Sendable, Equatable, Codable {
    public let sectionID: String
    public let title: LocalizedText
    public let sentence: LocalizedText
}

extension Store {
    /// Statuses of a case whose certificate may still be in force.
    static let holdingStatuses: [CaseStatus] = [.certified, .renewalDue]

    /// How many certified firms match, for a list's length and scroll bar.
    public func certifiedFirmCount(_ filter: CertifiedFirmFilter = CertifiedFirmFilter(), asOf today: LocalDate = .today()) throws(StoreError) -> Int {
        try read { db in
            try requireRead(db, .publishedList)
            let from = CertifiedQuery(filter: filter, today: today).from()
            return try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT c.firmId) " + from.sql, arguments: from.arguments) ?? 0
        }
    }

    /// The matching certified firms in `range` of the list (sorted by reading), for the rows on
    /// screen; a range past the end gives what there is.
    public func certifiedFirms(
        _ filter: CertifiedFirmFilter = CertifiedFirmFilter(), range: Range<Int>? = nil, asOf today: LocalDate = .today()
    ) throws(StoreError) -> [CertifiedFirm] {
        try read { db in
            try requireRead(db, .publishedList)
            return try certifiedEntries(db, query: CertifiedQuery(filter: filter, today: today), range: range).map(firm)
        }
    }

    /// One certified firm by its case, or nil when that case holds no certificate in force today.
    public func certifiedFirm(caseID: Int64, asOf today: LocalDate = .today()) throws(StoreError) -> CertifiedFirm? {
        try read { db in
            try requireRead(db, .publishedList)
            let query = CertifiedQuery(filter: CertifiedFirmFilter(), today: today, caseID: caseID)
            return try certifiedEntries(db, query: query, range: nil).first.map(firm)
        }
    }


    /// The industries of the firms certified today, for the industry filter.
    public func certifiedIndustries(asOf today: LocalDate = .today()) throws(StoreError) -> [Industry] {
        try read { db in
            try requireRead(db, .publishedList)
            let from = CertifiedQuery(filter: CertifiedFirmFilter(), today: today).from()
            let codes = try String.fetchAll(db, sql: "SELECT DISTINCT c.industry " + from.sql + " AND c.industry IS NOT NULL ORDER BY c.industry", arguments: from.arguments)
            return codes.map { reference.industry($0) ?? Industry(code: $0, name: LocalizedText(ja: $0, en: $0)) }
        }
    }

    struct CertifiedEntry {
        let caseID: Int64
        let name: String
        let kana: String
        let address: String
        let corporateNumber: String
        let industry: String?
        let checklistID: String
        let sections: [String]
        let number: String
        let issuedOn: LocalDate
        let validUntil: LocalDate
    }

    /// The firms with a certificate in force, one entry per firm (its latest certificate),
    /// sorted by reading, then certificate number. The list is chosen on the narrow indexes;
    /// only the rows of `range` are read in full.
    func certifiedEntries(_ db: Database, query: CertifiedQuery, range: Range<Int>?) throws -> [CertifiedEntry] {
        let entries = query.entries()
        var sql = "SELECT \(CertifiedQuery.entryColumns) " + entries.sql + " ORDER BY c.sortKey, t.number"
        if let range {
            sql += " LIMIT \(max(0, range.count)) OFFSET \(max(0, range.lowerBound))"
        }
        return try self.entries(db, chosen: Row.fetchAll(db, sql: sql, arguments: entries.arguments))
    }

    /// The entries of the chosen rows (id, sections, number, dates), with the case's columns.
    func entries(_ db: Database, chosen: [Row]) throws -> [CertifiedEntry] {
        let ids = chosen.map { $0["id"] as Int64 }
        var details: [Int64: Row] = [:]
        if !ids.isEmpty {
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db, sql: """
                    SELECT id, firmName, firmKana, industry, checklistId, json_extract(document, '$.firm.address') AS address,
                        json_extract(document, '$.firm.corporateNumber') AS corporateNumber
                    FROM "case" WHERE id IN (\(marks))
                    """,
                arguments: StatementArguments(ids)) {
                details[row["id"]] = row
            }
        }
        return chosen.compactMap { row in
            guard let detail = details[row["id"]], let issuedOn = LocalDate(iso: row["issuedOn"]),
                  let validUntil = LocalDate(iso: row["validUntil"]) else { return nil }
            let sections: String = row["sections"]
            return CertifiedEntry(
                caseID: row["id"], name: detail["firmName"], kana: detail["firmKana"], address: (detail["address"] as String?) ?? "",
                corporateNumber: (detail["corporateNumber"] as String?) ?? "", industry: detail["industry"],
                checklistID: detail["checklistId"], sections: sections.isEmpty ? [] : sections.components(separatedBy: ","),
                number: row["number"], issuedOn: issuedOn, validUntil: validUntil)
        }
    }

    func firm(_ entry: CertifiedEntry) -> CertifiedFirm {
        let sections = checklists.checklist(entry.checklistID)?.sections ?? []
        let strengths = sections.filter { entry.sections.contains($0.id) }.map {
            CertifiedFirm.Strength(sectionID: $0.id, title: $0.title, sentence: $0.strength)
        }
        let industry = entry.industry.map { code in reference.industry(code) ?? Industry(code: code, name: LocalizedText(ja: code, en: code)) }
        return CertifiedFirm(
            caseID: entry.caseID, name: entry.name, kana: entry.kana, address: entry.address, corporateNumber: entry.corporateNumber, industry: industry, certificateNumber: entry.number,
            issuedOn: entry.issuedOn, validUntil: entry.validUntil, strengths: strengths)
    }
}

/// The FROM and WHERE of the certified list: holding statuses, a certificate in force on the
/// day, and the filter, on the derived columns.
struct CertifiedQuery {
    let filter: CertifiedFirmFilter
    let today: LocalDate
    /// Only this case's certificates (one firm's entry, by its case).
    var caseID: Int64?

    static let entryColumns = "c.id, COALESCE(t.sections, c.sectionsPassed) AS sections, t.number, t.issuedOn, t.validUntil"

    init(filter: CertifiedFirmFilter, today: LocalDate, caseID: Int64? = nil) {
        self.filter = filter
        self.today = today
        self.caseID = caseID
    }

    /// The conditions on a case `c` and its certificate `t` (by those aliases), and their arguments.
    func conditions(case c: String, certificate t: String) -> (sql: String, arguments: StatementArguments) {
        var conditions = [
            "\(c).status IN (" + Store.holdingStatuses.map { "'\($0.rawValue)'" }.joined(separator: ",") + ")",
            "\(t).validUntil >= ?", "\(t).issuedOn <= ?",
        ]
        var arguments: StatementArguments = [today.iso, today.iso]
        func add(_ condition: String, _ argument: some DatabaseValueConvertible) {
            conditions.append(condition)
            _ = arguments.append(contentsOf: [argument])
        }
        let folded = SearchFolding.fold(filter.search)
        if !folded.isEmpty { add("instr(\(c).searchText, ?) > 0", folded) }
        if let industry = filter.industry { add("\(c).industry = ?", industry) }
        for section in filter.strengths.sorted() {
            add("instr(',' || COALESCE(\(t).sections, \(c).sectionsPassed) || ',', ?) > 0", ",\(section),")
        }
        if let caseID { add("\(c).id = ?", caseID) }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// FROM and WHERE over every row the filter lets through, several per firm when it holds
    /// several certificates; the cases read through `index` when given.
    func from(index: String? = nil) -> (sql: String, arguments: StatementArguments) {
        let conditions = conditions(case: "c", certificate: "t")
        let indexed = index.map { " INDEXED BY \($0)" } ?? ""
        return ("FROM \"case\" c\(indexed) JOIN certificate t ON t.caseId = c.id WHERE " + conditions.sql, conditions.arguments)
    }

    /// FROM and WHERE over the firms' entries: the rows of `from` such that no other row of the
    /// same firm ends later (or on the same day with a later number).
    func entries(index: String? = nil) -> (sql: String, arguments: StatementArguments) {
        let outer = from(index: index)
        let other = conditions(case: "c2", certificate: "t2")
        let sql = outer.sql + " AND NOT EXISTS (SELECT 1 FROM \"case\" c2 JOIN certificate t2 ON t2.caseId = c2.id WHERE " + other.sql
            + " AND c2.firmId = c.firmId AND (t2.validUntil > t.validUntil OR (t2.validUntil = t.validUntil AND t2.number > t.number)))"
        return (sql, outer.arguments + other.arguments)
    }
}
