/// Writes an application document in the canonical shape of INTERCHANGE.md: keys in a fixed
/// order, answers in the checklist's paper order, each answer's evidence in the item's order.
public enum ApplicationWriter {
    public static func json(_ document: ApplicationDocument, checklist: Checklist) -> JSONValue {
        var top: [(key: String, value: JSONValue)] = [
            ("format", .string(ApplicationDocument.format)),
            ("checklist", .string(document.checklistID)),
            ("kind", .string(document.kind.rawValue)),
        ]
        if let previous = document.previousCertificate { top.append(("previousCertificate", .string(previous))) }
        if let received = document.receivedOn { top.append(("receivedOn", .string(received.iso))) }
        top.append(("firm", firm(document.firm)))
        let declarations = checklist.declarations.compactMap { declaration in
            document.declarations[declaration.id].map { (key: declaration.id, value: JSONValue.bool($0)) }
        }
        if !declarations.isEmpty { top.append(("declarations", .object(declarations))) }
        if !document.certifications.isEmpty {
            top.append(("certifications", .array(document.certifications.map(certification))))
        }
        let answers = checklist.items.compactMap { item in
            document.answers[item.id].map { (key: item.id, value: answer($0, item: item)) }
        }
        top.append(("answers", .object(answers)))
        return .object(top)
    }

    public static func text(_ document: ApplicationDocument, checklist: Checklist) -> String {
        JSONWriter.write(json(document, checklist: checklist))
    }

    private static func firm(_ firm: FirmProfile) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("name", .string(firm.name))]
        if let number = firm.corporateNumber { members.append(("corporateNumber", .string(number))) }
        let optionalStrings: [(String, String?)] = [("kana", firm.kana), ("address", firm.address), ("industry", firm.industry)]
        for (key, value) in optionalStrings {
            if let value { members.append((key, .string(value))) }
        }
        if let employees = firm.employees { members.append(("employees", .number(Double(employees)))) }
        let contact: [(String, String?)] = [
            ("representative", firm.representative), ("contactName", firm.contactName), ("phone", firm.phone), ("email", firm.email),
        ]
        for (key, value) in contact {
            if let value { members.append((key, .string(value))) }
        }
        return .object(members)
    }

    private static func certification(_ certification: ExternalCertification) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("scheme", .string(certification.scheme))]
        if let category = certification.category { members.append(("category", .string(category))) }
        if let number = certification.number { members.append(("number", .string(number))) }
        return .object(members)
    }

    private static func answer(_ answer: Answer, item: ChecklistItem) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("mark", .string(answer.mark.rawValue))]
        for field in item.evidence {
            switch field.content {
            case .text:
                if let text = answer.text { members.append(("text", .string(text))) }
            case .options:
                if let options = answer.options { members.append(("options", .array(options.map(JSONValue.string)))) }
                if let other = answer.otherText { members.append(("otherText", .string(other))) }
            case .yearFigures(let table):
                if let rows = field.key == .usage ? answer.usage : answer.figures {
                    members.append((field.key.rawValue, .array(rows.map { row($0, table) })))
                }
            case .headcountByGender:
                if let managers = answer.managers {
                    members.append(("managers", .object([("men", .number(Double(managers.men))), ("women", .number(Double(managers.women)))])))
                }
            case .sdgGoals:
                if let sdgs = answer.sdgs { members.append(("sdgs", .array(sdgs.map { .number(Double($0)) }))) }
            }
        }
        return .object(members)
    }

    private static func row(_ row: FigureRow, _ table: YearFiguresField) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("year", .number(Double(row.year)))]
        for column in table.columns {
            if let value = row[column.key] { members.append((column.key, .number(value))) }
        }
        return .object(members)
    }
}
