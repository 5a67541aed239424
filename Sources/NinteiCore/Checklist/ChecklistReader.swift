/// Reads a checklist version from its JSON file and checks it against the format of
/// `data/checklists/README.md`; every refusal names the path inside the file.
public enum ChecklistReader {
    public static let schema = "nintei-checklist/1"

    public static func read(_ text: String) throws(DocumentReadError) -> Checklist {
        try JSONReader.readDocument(text) { reader throws(DataError) in try read(reader) }
    }

    static func read(_ reader: JSONReader) throws(DataError) -> Checklist {
        let object = try reader.object()
        try object.requireSchema(schema)
        let idReader = try object.required("id")
        let id = try idReader.string()
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw idReader.fail(LocalizedText(ja: "id は英小文字・数字・「-」で書いてください", en: "an id uses lower-case letters, digits and '-'"))
        }
        let title = try object.required("title").localizedText()
        let source = try object.required("source").string()
        let scoringReader = try object.required("scoring")
        let scoring = try readScoring(scoringReader)
        let declarations = try object.required("declarations").array().map { reader throws(DataError) in try readDeclaration(reader) }
        let schemes = try object.required("certificationSchemes").array().map { reader throws(DataError) in try readScheme(reader) }
        let sectionsReader = try object.required("sections")
        let sections = try sectionsReader.array().map { reader throws(DataError) in try readSection(reader, scoring: scoring) }
        let toConfirm = try object.optional("toConfirm")?.array().map { reader throws(DataError) in try readPlaceholder(reader) } ?? []
        try object.finish()

