import ArgumentParser
import NinteiApp

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the certified firms, read-only / 認定企業を閲覧する",
        discussion: """
        Search by name or reading as you type, filter by strength (F2) and industry (F3), Enter \
        shows a firm. The store is opened read-only: any login may browse, and nothing can be changed.
        """)
    @OptionGroup var common: CommonOptions
    func run() throws {
        try finish(OpenPublicScreens.browse(language: common.language, dataPath: common.data, dbOption: common.db, identity: .current(), server: common.serverSocket))
    }
}

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The program's figures as bar charts, read-only / 事業の実績をグラフで見る",
        discussion: "The same figures as nintei report; ← → change the fiscal year.")
    @Option(name: .long, help: "The fiscal year to open, by the year it starts in; default: the current one / 開く年度（開始の年で指定、既定は今年度）")
    var fiscalYear: Int?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let fiscalYear, !(1989...9998).contains(fiscalYear) {
            throw ValidationError("--fiscal-year must be a year such as 2026 (not \(fiscalYear))")
        }
    }

    func run() throws {
        try finish(OpenPublicScreens.dashboard(
            language: common.language, dataPath: common.data, dbOption: common.db, identity: .current(), fiscalYear: fiscalYear, server: common.serverSocket))
    }
}
