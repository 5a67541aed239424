import Foundation
import NinteiCore
import NinteiStore

/// `nintei evaluate FILE…`: evaluates application documents without touching any store.
public enum EvaluateFiles {

    /// Exit codes: 0 when every document was evaluated (whatever the result), 1 when a document
    /// was refused, 2 when the shipped data (checklists, reference figures) cannot be used.
    public static func run(files: [String], json: Bool, language: Language, dataPath: String?, today: LocalDate) -> CommandOutcome {
        let data: ShippedData
        do {
            data = try DataDirectory.load(explicit: dataPath)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        let library = data.checklists
        let context = EvaluationContext(reference: data.reference, today: today)
        var reports: [String] = []
        var results: [JSONValue] = []
        var errors: [String] = []
        for file in files {
            do {
                let document = try ApplicationFile.read(file, checklists: library)
                let checklist = library.checklist(document.checklistID)!
                let evaluation = Evaluator.evaluate(document, checklist: checklist, context: context)
                if json {
                    results.append(EvaluationJSON.json(evaluation, file: file, language: language))
                } else {
                    reports.append(EvaluationReport.text(evaluation, document: document, checklist: checklist, file: file, language: language))
                }
            } catch {
                errors.append(error.text(language))
            }
        }
        let output: String
        if json {
            output = results.isEmpty ? "" : JSONWriter.write(results.count == 1 && files.count == 1 ? results[0] : .array(results))
        } else {
            output = reports.joined(separator: "\n" + String(repeating: "─", count: 40) + "\n\n")
        }
        return CommandOutcome(output: output, errors: errors, exitCode: errors.isEmpty ? 0 : 1)
    }
}
