import ArgumentParser
import Dispatch
import Foundation
import Logging
import NinteiApp
import NinteiCore
import NinteiServer
import NinteiStore
#if canImport(Glibc)
import Glibc
#endif

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the office server: the one process that opens the store / 事務所サーバーを動かす",
        discussion: """
        Run it as a service account that alone can read and write the store's folder (mode 700, \
        files 600). Everyone's screens and commands connect with --server SOCKET (or \
        NINTEI_SERVER); the server takes each caller's login from the kernel and checks every \
        request against that login's roles. It logs to standard error, the audit log's head \
        after each change, and stops cleanly on SIGTERM.
        """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The Unix domain socket to listen on, e.g. /run/nintei/nintei.sock; default: server in the configuration file / 待ち受けるソケット")
    var socket: String?

    func run() throws {
        umask(0o077)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "nintei.serve")
        let dbPath = StoreLocation.resolve(explicit: common.db)
        let language = common.language
        guard let socket = socket ?? OfficeConfiguration.current.server else {
            try finish(CommandOutcome(output: "", errors: [language == .ja
                ? "待ち受けるソケットを --socket で指定するか、設定ファイルに server を書いてください"
                : "give the socket to listen on with --socket, or set server in the configuration file"], exitCode: 2))
            return
        }
        let problems = StoreFolderSafety.problems(storePath: dbPath)
        guard problems.isEmpty else {
            let heading = language == .ja
                ? "事務所サーバーは、保存ファイルとそのフォルダをサービスアカウントだけが読み書きできるときに動きます:"
                : "The office server runs only when the store and its folder can be read and written by its service account alone:"
            try finish(CommandOutcome(output: "", errors: [heading] + problems.map { "  " + $0.text(language) }, exitCode: 2))
            return
        }
        let data: ShippedData
        let store: Store
        let program: ServerProgram
        do {
            data = try DataDirectory.load(explicit: common.data)
            program = try ServerProgram(data: data)
            store = try Store.open(
                at: dbPath, identity: .current(), mode: .readWrite, checklists: data.checklists, reference: data.reference,
                expiringLapsed: false)
        } catch let error as DataFileError {
            try finish(CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2))
            return
        } catch let error as StoreError {
            try finish(CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2))
            return
        }
        let server: OfficeServer
        do {
            server = try OfficeServer(router: OfficeRouter(store: store, program: program), socketPath: socket, logger: logger)
        } catch {
            try finish(CommandOutcome(output: "", errors: ["\(socket.escapedForDisplay): " + String(describing: error)], exitCode: 2))
            return
        }
        let head = (try? store.auditHeadForServerLog()).map { "\($0.id):\($0.hash)" } ?? "-"
        let configuration = data.folder.configuration.source.map { FileManager.default.fileExists(atPath: $0.path) ? $0.path : "none" } ?? "none"
        logger.notice("serving \(dbPath) on \(socket) (data \(data.folder.path), configuration \(configuration)); audit head \(head)")
        let stopping = StopSignals(server: server, logger: logger)
        try server.wait()
        withExtendedLifetime(stopping) {}
        logger.notice("stopped; audit head \((try? store.auditHeadForServerLog()).map { "\($0.id):\($0.hash)" } ?? "-")")
    }
}

/// SIGTERM and SIGINT stop the server: no new connection, requests in flight answered.
private final class StopSignals {
    private let sources: [any DispatchSourceSignal]

    init(server: OfficeServer, logger: Logger) {
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                logger.notice("signal \(number): stopping")
                server.stop()
            }
            source.resume()
            return source
        }
    }
}
