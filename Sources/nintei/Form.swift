import ArgumentParser
import NinteiApp
import NinteiStore

struct Form: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the intake form of one case / 申請の入力画面を開く")

    @Argument(help: "The case number (see nintei cases) / 案件番号")
    var caseID: Int64

    @Flag(name: .long, help: "Verify by re-keying: type the paper again without seeing the first entry / 確認入力")
    var verify = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        try finish(OpenCaseForm.run(caseID: caseID, language: common.language, dataPath: common.data, dbOption: common.db, identity: .current(), server: common.serverSocket, verifying: verify))
    }
}

struct Verification: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How far verification by re-keying has come, per case or for the office / 確認入力の状況")

    @Argument(help: "A case: each field, who keyed and who verified it; none: every case verified / 案件番号: 項目ごとの入力者と確認者。省略: 全案件の状況")
    var caseID: Int64?

    @Option(name: .long, help: "yes: every field must be verified before a case is submitted; no: optional (administrator) / 確認入力を提出の条件にする")
    var require: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let require, !["yes", "no"].contains(require) { throw ValidationError("--require must be yes or no (not \"\(require)\")") }
    }

    func run() throws {
        try finish(common.store.verification(caseID: caseID, require: require.map { $0 == "yes" }))
    }
}
