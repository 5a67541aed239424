import ArgumentParser
import NinteiApp

struct Renew: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a renewal from a certified firm's case, pre-filled from it / 認定企業の更新申請を始める")
    @Argument(help: "The case of the last certification (certified or renewal due) / 前回の認定の案件番号") var caseNumber: Int64
    @Option(name: .long, help: "The checklist version of the renewal; default: the one that replaces the case's / 更新に使うチェックシートの版") var to: String?
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.store.renew(caseID: caseNumber, to: to)) }
}

struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed from one case's application to another's / 二つの案件の申請内容の違い")
    @Argument(help: "The earlier case (e.g. the last certification) / 前の案件") var before: Int64
    @Argument(help: "The later case (e.g. its renewal) / 後の案件") var after: Int64
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.store.changes(before: before, after: after)) }
}
