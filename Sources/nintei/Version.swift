import Foundation
import NinteiStore

/// The program's version, printed by `nintei --version` and stamped on the man page. Raised by
/// hand when a release is cut; the store's schema has its own migrations, not this number.
enum NinteiVersion {
    static let current = "0.9.0"

    /// What `nintei --version` prints: the version, the git commit it was built from and the
    /// store's schema version (the last migration), e.g.
    /// `nintei 0.9.0 (commit 11a0318, store schema v9-withdrawn-opinions)`.
    static var full: String {
        "nintei \(current) (commit \(commit()), store schema \(Store.schemaVersion))"
    }

    /// The commit: `make install` writes it to `share/nintei/COMMIT` beside the installed
    /// `bin/nintei`; a binary built in a checkout asks git in the checkout that holds it (found
    /// from /proc/self/exe, never the current folder); otherwise "unknown".
    static func commit() -> String {
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? "/"
        let folder = URL(fileURLWithPath: program).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/nintei/COMMIT").path
        if let text = try? String(contentsOfFile: installed, encoding: .utf8), let commit = plausible(text) {
            return commit
        }
        var candidate = folder
        for _ in 0..<8 {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Sources/nintei/Version.swift").path) {
                return git(["-C", candidate.path, "rev-parse", "--short", "HEAD"]).flatMap(plausible) ?? "unknown"
            }
            candidate.deleteLastPathComponent()
        }
        return "unknown"
    }

    /// A commit id as git prints it (7 to 40 hexadecimal digits), or nil.
    private static func plausible(_ text: String) -> String? {
        let commit = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (7...40).contains(commit.count), commit.allSatisfy(\.isHexDigit) else { return nil }
        return commit
    }

    private static func git(_ arguments: [String]) -> String? {
        guard let git = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
