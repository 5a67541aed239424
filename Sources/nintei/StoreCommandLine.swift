import ArgumentParser
import Foundation
import NinteiApp
import NinteiCore
import NinteiStore
#if canImport(Glibc)
import Glibc
#endif

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a new store; you become its administrator / 保存ファイルを作成する")
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.store.initStore()) }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a store holding the demo office (data/demo) / デモ用の保存ファイルを作る")
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.store.buildDemo()) }
}

struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage users (OS logins) and their roles / 利用者と役割",
        subcommands: [List.self, Add.self, SetName.self, Remove.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users and their roles / 利用者と役割の一覧")
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.store.listUsers()) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a login a role: officer, committee, chair, admin, viewer / 役割を与える")
        @Argument(help: "The OS login / OSのログイン名") var login: String
        @Argument(help: "officer, committee, chair, admin or viewer / 役割: 事務局・審査委員・委員長・管理者・閲覧者") var role: String
        @Option(name: .long, help: "Display name printed on documents / 文書に印字する氏名") var name: String?
        @Option(name: .long, help: "Title printed beside the name / 氏名の横に印字する役職") var title: String?
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.store.addUser(login, role: try parseRole(role), name: name, title: title)) }
    }

    struct SetName: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set a login's display name and title, as printed documents name them / 氏名と役職")
        @Argument(help: "The OS login / OSのログイン名") var login: String
        @Option(name: .long, help: "Display name; an empty text clears it / 氏名（空にすると消す）") var name: String?
        @Option(name: .long, help: "Title; an empty text clears it / 役職（空にすると消す）") var title: String?
        @OptionGroup var common: CommonOptions

        func validate() throws {
            if name == nil && title == nil { throw ValidationError("give --name, --title or both") }
        }

        func run() throws { try finish(common.store.setUserName(login, name: name, title: title)) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a role (or every role) from a login / 役割を外す")
        @Argument(help: "The OS login / OSのログイン名") var login: String
        @Argument(help: "The role to take away; every role when left out / 外す役割（省略するとすべて）") var role: String?
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.store.removeUser(login, role: try role.map(parseRole))) }
    }
}

func parseRole(_ text: String) throws -> Role {
    guard let role = Role(rawValue: text) else {
        throw ValidationError("unknown role \"\(text)\"; use one of " + Role.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return role
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import application documents as draft cases, each file all or nothing / 申請書を取り込む")
    @Argument(help: "Application documents (nintei-application/2 or /1 JSON), or folders of them (their *.json files, by name) / 申請書（JSON）またはそのフォルダー") var files: [String]
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one application document") }
    }

    func run() throws {
        let progress = ProgressLine(language: common.language, isTerminal: isatty(STDERR_FILENO) != 0 && (files.count > 1 || files.contains(where: Self.isFolder)))
        let outcome = common.store.importFiles(files, progress: progress.update, report: { output, errors in
            // Each batch as it commits, straight to the descriptors (FileHandle does not buffer),
            // so a killed import has printed every batch it stored. The progress line is
            // cleared first and drawn again after the batch.
            progress.clear()
            write(CommandOutcome(output: output, errors: errors, exitCode: 0))
        })
        try finish(outcome)
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export cases as application documents or CSV / 案件を書き出す")
    @Argument(help: "Case numbers / 案件番号") var cases: [Int64] = []
    @Flag(name: .long, help: "Every case / すべての案件") var all = false
    @Option(name: .long, help: "json (default) or csv (UTF-8 with BOM, for Excel) / 出力形式") var format = "json"
    @Option(name: .long, help: "Write files into this folder instead of printing / 画面に出さずこのフォルダーに書き出す") var out: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if cases.isEmpty && !all { throw ValidationError("name case numbers or give --all") }
        if !["json", "csv"].contains(format) { throw ValidationError("--format must be json or csv (not \"\(format)\")") }
    }

    func run() throws {
        // A CSV printed to standard output goes out as it is written, a few rows at a time.
        // Progress only into a folder: printed to a terminal, the cases themselves show it.
        let progress = ProgressLine(language: common.language, isTerminal: isatty(STDERR_FILENO) != 0 && out != nil)
        try finish(common.store.export(ids: cases, all: all, csv: format == "csv", outputFolder: out, report: { output, errors in
            write(CommandOutcome(output: output, errors: errors, exitCode: 0))
        }, progress: progress.update))
    }
}

struct Cases: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List cases / 案件の一覧")
    @Option(name: .long, help: ArgumentHelp("Only cases in this status: " + CaseStatus.allCases.map(\.rawValue).joined(separator: ", ") + " / この状態の案件だけ")) var status: String?
    @Option(name: .long, help: "Firm name or reading (kana) containing this text / 企業名またはフリガナで検索") var search: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let status, CaseStatus(rawValue: status) == nil {
            throw ValidationError("unknown status \"\(status)\"; use one of " + CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws { try finish(common.store.listCases(status: status.flatMap(CaseStatus.init(rawValue:)), search: search)) }
}

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The audit log / 監査記録", subcommands: [Show.self, Head.self, Verify.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "List the audit events, of one case or of all / 監査記録の一覧")
        @Argument(help: "A case number / 案件番号") var caseNumber: Int64?
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.store.audit(caseID: caseNumber)) }
    }

    struct Head: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the chain's head (last event's number and hash) to keep outside the store / 監査記録の先頭")
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.store.auditHead()) }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no audit event was edited or deleted, and that the log still extends a head recorded earlier / 監査記録が改ざんされていないか確かめる")
        @Option(name: .long, help: "A head printed earlier by nintei audit head (NUMBER:HASH) / 以前に nintei audit head で出力した先頭") var head: String?
        @OptionGroup var common: CommonOptions

        func validate() throws {
            if let head, AuditHead(parsing: head) == nil {
                throw ValidationError("--head must be a head as nintei audit head prints it, NUMBER:HASH with the 64-digit hash (not \"\(head)\")")
            }
        }

        func run() throws { try finish(common.store.verifyAudit(head: head.flatMap(AuditHead.init(parsing:)))) }
    }
}

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Copy the store safely while others work / バックアップ")
    @Argument(help: "The new backup file / 新しいバックアップファイル") var path: String
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.store.backup(to: path)) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the store's integrity and its audit log / 点検")
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.store.check()) }
}