        guard !sections.isEmpty else {
            throw sectionsReader.fail(LocalizedText(ja: "節が一つもありません", en: "there are no sections"))
        }
        try requireUnique(sections.map(\.id), in: sectionsReader, what: LocalizedText(ja: "節の id", en: "section id"))
        try requireUnique(sections.flatMap { $0.items.map(\.id) }, in: sectionsReader, what: LocalizedText(ja: "項目の id", en: "item id"))
        try requireUnique(declarations.map(\.id), in: reader, what: LocalizedText(ja: "申告の id", en: "declaration id"))
        try requireUnique(schemes.map(\.id), in: reader, what: LocalizedText(ja: "外部認証の id", en: "certification scheme id"))
        if case .perSectionHalf(let needed) = scoring.method, needed > sections.count {
            throw scoringReader.path.appending("sectionsNeeded").failure(LocalizedText(
                ja: "必要な節の数 \(needed) が節の数 \(sections.count) を超えています",
                en: "sectionsNeeded \(needed) is more than the \(sections.count) sections"))
        }
        return Checklist(
            id: id, title: title, source: source, scoring: scoring, declarations: declarations,
            certificationSchemes: schemes, sections: sections, toConfirm: toConfirm)
    }

    private static func readScoring(_ reader: JSONReader) throws(DataError) -> Scoring {
        let object = try reader.object()
        let methodReader = try object.required("method")
        let naPolicy = try object.required("naPolicy").oneOf(NAPolicy.self)
        let method: Scoring.Method
        switch try methodReader.string() {
        case "perSectionHalf":
            let neededReader = try object.required("sectionsNeeded")
            let needed = try neededReader.integer()
            guard needed >= 1 else {
                throw neededReader.fail(LocalizedText(ja: "1 以上が必要です", en: "must be at least 1"))
            }
            method = .perSectionHalf(sectionsNeeded: needed)
        case "points":
            let passMarkReader = try object.required("passMark")
            let passMark = try passMarkReader.number()
            guard passMark > 0 else {
                throw passMarkReader.fail(LocalizedText(ja: "0 より大きい数が必要です", en: "must be more than 0"))
            }
            method = .points(passMark: passMark)
        case let other:
            throw methodReader.fail(LocalizedText(
                ja: "採点方法「\(other)」は知りません（perSectionHalf か points）",
                en: "unknown scoring method \"\(other)\" (perSectionHalf or points)"))
        }
        try object.finish()
        return Scoring(method: method, naPolicy: naPolicy)
    }

    private static func readDeclaration(_ reader: JSONReader) throws(DataError) -> Declaration {
        let object = try reader.object()
        let declaration = Declaration(
            id: try object.required("id").string(),
            label: try object.required("label").localizedText(),
            requiredToQualify: try object.required("requiredToQualify").bool())
        try object.finish()
        return declaration
    }

    private static func readScheme(_ reader: JSONReader) throws(DataError) -> CertificationScheme {
        let object = try reader.object()
        let scheme = CertificationScheme(
            id: try object.required("id").string(),
            label: try object.required("label").localizedText(),
            detail: try object.required("detail").oneOf(CertificationScheme.Detail.self),
            categories: try object.optional("categories")?.array().map { reader throws(DataError) in try reader.string() } ?? [])
        try object.finish()
        return scheme
    }

    private static func readPlaceholder(_ reader: JSONReader) throws(DataError) -> PlaceholderNote {
        let object = try reader.object()
        let note = PlaceholderNote(path: try object.required("path").string(), note: try object.required("note").localizedText())
        try object.finish()
        return note
    }

    private static func readSection(_ reader: JSONReader, scoring: Scoring) throws(DataError) -> ChecklistSection {
        let object = try reader.object()
        let id = try object.required("id").string()
        let title = try object.required("title").localizedText()
        let strength = try object.required("strength").localizedText()
        let pointsReader = object.optional("points")
        let points = try pointsReader?.number()
        let itemsReader = try object.required("items")
        let items = try itemsReader.array().map { reader throws(DataError) in try readItem(reader, scoring: scoring) }
        try object.finish()
        guard !items.isEmpty else {
            throw itemsReader.fail(LocalizedText(ja: "項目が一つもありません", en: "the section has no items"))
        }
        switch scoring.method {
        case .points:
            guard let points, let pointsReader else {
                throw object.path.appending("points").failure(LocalizedText(
                    ja: "点数方式では節の合計点（points）が必要です", en: "the points method needs the section's total (points)"))
            }
            let sum = items.reduce(0) { $0 + ($1.points ?? 0) }
            guard abs(sum - points) < 0.0001 else {
                throw pointsReader.fail(LocalizedText(
                    ja: "節の合計点 \(points.plainText) と項目の配点の合計 \(sum.plainText) が一致しません",
                    en: "the section total \(points.plainText) differs from the sum of its items' points \(sum.plainText)"))
            }
        case .perSectionHalf:
            if let pointsReader {
                throw pointsReader.fail(LocalizedText(ja: "points は点数方式のときだけ書けます", en: "points belongs to the points method only"))
            }
        }
        return ChecklistSection(id: id, title: title, strength: strength, points: points, items: items)
    }

    private static func readItem(_ reader: JSONReader, scoring: Scoring) throws(DataError) -> ChecklistItem {
        let object = try reader.object()
        let id = try object.required("id").string()
        let text = try object.required("text").localizedText()
        let allowsNA = try object.optional("allowsNA")?.bool() ?? false
        let core = try object.optional("core")?.bool() ?? false
        let pointsReader = object.optional("points")
        let points = try pointsReader?.number()
        let evidenceReader = try object.required("evidence")
        let evidence = try evidenceReader.array().map { reader throws(DataError) in try readEvidence(reader) }
        let checksReader = object.optional("checks")
        let checks = try checksReader?.array().map { reader throws(DataError) in try reader.oneOf(ConsistencyCheck.self) } ?? []
        try object.finish()

        try requireUnique(evidence.map(\.key.rawValue), in: evidenceReader, what: LocalizedText(ja: "記載欄の key", en: "evidence key"))
        switch scoring.method {
        case .points:
            guard let points, points >= 0 else {
                throw object.path.appending("points").failure(LocalizedText(
                    ja: "点数方式では各項目に 0 以上の配点（points）が必要です", en: "the points method needs points (0 or more) on every item"))
            }
        case .perSectionHalf:
            if let pointsReader {
                throw pointsReader.fail(LocalizedText(ja: "points は点数方式のときだけ書けます", en: "points belongs to the points method only"))
            }
        }
        let item = ChecklistItem(id: id, text: text, allowsNA: allowsNA, core: core, points: points, evidence: evidence, checks: checks)
        if let checksReader {
            for (index, check) in checks.enumerated() {
                if let missing = missingRequirement(of: check, in: item) {
                    throw checksReader.path.appending(index: index).failure(LocalizedText(
                        ja: "検査「\(check.rawValue)」には\(missing.ja)が必要です",
                        en: "the check \"\(check.rawValue)\" needs \(missing.en)"))
                }
            }
        }
        return item
    }

    /// What evidence a named check reads; nil when the item has it.
    private static func missingRequirement(of check: ConsistencyCheck, in item: ChecklistItem) -> LocalizedText? {
        switch check {
        case .overtimeLimit:
            guard let table = item.yearFigures(.figures), table.column("monthHours") != nil, table.column("yearHours") != nil else {
                return LocalizedText(ja: "monthHours と yearHours の列をもつ figures", en: "figures with monthHours and yearHours columns")
            }
        case .leaveIndustryAverage:
            guard let table = item.yearFigures(.figures), table.column("rate")?.kind == .percent else {
                return LocalizedText(ja: "percent の rate 列をもつ figures", en: "figures with a percent column rate")
            }
        case .womenManagerShare:
            guard item.has(.managers), item.has(.text) else {
                return LocalizedText(ja: "managers と text", en: "managers and text")
            }
        case .usageConsistency:
            guard item.yearFigures(.usage) != nil else {
                return LocalizedText(ja: "usage", en: "usage")
            }
        }
        return nil
    }

    private static func readEvidence(_ reader: JSONReader) throws(DataError) -> EvidenceField {
        let object = try reader.object()
        let key = try object.required("key").oneOf(EvidenceKey.self)
        let kindReader = try object.required("kind")
        let kind = try kindReader.string()
        let label = try object.required("label").localizedText()
        let content: EvidenceField.Content
        let expectedKind: String
        switch key {
        case .text: expectedKind = "text"
        case .options: expectedKind = "options"
        case .figures, .usage: expectedKind = "yearFigures"
        case .managers: expectedKind = "headcountByGender"
        case .sdgs: expectedKind = "sdgGoals"
        }
        guard kind == expectedKind else {
            throw kindReader.fail(LocalizedText(
                ja: "key「\(key.rawValue)」の kind は「\(expectedKind)」です（「\(kind)」ではありません）",
                en: "the key \"\(key.rawValue)\" goes with kind \"\(expectedKind)\", not \"\(kind)\""))
        }
        switch key {
        case .text:
            content = .text(multiline: try object.optional("multiline")?.bool() ?? false)
        case .options:
            content = .options(try readOptions(object))
        case .figures, .usage:
            content = .yearFigures(try readYearFigures(object))
        case .managers:
            content = .headcountByGender(derivedShare: try object.optional("derivedShare")?.bool() ?? false)
        case .sdgs:
            content = .sdgGoals
        }
        try object.finish()
        return EvidenceField(key: key, label: label, content: content)
    }

    private static func readOptions(_ object: ObjectReader) throws(DataError) -> OptionsField {
        let choicesReader = try object.required("choices")
        var choices: [OptionsField.Choice] = []
        let choiceReaders = try choicesReader.array()
        for (index, choiceReader) in choiceReaders.enumerated() {
            let choiceObject = try choiceReader.object()
            let idReader = try choiceObject.required("id")
            let id = try idReader.string()
            let isLast = index == choiceReaders.count - 1
            let expected = OptionsField.positionalID(index)
            guard id == expected || (id == OptionsField.otherID && isLast) else {
                throw idReader.fail(LocalizedText(
                    ja: "\(index + 1) 番目の選択肢の id は「\(expected)」です（最後だけ「other」にできます）",
                    en: "choice \(index + 1) has the id \"\(expected)\" (only the last may be \"other\")"))
            }
            choices.append(OptionsField.Choice(id: id, label: try choiceObject.required("label").localizedText()))
            try choiceObject.finish()
        }
        let minimumReader = try object.required("minimum")
        let minimum = try minimumReader.integer()
        guard minimum >= 1, minimum <= choices.count else {
            throw minimumReader.fail(LocalizedText(
                ja: "最小数は 1 から選択肢の数 \(choices.count) までです", en: "the minimum must be between 1 and the \(choices.count) choices"))
        }
        return OptionsField(minimum: minimum, choices: choices)
    }

    private static func readYearFigures(_ object: ObjectReader) throws(DataError) -> YearFiguresField {
        let rowsReader = try object.required("rows")
        let rows = try rowsReader.integer()
        guard rows >= 1 else {
            throw rowsReader.fail(LocalizedText(ja: "1 以上が必要です", en: "must be at least 1"))
        }
        let columnsReader = try object.required("columns")
        let columns = try columnsReader.array().map { reader throws(DataError) -> YearFiguresField.Column in
            let column = try reader.object()
            let key = try column.required("key").string()
            if key == "year" {
                throw column.path.appending("key").failure(LocalizedText(ja: "「year」は列の key にできません（年は常にあります）", en: "\"year\" cannot be a column key (every row has its year)"))
            }
            let result = YearFiguresField.Column(
                key: key,
                label: try column.required("label").localizedText(),
                unit: try column.required("unit").localizedText(),
                kind: try column.required("kind").oneOf(FigureKind.self))
            try column.finish()
            return result
        }
        guard !columns.isEmpty else {
            throw columnsReader.fail(LocalizedText(ja: "列が一つもありません", en: "there are no columns"))
        }
        try requireUnique(columns.map(\.key), in: columnsReader, what: LocalizedText(ja: "列の key", en: "column key"))
        let yearsBeforeReceipt = try object.optional("yearsBeforeReceipt")?.bool() ?? false
        return YearFiguresField(rows: rows, columns: columns, yearsBeforeReceipt: yearsBeforeReceipt)
    }

    private static func requireUnique(_ ids: [String], in reader: JSONReader, what: LocalizedText) throws(DataError) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            throw reader.fail(LocalizedText(ja: "\(what.ja)「\(id)」が重複しています", en: "duplicate \(what.en) \"\(id)\""))
        }
    }
}

extension OptionsField {
    /// The id of the option at a position on the paper: a, b, c, …
    public static func positionalID(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(min(index, 25))))
    }
}

extension JSONPath {
    func failure(_ message: LocalizedText) -> DataError {
        DataError(path: self, message: message)
    }
}

