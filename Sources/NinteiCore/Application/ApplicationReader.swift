/// Reads an application document strictly: unknown keys, values of the wrong kind, "-" where
/// the item does not allow it, unknown items, options or checklist versions are refused with
/// the key path; so are, in a document coming in, text longer than its field allows, a blank
/// firm name and years no form can carry (`InputLimits`). Ranges that a person can get wrong
/// on paper (a percentage over 100, a year after the receipt, a received date after today) are
/// not refused here: they are findings of the evaluation, for the officer to resolve.
public enum ApplicationReader {
    public static func read(_ text: String, checklists: ChecklistLibrary, rules: DocumentRules = .incoming) throws(DocumentReadError) -> ApplicationDocument {
        try read(bytes: Array(text.utf8), checklists: checklists, rules: rules)
    }

    public static func read(bytes: [UInt8], checklists: ChecklistLibrary, rules: DocumentRules = .incoming) throws(DocumentReadError) -> ApplicationDocument {
        if rules == .incoming, bytes.count > InputLimits.documentBytes {
            throw .invalid(DataError(path: .root, message: LocalizedText(
                ja: "申請書が \(InputLimits.grouped(bytes.count)) バイトあります。\(InputLimits.grouped(InputLimits.documentBytes)) バイト（1 MB）までにしてください",
                en: "the document is \(InputLimits.grouped(bytes.count)) bytes; at most \(InputLimits.grouped(InputLimits.documentBytes)) (1 MB) are allowed")))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: bytes)
        } catch {
            throw .syntax(error)
        }
        do throws(DataError) {
            return try read(JSONReader(value), checklists: checklists, rules: rules)
        } catch {
            throw .invalid(error)
        }
    }

    /// Holds a document made in code (a new case, a renewal draft) to the rules a file is read
    /// by, so every way into the store is checked alike.
    public static func check(_ document: ApplicationDocument, checklists: ChecklistLibrary) throws(DataError) {
        guard let checklist = checklists.checklist(document.checklistID) else {
            throw DataError(path: JSONPath([.key("checklist")]), message: LocalizedText(
                ja: "チェックシート「\(document.checklistID)」は知りません", en: "unknown checklist \"\(document.checklistID)\""))
        }
        _ = try read(JSONReader(ApplicationWriter.json(document, checklist: checklist)), checklists: checklists)
    }

    static func read(_ reader: JSONReader, checklists: ChecklistLibrary, rules: DocumentRules = .incoming) throws(DataError) -> ApplicationDocument {
        let object = try reader.object()
        let formatReader = try object.required("format")
        let format = try formatReader.string()
        guard format == ApplicationDocument.format || format == ApplicationDocument.formatVersion1 else {
            throw formatReader.fail(LocalizedText(
                ja: "形式「\(format)」は読めません（「\(ApplicationDocument.format)」か「\(ApplicationDocument.formatVersion1)」が必要です）",
                en: "format \"\(format)\" is not supported (expected \"\(ApplicationDocument.format)\" or \"\(ApplicationDocument.formatVersion1)\")"))
        }
        let version = format == ApplicationDocument.formatVersion1 ? 1 : 2
        let checklistReader = try object.required("checklist")
        let checklistID = try checklistReader.string()
        guard let checklist = checklists.checklist(checklistID) else {
            let known = checklists.ids.joined(separator: ", ")
            throw checklistReader.fail(LocalizedText(
                ja: "チェックシート「\(checklistID)」は知りません（\(known)）",
                en: "unknown checklist \"\(checklistID)\" (known: \(known))"))
        }
        let kind = try object.required("kind").oneOf(ApplicationKind.self)
        let previousReader = object.optional("previousCertificate")
        let previousCertificate = try previousReader?.limitedString(rules)
        if let previousReader, kind != .renewal {
            throw previousReader.fail(LocalizedText(
                ja: "previousCertificate は kind が renewal（更新）のときだけ書けます",
                en: "previousCertificate belongs to a renewal (kind \"renewal\") only"))
        }
        let receivedOn = try object.optional("receivedOn").map { reader throws(DataError) in try readReceivedOn(reader, rules) }
        let firm = try readFirm(try object.required("firm"), version: version, rules)
        let declarations = try object.optional("declarations").map { reader throws(DataError) in try readDeclarations(reader, checklist) } ?? [:]
        let certifications = try object.optional("certifications").map { reader throws(DataError) in try readCertifications(reader, checklist, rules) } ?? []
        let answers = try object.optional("answers").map { reader throws(DataError) in try readAnswers(reader, checklist, rules) } ?? [:]
        try object.finish()
        return ApplicationDocument(
            checklistID: checklistID, kind: kind, previousCertificate: previousCertificate, receivedOn: receivedOn,
            firm: firm, declarations: declarations, certifications: certifications, answers: answers)
    }

    private static func readReceivedOn(_ reader: JSONReader, _ rules: DocumentRules) throws(DataError) -> LocalDate {
        let date = try reader.isoDate()
        if rules == .incoming, !InputLimits.years.contains(date.year) {
            throw reader.fail(LocalizedText(
                ja: "受付日 \(date.iso) はありえない日付です（\(InputLimits.years.lowerBound)〜\(InputLimits.years.upperBound)年の日付で書いてください）",
                en: "the received date \(date.iso) is impossible (it must be in \(InputLimits.years.lowerBound)–\(InputLimits.years.upperBound))"))
        }
        return date
    }

    private static func readFirm(_ reader: JSONReader, version: Int, _ rules: DocumentRules) throws(DataError) -> FirmProfile {
        let object = try reader.object()
        let nameReader = try object.required("name")
        var firm = FirmProfile(name: try nameReader.limitedString(rules))
        if rules == .incoming, firm.name.isBlank {
            throw nameReader.fail(LocalizedText(
                ja: "事業者名が空です（空白だけの名前は使えません）", en: "the firm name is empty (a name of spaces only is not a name)"))
        }
        // Version 1 has no corporate number: there the key is unknown, as it always was.
        if version >= 2, let numberReader = object.optional("corporateNumber") {
            let number = try numberReader.string()
            if let problem = CorporateNumber.problem(number) { throw numberReader.fail(CorporateNumber.message(problem, number: number)) }
            firm.corporateNumber = number
        }
        firm.kana = try object.optional("kana")?.limitedString(rules)
        firm.address = try object.optional("address")?.limitedString(rules)
        if let industryReader = object.optional("industry") {
            let code = try industryReader.string()
            // One scalar exactly: "E" with a combining accent or a zero-width joiner is one
            // grapheme but not a classification code.
            guard code.unicodeScalars.count == 1, let letter = code.unicodeScalars.first, ("A"..."T").contains(letter) else {
                throw industryReader.fail(LocalizedText(
                    ja: "業種「\(code)」は日本標準産業分類の大分類の記号 A〜T で書いてください",
                    en: "industry \"\(code)\" must be a major group letter of the Japan Standard Industrial Classification, A–T"))
            }
            firm.industry = code
        }
        firm.employees = try object.optional("employees")?.integer()
        firm.representative = try object.optional("representative")?.limitedString(rules)
        firm.contactName = try object.optional("contactName")?.limitedString(rules)
        firm.phone = try object.optional("phone")?.limitedString(rules)
        firm.email = try object.optional("email")?.limitedString(rules)
        try object.finish()
        return firm
    }

    private static func readDeclarations(_ reader: JSONReader, _ checklist: Checklist) throws(DataError) -> [String: Bool] {
        let object = try reader.object()
        var declarations: [String: Bool] = [:]
        for declaration in checklist.declarations {
            if let value = object.optional(declaration.id) {
                declarations[declaration.id] = try value.bool()
            }
        }
        try object.finish()
        return declarations
    }

    private static func readCertifications(_ reader: JSONReader, _ checklist: Checklist, _ rules: DocumentRules) throws(DataError) -> [ExternalCertification] {
        var seen = Set<String>()
        return try reader.array().map { reader throws(DataError) -> ExternalCertification in
            let object = try reader.object()
            let schemeReader = try object.required("scheme")
            let schemeID = try schemeReader.string()
            guard let scheme = checklist.certificationSchemes.first(where: { $0.id == schemeID }) else {
                let known = checklist.certificationSchemes.map(\.id).joined(separator: ", ")
                throw schemeReader.fail(LocalizedText(
                    ja: "外部認証「\(schemeID)」はこのチェックシートにありません（\(known)）",
                    en: "certification scheme \"\(schemeID)\" is not on this checklist (known: \(known))"))
            }
            guard seen.insert(schemeID).inserted else {
                throw schemeReader.fail(LocalizedText(ja: "外部認証「\(schemeID)」が重複しています", en: "certification scheme \"\(schemeID)\" appears twice"))
            }
            var certification = ExternalCertification(scheme: schemeID)
            switch scheme.detail {
            case .category: certification.category = try object.optional("category")?.limitedString(rules)
            case .number: certification.number = try object.optional("number")?.limitedString(rules)
            }
            try object.finish()
            return certification
        }
    }

    private static func readAnswers(_ reader: JSONReader, _ checklist: Checklist, _ rules: DocumentRules) throws(DataError) -> [String: Answer] {
        let object = try reader.object()
        var answers: [String: Answer] = [:]
        for (itemID, answerReader) in object.remaining() {
            guard let item = checklist.item(itemID) else {
                throw answerReader.fail(LocalizedText(
                    ja: "項目「\(itemID)」はチェックシート \(checklist.id) にありません",
                    en: "item \"\(itemID)\" is not on checklist \(checklist.id)"))
            }
            answers[itemID] = try readAnswer(answerReader, item, rules)
        }
        return answers
    }

    private static func readAnswer(_ reader: JSONReader, _ item: ChecklistItem, _ rules: DocumentRules) throws(DataError) -> Answer {
        let object = try reader.object()
        let markReader = try object.required("mark")
        var answer = Answer(mark: try markReader.oneOf(Mark.self))
        if answer.mark == .na && !item.allowsNA {
            throw markReader.fail(LocalizedText(
                ja: "項目 \(item.id) には「-」（na）を付けられません（check か blank）",
                en: "item \(item.id) does not allow \"-\" (na); use check or blank"))
        }
        for field in item.evidence {
            guard let fieldReader = object.optional(field.key.rawValue) else { continue }
            switch field.content {
            case .text:
                answer.text = try fieldReader.limitedString(rules)
            case .options(let options):
                answer.options = try readOptions(fieldReader, options, item)
            case .yearFigures(let table):
                let rows = try readRows(fieldReader, table, rules)
                if field.key == .usage { answer.usage = rows } else { answer.figures = rows }
            case .headcountByGender:
                let counts = try fieldReader.object()
                answer.managers = GenderCount(men: try counts.required("men").integer(), women: try counts.required("women").integer())
                try counts.finish()
            case .sdgGoals:
                answer.sdgs = try readSDGs(fieldReader)
            }
        }
        if item.optionsField?.hasOther == true {
            answer.otherText = try object.optional("otherText")?.limitedString(rules)
        }
        do throws(DataError) {
            try object.finish()
        } catch {
            let allowed = (["mark"] + item.evidence.map(\.key.rawValue) + (item.optionsField?.hasOther == true ? ["otherText"] : []))
                .joined(separator: ", ")
            throw DataError(path: error.path, message: LocalizedText(
                ja: "\(error.message.ja)。項目 \(item.id) に書けるのは \(allowed) です",
                en: "\(error.message.en); item \(item.id) takes \(allowed)"))
        }
        return answer
    }

    private static func readOptions(_ reader: JSONReader, _ options: OptionsField, _ item: ChecklistItem) throws(DataError) -> [String] {
        var seen = Set<String>()
        return try reader.array().map { reader throws(DataError) -> String in
            let id = try reader.string()
            guard options.choices.contains(where: { $0.id == id }) else {
                let known = options.choices.map(\.id).joined(separator: ", ")
                throw reader.fail(LocalizedText(
                    ja: "選択肢「\(id)」は項目 \(item.id) にありません（\(known)）",
                    en: "option \"\(id)\" is not on item \(item.id) (its options: \(known))"))
            }
            guard seen.insert(id).inserted else {
                throw reader.fail(LocalizedText(ja: "選択肢「\(id)」が重複しています", en: "option \"\(id)\" appears twice"))
            }
            return id
        }
    }

    private static func readRows(_ reader: JSONReader, _ table: YearFiguresField, _ rules: DocumentRules) throws(DataError) -> [FigureRow] {
        let rowReaders = try reader.array()
        if rowReaders.count > table.rows {
            throw reader.fail(LocalizedText(
                ja: "用紙の欄は \(table.rows) 年分ですが、\(rowReaders.count) 年分あります",
                en: "the form has room for \(table.rows) years, found \(rowReaders.count)"))
        }
        // At most `table.rows` years (a handful): looked along, not hashed.
        var years: [Int] = []
        return try rowReaders.map { rowReader throws(DataError) -> FigureRow in
            let object = try rowReader.object()
            let yearReader = try object.required("year")
            let year = try yearReader.integer()
            if rules == .incoming, !InputLimits.years.contains(year) {
                throw yearReader.fail(LocalizedText(
                    ja: "\(year)年はありえない年です（\(InputLimits.years.lowerBound)〜\(InputLimits.years.upperBound)年で書いてください）",
                    en: "the year \(year) is impossible (it must be in \(InputLimits.years.lowerBound)–\(InputLimits.years.upperBound))"))
            }
            guard !years.contains(year) else {
                throw yearReader.fail(LocalizedText(ja: "\(year)年の行が重複しています", en: "the year \(year) appears twice"))
            }
            years.append(year)
            var row = FigureRow(year: year)
            for column in table.columns {
                guard let valueReader = object.optional(column.key) else { continue }
                row.values[column.key] = column.kind == .count ? Double(try valueReader.integer()) : try valueReader.number()
            }
            do throws(DataError) {
                try object.finish()
            } catch {
                let allowed = (["year"] + table.columns.map(\.key)).joined(separator: ", ")
                throw DataError(path: error.path, message: LocalizedText(
                    ja: "\(error.message.ja)。この表の列は \(allowed) です", en: "\(error.message.en); this table's columns are \(allowed)"))
            }
            return row
        }
    }

    private static func readSDGs(_ reader: JSONReader) throws(DataError) -> [Int] {
        var seen = Set<Int>()
        return try reader.array().map { reader throws(DataError) -> Int in
            let goal = try reader.integer()
            guard (1...17).contains(goal) else {
                throw reader.fail(LocalizedText(ja: "SDGs の目標番号は 1〜17 です（\(goal) ではありません）", en: "SDG goal numbers are 1–17, not \(goal)"))
            }
            guard seen.insert(goal).inserted else {
                throw reader.fail(LocalizedText(ja: "目標 \(goal) が重複しています", en: "goal \(goal) appears twice"))
            }
            return goal
        }
    }
}

/// Which rules a document is read by. A document coming in (a file, an edit in the form) is held
/// to every rule. A document already in the store was accepted by the build that stored it, so
/// it is read without the rules added since (`InputLimits`, blank firm names): it still opens,
/// and its next edit is held to them, the refusal naming the field to put right.
public enum DocumentRules: Sendable {
    case incoming
    case stored
}

extension JSONReader {
    /// A string no longer than its field allows (`InputLimits.maxLength(at:)`), when the rules
    /// hold the document to it.
    func limitedString(_ rules: DocumentRules) throws(DataError) -> String {
        let text = try string()
        if rules == .incoming, let problem = InputLimits.excess(text, limit: InputLimits.maxLength(at: path)) {
            throw fail(problem)
        }
        return text
    }
}

extension String {
    /// Nothing but spaces (the full-width space U+3000 among them), line breaks and invisible
    /// format characters (a zero-width space, a byte-order mark): nothing a person can read.
    var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .format || $0.properties.generalCategory == .control }
    }
}
