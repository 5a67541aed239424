import NinteiCore
import NinteiStore
import NinteiTerminal

/// Why what is in a field cannot be saved yet; the field keeps the focus until it is fixed.
struct FieldInputError: Error {
    let message: LocalizedText
}

extension FormField {
    /// The document value the widget holds now; nil for an empty field (the key is removed).
    func documentValue() throws(FieldInputError) -> JSONValue? {
        switch (value, control) {
        case (.string, .text(let field)):
            // Blank lines (and spaces) at the end of a multi-line text are never kept.
            let text = field.editor.isMultiline ? String(field.text.reversed().drop { $0.isWhitespace }.reversed()) : field.text
            return text.isEmpty ? nil : .string(text)
        case (.industry, .text(let field)):
            if let choices { return try choices.resolve(field.text).map(JSONValue.string) }
            let code = field.text.trimmed.uppercased()
            return code.isEmpty ? nil : .string(code)
        case (.corporateNumber, .text(let field)):
            let number = CorporateNumber.normalized(field.text)
            guard !number.isEmpty else { return nil }
            if let problem = CorporateNumber.problem(number) { throw FieldInputError(message: UIText.formCorporateNumberRefused(problem)) }
            return .string(number)
        case (.kind, .check(let box)):
            return .string((box.isChecked ? ApplicationKind.renewal : .new).rawValue)
        case (.date, .text(let field)):
            let text = field.text.trimmed
            guard !text.isEmpty else { return nil }
            do throws(DateInputError) {
                return .string(try DateInput.parse(text, today: .today()).iso)
            } catch {
                // Short enough for the status line, with the ways to write it and to start over.
                throw FieldInputError(message: error.reason == .unreadable ? UIText.formDateUnreadable(label) : error.message)
            }
        case (.integer, .number(let field)):
            return field.value.map { .number($0.rounded(.towardZero)) }
        case (.mark, .check(let box)):
            switch box.state {
            case .checked: return .string(Mark.check.rawValue)
            case .notApplicable: return .string(Mark.na.rawValue)
            case .unchecked: return .string(Mark.blank.rawValue)
            }
        case (.declaration, .check(let box)):
            return box.isChecked ? .bool(true) : nil
        case (.optionIDs, .options(let group)):
            return group.selected.isEmpty ? nil : .array(group.selected.map(JSONValue.string))
        case (.yearRows(let keys, let counts, _), .table(let table)):
            return try Self.yearRows(table, keys: keys, counts: counts)
        case (.genderCount, .table(let table)):
            return try Self.genderCount(table)
        case (.sdgs, .text(let field)):
            return try Self.sdgs(field.text)
        default:
            // Certification fields are saved together (see `certificationsValue(of:)`).
            return savedValue
        }
    }

    /// Puts a document value into the widget (nil empties it).
    mutating func load(_ json: JSONValue?) {
        savedValue = json
        defer {
            do throws(FieldInputError) { loadedValue = try documentValue() } catch { loadedValue = json }
        }
        switch (value, control) {
        case (.string, .text(var field)), (.industry, .text(var field)), (.date, .text(var field)), (.corporateNumber, .text(var field)):
            field.text = json?.stringValue ?? ""
            control = .text(field)
        case (.integer, .number(var field)):
            field.value = json?.numberValue
            control = .number(field)
        case (.mark, .check(var box)):
            switch json?.stringValue {
            case Mark.check.rawValue: box.state = .checked
            case Mark.na.rawValue: box.state = .notApplicable
            default: box.state = .unchecked
            }
            control = .check(box)
        case (.kind, .check(var box)):
            box.state = json == .string(ApplicationKind.renewal.rawValue) ? .checked : .unchecked
            control = .check(box)
        case (.declaration, .check(var box)):
            box.state = json == .bool(true) ? .checked : .unchecked
            control = .check(box)
        case (.optionIDs, .options(let group)):
            let ids = json?.arrayValue?.compactMap(\.stringValue) ?? []
            var loaded = OptionGroup(options: group.options, selected: ids, minimum: group.minimum, minimumHint: group.minimumHint)
            loaded.focus(group.focusedIndex)
            control = .options(loaded)
        case (.yearRows(let keys, _, _), .table(var table)):
            let rows = json?.arrayValue ?? []
            for row in table.years.indices {
                let object = row < rows.count ? rows[row] : nil
                table.setValue(object?.member("year")?.numberValue, row: row, column: 0)
                for (offset, key) in keys.enumerated() {
                    table.setValue(object?.member(key)?.numberValue, row: row, column: offset + 1)
                }
            }
            control = .table(table)
        case (.genderCount, .table(var table)):
            table.setValue(json?.member("men")?.numberValue, row: 0, column: 0)
            table.setValue(json?.member("women")?.numberValue, row: 0, column: 1)
            control = .table(table)
        case (.sdgs, .text(var field)):
            field.text = (json?.arrayValue ?? []).compactMap(\.numberValue).map { String(Int($0)) }.joined(separator: ", ")
            control = .text(field)
        default:
            break
        }
    }

