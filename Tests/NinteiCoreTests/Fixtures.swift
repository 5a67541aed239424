import Foundation
import NinteiCore
import NinteiStore

/// The repository's shipped data, loaded once for all tests.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = DataDirectory(path: repository.appendingPathComponent("data").path)
    static let library: ChecklistLibrary = {
        do throws(DataFileError) { return try dataDirectory.loadChecklists() } catch { fatalError(error.text(.en)) }
    }()
    static let reference: ReferenceFigures = {
        do throws(DataFileError) { return try dataDirectory.loadReference() } catch { fatalError(error.text(.en)) }
    }()
    static var asaka: Checklist { library.checklist("asaka-2023")! }
    static let today = LocalDate(year: 2023, month: 12, day: 1)!
    static var context: EvaluationContext { EvaluationContext(reference: reference, today: today) }

    static func evaluate(_ document: ApplicationDocument, checklist: Checklist? = nil, reference: ReferenceFigures? = nil) -> Evaluation {
        let checklist = checklist ?? library.checklist(document.checklistID)!
        return Evaluator.evaluate(document, checklist: checklist, context: EvaluationContext(reference: reference ?? self.reference, today: today))
    }

    static func example(_ name: String) throws -> ApplicationDocument {
        try ApplicationFile.read(repository.appendingPathComponent("data/examples/\(name).json").path, checklists: library)
    }

    /// A new-form document with the given answers, the law declaration made.
    static func document(_ answers: [String: Answer], industry: String? = "E", lawCompliance: Bool? = true) -> ApplicationDocument {
        var declarations: [String: Bool] = [:]
        if let lawCompliance { declarations["lawCompliance"] = lawCompliance }
        return ApplicationDocument(
            checklistID: "asaka-2023", receivedOn: LocalDate(year: 2023, month: 7, day: 14),
            firm: FirmProfile(name: "テスト株式会社", industry: industry), declarations: declarations, answers: answers)
    }

    /// An answer that makes the item count as checked, whatever its kind.
    static func ticked(_ item: ChecklistItem) -> Answer {
        var answer = Answer(mark: .check)
        if let options = item.optionsField {
            answer.options = options.choices.prefix(options.minimum).map(\.id)
        }
        return answer
    }

    /// Answers that check the first `count` items of each listed section.
    static func checking(_ counts: [String: Int], in checklist: Checklist = asaka) -> [String: Answer] {
        var answers: [String: Answer] = [:]
        for section in checklist.sections {
            for item in section.items.prefix(counts[section.id] ?? 0) {
                answers[item.id] = ticked(item)
            }
        }
        return answers
    }

    /// Reads a checklist from JSON text built in a test.
    static func checklist(_ json: String) throws -> Checklist {
        try ChecklistReader.read(json)
    }

    /// A minimal checklist JSON with one section per entry of `itemCounts`.
    static func syntheticChecklist(
        itemCounts: [Int], method: String = #""method": "perSectionHalf", "sectionsNeeded": 1"#,
        naPolicy: String = "excludeFromCount", points: Int? = nil, optionMinimum: Int? = nil
    ) -> String {
        let sections = itemCounts.enumerated().map { index, count -> String in
            let items = (1...count).map { number -> String in
                let evidence = optionMinimum.map { minimum in
                    #"[{"key": "options", "kind": "options", "label": {"ja": "取組", "en": "Initiatives"}, "minimum": \#(minimum), "choices": [{"id": "a", "label": {"ja": "あ", "en": "a"}}, {"id": "b", "label": {"ja": "い", "en": "b"}}, {"id": "c", "label": {"ja": "う", "en": "c"}}, {"id": "other", "label": {"ja": "その他", "en": "other"}}]}]"#
                } ?? "[]"
                let pointsKey = points.map { #", "points": \#($0)"# } ?? ""
                return #"{"id": "\#(index + 1)-\#(number)", "text": {"ja": "項目", "en": "item"}, "allowsNA": true\#(pointsKey), "evidence": \#(evidence)}"#
            }.joined(separator: ", ")
            let sectionPoints = points.map { #", "points": \#($0 * count)"# } ?? ""
            return #"{"id": "\#(index + 1)", "title": {"ja": "節", "en": "section"}, "strength": {"ja": "強み\#(index + 1)", "en": "strength \#(index + 1)"}\#(sectionPoints), "items": [\#(items)]}"#
        }.joined(separator: ", ")
        return #"""
        {"schema": "nintei-checklist/1", "id": "synthetic", "title": {"ja": "試験", "en": "test"}, "source": "test",
         "scoring": {\#(method), "naPolicy": "\#(naPolicy)"},
         "declarations": [{"id": "lawCompliance", "label": {"ja": "法令遵守", "en": "law"}, "requiredToQualify": true}],
         "certificationSchemes": [], "sections": [\#(sections)]}
        """#
    }
}
