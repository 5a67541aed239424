/// Reads an application document strictly: unknown keys, values of the wrong kind, "-" where
/// the item does not allow it, unknown items, options or checklist versions are refused with
/// the key path. Ranges that a person can get wrong on paper (a percentage over 100, a future
/// year) are not refused here: they are findings of the evaluation, for the officer to resolve.
public enum ApplicationReader {
    public static func read(_ text: String, checklists: ChecklistLibrary) throws(DocumentReadError) -> ApplicationDocument {
        try read(bytes: Array(text.utf8), checklists: checklists)
    }

    public static func read(bytes: [UInt8], checklists: ChecklistLibrary) throws(DocumentReadError) -> ApplicationDocument {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: bytes)
        } catch {
            throw .syntax(error)
        }
        do throws(DataError) {
            return try read(JSONReader(value), checklists: checklists)
        } catch {
            throw .invalid(error)
        }
    }

    static func read(_ reader: JSONReader, checklists: ChecklistLibrary) throws(DataError) -> ApplicationDocument {
        let object = try reader.object()
        let formatReader = try object.required("format")
        let format = try formatReader.string()
        guard format == ApplicationDocument.format else {
            throw formatReader.fail(LocalizedText(
                ja: "形式「\(format)」は読めません（「\(ApplicationDocument.format)」が必要です）",
                en: "format \"\(format)\" is not supported (expected \"\(ApplicationDocument.format)\")"))
        }
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
        let previousCertificate = try previousReader?.string()
        if let previousReader, kind != .renewal {
            throw previousReader.fail(LocalizedText(
                ja: "previousCertificate は kind が renewal（更新）のときだけ書けます",
                en: "previousCertificate belongs to a renewal (kind \"renewal\") only"))
        }
        let receivedOn = try object.optional("receivedOn")?.isoDate()
        let firm = try readFirm(try object.required("firm"))
        let declarations = try object.optional("declarations").map { reader throws(DataError) in try readDeclarations(reader, checklist) } ?? [:]
        let certifications = try object.optional("certifications").map { reader throws(DataError) in try readCertifications(reader, checklist) } ?? []
        let answers = try object.optional("answers").map { reader throws(DataError) in try readAnswers(reader, checklist) } ?? [:]
        try object.finish()
        return ApplicationDocument(
            checklistID: checklistID, kind: kind, previousCertificate: previousCertificate, receivedOn: receivedOn,
            firm: firm, declarations: declarations, certifications: certifications, answers: answers)
    }

    private static func readFirm(_ reader: JSONReader) throws(DataError) -> FirmProfile {
        let object = try reader.object()
        var firm = FirmProfile(name: try object.required("name").string())
        firm.kana = try object.optional("kana")?.string()
        firm.address = try object.optional("address")?.string()
        if let industryReader = object.optional("industry") {
            let code = try industryReader.string()
            guard code.count == 1, let letter = code.unicodeScalars.first, ("A"..."T").contains(letter) else {
                throw industryReader.fail(LocalizedText(
                    ja: "業種「\(code)」は日本標準産業分類の大分類の記号 A〜T で書いてください",
                    en: "industry \"\(code)\" must be a major group letter of the Japan Standard Industrial Classification, A–T"))
            }
            firm.industry = code
        }
        firm.employees = try object.optional("employees")?.integer()
        firm.representative = try object.optional("representative")?.string()
        firm.contactName = try object.optional("contactName")?.string()
        firm.phone = try object.optional("phone")?.string()
        firm.email = try object.optional("email")?.string()
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

    private static func readCertifications(_ reader: JSONReader, _ checklist: Checklist) throws(DataError) -> [ExternalCertification] {
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
            case .category: certification.category = try object.optional("category")?.string()
            case .number: certification.number = try object.optional("number")?.string()
            }
            try object.finish()
            return certification
        }
    }

    private static func readAnswers(_ reader: JSONReader, _ checklist: Checklist) throws(DataError) -> [String: Answer] {
        let object = try reader.object()
        var answers: [String: Answer] = [:]
        for (itemID, answerReader) in object.remaining() {
            guard let item = checklist.item(itemID) else {
                throw answerReader.fail(LocalizedText(
                    ja: "項目「\(itemID)」はチェックシート \(checklist.id) にありません",
                    en: "item \"\(itemID)\" is not on checklist \(checklist.id)"))
            }
            answers[itemID] = try readAnswer(answerReader, item)
        }
        return answers
    }

    private static func readAnswer(_ reader: JSONReader, _ item: ChecklistItem) throws(DataError) -> Answer {
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
                answer.text = try fieldReader.string()
            case .options(let options):
                answer.options = try readOptions(fieldReader, options, item)
            case .yearFigures(let table):
                let rows = try readRows(fieldReader, table)
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
            answer.otherText = try object.optional("otherText")?.string()
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

    private static func readRows(_ reader: JSONReader, _ table: YearFiguresField) throws(DataError) -> [FigureRow] {
        let rowReaders = try reader.array()
        if rowReaders.count > table.rows {
            throw reader.fail(LocalizedText(
                ja: "用紙の欄は \(table.rows) 年分ですが、\(rowReaders.count) 年分あります",
                en: "the form has room for \(table.rows) years, found \(rowReaders.count)"))
        }
        var years = Set<Int>()
        return try rowReaders.map { rowReader throws(DataError) -> FigureRow in
            let object = try rowReader.object()
            let yearReader = try object.required("year")
            let year = try yearReader.integer()
            guard years.insert(year).inserted else {
                throw yearReader.fail(LocalizedText(ja: "\(year)年の行が重複しています", en: "the year \(year) appears twice"))
            }
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
