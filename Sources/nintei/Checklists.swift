import ArgumentParser
import NinteiApp

struct Checklists: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List and check the checklist versions in the data folder / チェックシートの版を一覧・検査する")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try finish(ChecklistSummary.run(language: common.language, dataPath: common.data))
    }
}
