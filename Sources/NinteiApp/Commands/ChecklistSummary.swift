import NinteiCore
import NinteiStore

/// `nintei checklists`: the checklist versions this installation knows, each checked on load.
public enum ChecklistSummary {
    public static func run(language: Language, dataPath: String?) -> CommandOutcome {
        do {
            let data = try DataDirectory.load(explicit: dataPath)
            let library = data.checklists
            var table = TextTable([.left, .right, .right, .left, .left])
            table.add(UIText.checklistsColumns(language))
            for checklist in library.checklists {
                let scoring: String
                switch checklist.scoring.method {
                case .perSectionHalf(let needed):
                    scoring = UIText.checklistsPerSectionScoring(needed)(language)
                case .points(let passMark):
                    scoring = UIText.checklistsPointsScoring(passMark.plainText)(language)
                }
                let provisional = checklist.toConfirm.isEmpty ? "" : UIText.checklistsPlaceholders(language)
                table.add([checklist.id, String(checklist.sections.count), String(checklist.items.count), scoring + provisional, checklist.title.text(language)])
            }
            let header = UIText.checklistsDataFolder(data.folder.path)(language)
            return CommandOutcome(output: ([header] + table.lines(indent: "")).joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
    }
}