    // MARK: Tables

    private static func yearRows(_ table: YearFiguresTable, keys: [String], counts: Set<String>) throws(FieldInputError) -> JSONValue? {
        var rows: [JSONValue] = []
        for row in table.years.indices {
            let values = keys.indices.map { table.value(row: row, column: $0 + 1) }
            let typedYear = table.value(row: row, column: 0)
            // A suggested year counts only with a figure beside it.
            guard typedYear != nil || values.contains(where: { $0 != nil }) else { continue }
            let year = typedYear ?? table.suggestedValue(row: row, column: 0)
            guard let year else {
                throw FieldInputError(message: LocalizedText(
                    ja: "\(row + 1)行目: 年を入力してください", en: "row \(row + 1): type the year"))
            }
            var members: [(key: String, value: JSONValue)] = [("year", .number(year))]
            for (key, value) in zip(keys, values) {
                if let value { members.append((key, .number(counts.contains(key) ? value.rounded(.towardZero) : value))) }
            }
            rows.append(.object(members))
        }
        return rows.isEmpty ? nil : .array(rows)
    }

    private static func genderCount(_ table: YearFiguresTable) throws(FieldInputError) -> JSONValue? {
        let men = table.value(row: 0, column: 0), women = table.value(row: 0, column: 1)
        switch (men, women) {
        case (nil, nil): return nil
        case let (men?, women?): return .object([("men", .number(men.rounded(.towardZero))), ("women", .number(women.rounded(.towardZero)))])
        default:
            throw FieldInputError(message: LocalizedText(ja: "男性と女性の両方の人数を入力してください（いなければ 0）", en: "type both men and women (0 when none)"))
        }
    }

    private static func sdgs(_ text: String) throws(FieldInputError) -> JSONValue? {
        let normalized = String(text.map { NumberField.ascii($0) ?? $0 })
        let tokens = normalized.split { !$0.isNumber || !$0.isASCII }
        let rest = normalized.filter { !($0.isNumber && $0.isASCII) && !" ,、，・".contains($0) }
        guard rest.isEmpty else {
            throw FieldInputError(message: LocalizedText(
                ja: "SDGs の目標は番号で「5, 8」のように入力してください", en: "type SDG goals as numbers, like \"5, 8\""))
        }
        return tokens.isEmpty ? nil : .array(tokens.compactMap { Int($0) }.map { .number(Double($0)) })
    }

    // MARK: Certifications

    /// The `certifications` list from the certification fields, in the checklist's order.
    static func certificationsValue(of fields: [FormField]) -> JSONValue? {
        var held: [String] = []
        var details: [String: (CertificationScheme.Detail, String)] = [:]
        for field in fields {
            switch (field.value, field.control) {
            case (.certificationHeld(let scheme), .check(let box)) where box.isChecked:
                held.append(scheme)
            case (.certificationDetail(let scheme, let detail), .text(let text)):
                details[scheme] = (detail, text.text.trimmed)
            default: break
            }
        }
        let list: [JSONValue] = held.map { scheme in
            var members: [(key: String, value: JSONValue)] = [("scheme", .string(scheme))]
            if let (detail, text) = details[scheme], !text.isEmpty { members.append((detail.rawValue, .string(text))) }
            return .object(members)
        }
        return list.isEmpty ? nil : .array(list)
    }

    /// Loads a certification field from the document's `certifications` list.
    /// `loadedValue` is set by the screen once every certification field is loaded
    /// (`settleCertifications(_:)`), since the list comes from all of them.
    mutating func loadCertification(from list: JSONValue?) {
        savedValue = list
        loadedValue = list
        let entries = list?.arrayValue ?? []
        switch (value, control) {
        case (.certificationHeld(let scheme), .check(var box)):
            box.state = entries.contains { $0.member("scheme")?.stringValue == scheme } ? .checked : .unchecked
            control = .check(box)
        case (.certificationDetail(let scheme, let detail), .text(var field)):
            let entry = entries.first { $0.member("scheme")?.stringValue == scheme }
            field.text = entry?.member(detail.rawValue)?.stringValue ?? ""
            control = .text(field)
        default: break
        }
    }

    /// Records what the loaded certification fields stand for together.
    static func settleCertifications(_ fields: inout [FormField]) {
        let list = certificationsValue(of: fields)
        for index in fields.indices where fields[index].isCertification { fields[index].loadedValue = list }
    }

    var isCertification: Bool {
        switch value {
        case .certificationHeld, .certificationDetail: return true
        default: return false
        }
    }
}

extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var numberValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    func member(_ key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }
}

extension String {
    var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
