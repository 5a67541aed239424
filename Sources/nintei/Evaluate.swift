import ArgumentParser
import NinteiApp
import NinteiCore

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate application documents against their checklist, without a store / 申請書を評価する",
        discussion: """
        Exit status: 0 when every document was evaluated (whatever the result); 1 when a document \
        is not valid (the message names the file, the key path and the problem); 2 when the data \
        folder cannot be used.
        """)

    @Argument(help: "Application documents (nintei-application/2 or /1 JSON) / 申請書（JSON）")
    var files: [String]

    @Flag(name: .long, help: "Print the evaluation as JSON (one object, or an array for several files) / 評価結果を JSON で出力する")
    var json = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one application document") }
    }

    func run() throws {
        try finish(EvaluateFiles.run(files: files, json: json, language: common.language, dataPath: common.data, today: .today()))
    }
}
