import NinteiCore
import NinteiStore

/// `nintei checklists`: the checklist versions this installation knows, each checked on load.
public enum ChecklistSummary {
    public static func run(language: Language, dataPath: String?) -> CommandOutcome {
        do {
            let data = try DataDirectory.load(explicit: dataPath)
            let library = data.checklists
            var table = TextTable([.left, .right, .right, .left, .left])
            table.add(language == .ja ? ["id", "節", "項目", "採点", "名称"] : ["id", "Sections", "Items", "Scoring", "Title"])
            for checklist in library.checklists {
                let scoring: String
                switch checklist.scoring.method {
                case .perSectionHalf(let needed):
                    scoring = language == .ja ? "節ごと半数以上・\(needed)節以上" : "half per section, \(needed) sections"
                case .points(let passMark):
                    scoring = language == .ja ? "点数・\(passMark.plainText)点以上" : "points, pass mark \(passMark.plainText)"
                }
                let provisional = checklist.toConfirm.isEmpty ? "" : (language == .ja ? "（仮の値あり）" : " (placeholders)")
                table.add([checklist.id, String(checklist.sections.count), String(checklist.items.count), scoring + provisional, checklist.title.text(language)])
            }
            let header = language == .ja ? "データ: \(data.folder.path)" : "Data: \(data.folder.path)"
            return CommandOutcome(output: ([header] + table.lines(indent: "")).joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
    }
}
