import ArgumentParser
import Foundation
import NinteiApp
import NinteiCore
import NinteiStore

@main
struct Nintei: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nintei",
        abstract: "Nintei (認定): work-life balance company certification desk / ワーク・ライフ・バランス推進企業認定の事務",
        version: NinteiVersion.current,
        subcommands: [
            Open.self, Form.self, Gallery.self, Evaluate.self, Checklists.self, Init.self, Demo.self, User.self, Import.self, Export.self, Cases.self,
            Renew.self, Changes.self, Audit.self, Backup.self, Check.self, Publish.self, Renewals.self, Report.self, Browse.self, Dashboard.self,
            Submit.self, MeetingCommand.self, Queue.self, OpinionCommand.self, Opinions.self, ConflictCommand.self, Decide.self,
            Packet.self, Minutes.self, Letters.self, CertificateCommand.self, GrantRenewal.self, Reopen.self, Review.self, Serve.self,
            Verification.self,
        ],
        defaultSubcommand: Open.self)

    /// `nintei --version` prints the version, the commit and the store's schema version; the
    /// commit is looked up only then (see `NinteiVersion.full`). Everything else is parsed as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            print(NinteiVersion.full)
            return
        }
        // `nintei` alone opens the screens; a first word that names no command is a mistake
        // (Open takes no argument), answered with the nearest commands rather than Open's usage.
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.map { $0._commandName } + ["help"]
            if !names.contains(first) {
                let lang = arguments.firstIndex(of: "--lang").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
                    ?? arguments.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst(7)) }
                let language = Language.resolve(option: lang, environment: ProcessInfo.processInfo.environment)
                write(CommandOutcome(output: "", errors: [CommandSuggestion.message(first, among: names, language: language)], exitCode: 64))
                Foundation.exit(64)
            }
        }
        main(nil)
    }
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "UI language: ja (default) or en / 表示言語")
    var lang: String?

    @Option(name: .long, help: "The data folder (checklists, reference figures); default: $NINTEI_DATA, else data in the configuration file, else share/nintei of the installation / データフォルダー（チェックシート、参考値）")
    var data: String?

    @Option(name: .long, help: "The store file, opened directly; default: $NINTEI_DB, else db in the configuration file, else $XDG_DATA_HOME/nintei/nintei.sqlite / 保存ファイル（直接開く）")
    var db: String?

    @Option(name: .long, help: "The office server's socket (nintei serve); default: $NINTEI_SERVER unless --db is given, else server in the configuration file unless a store is named / 事務所サーバー")
    var server: String?

    /// The office server to go through, if any.
    var serverSocket: String? { OfficeOpening.server(option: server, dbOption: db) }

    /// The store commands, acting as the OS login of this process.
    var store: StoreCommands {
        StoreCommands(language: language, dbOption: db, dataPath: data, identity: .current(), server: serverSocket)
    }

    var language: Language {
        Language.resolve(option: lang, environment: ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        if server != nil, db != nil {
            throw ValidationError("--server and --db name two offices; give one")
        }
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be ja or en (not \"\(lang)\")")
        }
        // The configuration file ($NINTEI_CONFIG, else /etc/nintei/nintei.toml), read once for
        // the process: a file that cannot be used stops every command before it does anything.
        if case .failure(let error) = OfficeConfiguration.ofThisProcess {
            write(CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2))
            throw ExitCode(2)
        }
    }
}

/// Prints an outcome and exits with its code.
func finish(_ outcome: CommandOutcome) throws {
    write(outcome)
    if outcome.exitCode != 0 {
        throw ExitCode(outcome.exitCode)
    }
}

/// Writes an outcome's text to standard output and its messages to standard error, at once:
/// FileHandle writes to the descriptor, with no buffer to flush. Every command's text passes
/// here, with stored values in it (firm names, comments, file names): control characters are
/// shown as `\u{…}` so none reaches the terminal (an ESC [2J in a firm name clears nothing);
/// the output's own line breaks and tabs stay. Values set inside a line are escaped where
/// they are inserted too (`escapedForDisplay`), so a newline in them forges no line.
func write(_ outcome: CommandOutcome) {
    if !outcome.output.isEmpty {
        FileHandle.standardOutput.write(Data(outcome.output.escapedKeepingLines.utf8))
    }
    for error in outcome.errors {
        FileHandle.standardError.write(Data(("nintei: " + error.escapedKeepingLines + "\n").utf8))
    }
}
