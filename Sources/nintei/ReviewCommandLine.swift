import ArgumentParser
import NinteiApp

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The committee's screens: your review queue, or for an officer the meeting / 審査（審査一覧・審査会の準備）")
    @Option(name: .long, help: "The next meeting from this date on; default today / この日以降の次の審査会（既定は今日）") var asOf: String?
    @OptionGroup var common: CommonOptions

    func run() throws {
        try finish(OpenCommittee.run(language: common.language, dataPath: common.data, dbOption: common.db, identity: .current(), asOf: asOf, server: common.serverSocket))
    }
}
