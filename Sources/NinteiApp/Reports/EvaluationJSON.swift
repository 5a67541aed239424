import NinteiCore

/// The evaluation of one document in the JSON shape of INTERCHANGE.md (`nintei evaluate --json`).
public enum EvaluationJSON {
    public static func json(_ evaluation: Evaluation, file: String?, language: Language) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let file { members.append(("file", .string(file))) }
        members += [
            ("checklist", .string(evaluation.checklistID)),
            ("qualifies", .bool(evaluation.qualifies)),
            ("sectionsPassed", .array(evaluation.sectionsPassed.map(JSONValue.string))),
            ("sections", .array(evaluation.sections.map(section))),
            ("score", score(evaluation.score)),
            ("declarationsMissing", .array(evaluation.missingDeclarations.map { .string($0.id) })),
            ("findings", .array(evaluation.findings.map { finding in
                .object([
                    ("item", finding.item.map(JSONValue.string) ?? .null),
                    ("code", .string(finding.code.rawValue)),
                    ("message", .string(finding.message.text(language))),
                ])
            })),
            ("strengths", .array(evaluation.strengths.map { .string($0.text(language)) })),
        ]
        if !evaluation.toConfirm.isEmpty {
            members.append(("toConfirm", .array(evaluation.toConfirm.map { note in
                .object([("path", .string(note.path)), ("note", .string(note.note.text(language)))])
            })))
        }
        return .object(members)
    }

    private static func section(_ section: SectionResult) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(section.id)),
            ("countable", .number(Double(section.countable))),
            ("checked", .number(Double(section.checked))),
        ]
        if let needed = section.needed { members.append(("needed", .number(Double(needed)))) }
        if let passed = section.passed { members.append(("passed", .bool(passed))) }
        if let points = section.points { members.append(("points", .number(points))) }
        if let maxPoints = section.maxPoints { members.append(("maxPoints", .number(maxPoints))) }
        return .object(members)
    }

    private static func score(_ score: Evaluation.Score) -> JSONValue {
        switch score {
        case .sections(let passed, let needed):
            return .object([("method", .string("perSectionHalf")), ("sectionsPassed", .number(Double(passed))), ("sectionsNeeded", .number(Double(needed)))])
        case .points(let total, let passMark):
            return .object([("method", .string("points")), ("total", .number(total)), ("passMark", .number(passMark))])
        }
    }
}
