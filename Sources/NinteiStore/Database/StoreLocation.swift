import Foundation

/// Where the store file lives: `--db PATH`, else `$NINTEI_DB`, else the configuration file's
/// `db`, else `$XDG_DATA_HOME/nintei/nintei.sqlite` (`~/.local/share/nintei/nintei.sqlite`).
public enum StoreLocation {
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        configuration: OfficeConfiguration = .current
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["NINTEI_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let configured = configuration.db { return configured }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/nintei/nintei.sqlite"
    }
}
