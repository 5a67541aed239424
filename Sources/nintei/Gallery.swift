import ArgumentParser
import NinteiApp

struct Gallery: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Try every input widget on one screen; nothing is stored / 入力部品の見本（保存しません）")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try finish(OpenApp.runGallery(language: common.language))
    }
}
