import ArgumentParser
import NinteiApp
import NinteiStore

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive program (the default) / 画面を開く")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try finish(OpenApp.run(language: common.language, dataPath: common.data, dbOption: common.db, identity: .current(), server: common.serverSocket))
    }
}
