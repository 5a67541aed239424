import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
#if canImport(Glibc)
import Glibc
#endif

/// Opening an office, the one way every screen and command does it: through the office server
/// when one is named (`--server`, else `$NINTEI_SERVER` when no `--db` was given, else the
/// configuration file's `server` when no store file was named at all), else the store file
/// directly. Through the server the login is the one the kernel reports and the rules are the
/// server's; directly, a store file that every login can write is refused, because its rules
/// would hold for nobody (README, "An office on one host").
public enum OfficeOpening {
    /// The socket to use, if any: the option; else, unless `--db` named a store file,
    /// `$NINTEI_SERVER`; else, unless `$NINTEI_DB` named one, the configuration's `server`.
    public static func server(
        option: String?, dbOption: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        configuration: OfficeConfiguration = .current
    ) -> String? {
        if let option, !option.isEmpty { return option }
        guard dbOption == nil || dbOption?.isEmpty == true else { return nil }
        if let fromEnvironment = environment["NINTEI_SERVER"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let storeFromEnvironment = environment["NINTEI_DB"], !storeFromEnvironment.isEmpty { return nil }
        return configuration.server
    }

    /// Opens the office. `data` gives the checklists a direct open evaluates with; the server
    /// brings its own.
    public static func open(
        server: String?, dbPath: String, identity: Identity, mode: Store.Mode, data: ShippedData, expiringLapsed: Bool = true
    ) throws(StoreError) -> any OfficeService {
        if let server {
            return try OfficeClient(socket: server)
        }
        try refuseSharedFile(dbPath)
        switch mode {
        case .readOnly:
            return try Store.openReadOnly(at: dbPath, identity: identity, checklists: data.checklists, reference: data.reference)
        case .readWrite:
            return try Store.open(
                at: dbPath, identity: identity, mode: .readWrite, checklists: data.checklists, reference: data.reference,
                expiringLapsed: expiringLapsed)
        }
    }

    /// A store that any login on the host can write is open to every attack the server exists
    /// to stop; it is not opened directly.
    static func refuseSharedFile(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o002 != 0 else { return }
        throw .refused(LocalizedText(
            ja: "\(path.escapedForDisplay) はどの利用者でも書き換えられるため、直接は開きません。複数の人で使う保存ファイルは nintei serve（事務所サーバー）に任せ、各自は --server で接続してください（README「An office on one host」）",
            en: "\(path.escapedForDisplay) can be written by every login on this host, so it is not opened directly. "
                + "A store shared by several people belongs to nintei serve (the office server); connect with --server (README, \"An office on one host\")"))
    }
}

extension OfficeOpening {
    /// What a command does around its work: loads the data folder and opens the office (either
    /// failing is exit status 2, with its message), runs `work`, and turns a refusal into exit
    /// status 1.
    static func run(
        language: Language, dataPath: String?, server: String?, dbPath: String, identity: Identity, mode: Store.Mode,
        _ work: (any OfficeService, ShippedData) throws(StoreError) -> CommandOutcome
    ) -> CommandOutcome {
        let data: ShippedData
        let store: any OfficeService
        do {
            data = try DataDirectory.load(explicit: dataPath)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        do {
            store = try open(server: server, dbPath: dbPath, identity: identity, mode: mode, data: data)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        do throws(StoreError) {
            return try work(store, data)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 1)
        }
    }
}
