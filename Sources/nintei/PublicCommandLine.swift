import ArgumentParser
import NinteiApp
import NinteiCore

extension CommonOptions {
    /// The public-facing commands (publish, renewals, report), reading the store read-only.
    var publicCommands: PublicCommands {
        PublicCommands(language: language, dbOption: db, dataPath: data, identity: .current(), server: serverSocket)
    }
}

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the published list of certified firms (HTML, CSV, JSON) into a folder / 認定企業一覧を書き出す",
        discussion: """
        Only firms whose certification is in force today appear, with their strengths, \
        certificate number and validity; nothing internal (notes, opinions, contacts, findings, \
        reviewers). The folder is replaced as a whole; it must be new, empty, or a list published before.
        """)
    @Option(name: .long, help: "The folder to write into / 書き出し先のフォルダー") var out: String
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.publicCommands.publish(outputFolder: out, progress: ProgressLine(language: common.language).update)) }
}

struct Renewals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List certifications that end soon, with the firm's contact / 更新時期の認定")
    @Option(name: .long, help: "How many months ahead; default: renewalWindowMonths in data/program/targets.json / 何か月先まで")
    var months: Int?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let months, !(1...36).contains(months) { throw ValidationError("--months must be from 1 to 36 (not \(months))") }
    }

    func run() throws { try finish(common.publicCommands.renewals(months: months)) }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The program's figures for a fiscal year (April–March) against its targets / 事業の実績")
    @Option(name: .long, help: "The fiscal year, by the year it starts in (2026 = April 2026 – March 2027) / 年度（開始の年で指定）")
    var fiscalYear: Int
    @Option(name: .long, help: "text (default) or csv (UTF-8 with BOM) / 出力形式") var format = "text"
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if PublicCommands.ReportFormat(rawValue: format) == nil { throw ValidationError("--format must be text or csv (not \"\(format)\")") }
        if !(1989...9998).contains(fiscalYear) { throw ValidationError("--fiscal-year must be a year such as 2026 (not \(fiscalYear))") }
    }

    func run() throws { try finish(common.publicCommands.report(fiscalYear: fiscalYear, format: PublicCommands.ReportFormat(rawValue: format) ?? .text)) }
}
