import ArgumentParser
import NinteiApp
import NinteiStore

struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the intake form of one case / 申請の入力画面を開く")

    @Argument(help: "The case number (see nintei cases)")
    var caseID: Int64

    @OptionGroup var common: CommonOptions

    func run() throws {
        try finish(OpenCaseForm.run(caseID: caseID, language: common.language, dataPath: common.data, dbOption: common.db, identity: .current(), server: common.serverSocket))
    }
}
