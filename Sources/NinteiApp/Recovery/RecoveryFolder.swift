import Foundation
import NinteiCore
#if canImport(Glibc)
import Glibc
#endif

/// Where typed input the store refused is kept: one small file per field, in the person's own
/// `$XDG_STATE_HOME/nintei/recovery` (`~/.local/state/nintei/recovery`), readable by them alone.
/// The form offers an entry back the next time its case is opened, and removes it once it was
/// put back or discarded.
struct RecoveryFolder {
    let path: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        path = stateHome + "/nintei/recovery"
    }

    init(path: String) {
        self.path = path
    }

    /// The files this process wrote, to name them when the program ends.
    private static let writtenLock = NSLock()
    nonisolated(unsafe) private static var writtenThisRun: [String] = []

    static var filesWrittenThisRun: [String] {
        writtenLock.lock()
        defer { writtenLock.unlock() }
        return writtenThisRun
    }

    /// Writes the entry to a new file and returns its path.
    @discardableResult
    func keep(_ entry: UnsavedEntry) throws -> String {
        // Modes given per file, never by the process's umask: the umask is the whole process's,
        // and changing it would change what other threads create meanwhile.
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let stamp = entry.at.filter { $0.isNumber }
        let file = path + "/case-\(entry.caseID)-\(stamp)-\(getpid())-\(UUID().uuidString.prefix(6)).json"
        // Written whole under another name and renamed: a reader never sees half an entry.
        let partial = file + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: Data((JSONWriter.write(entry.json) + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partial])
        }
        try FileManager.default.moveItem(atPath: partial, toPath: file)
        Self.writtenLock.lock()
        Self.writtenThisRun.append(file)
        Self.writtenLock.unlock()
        return file
    }

    /// The entries kept for this case of this store, oldest first, with their files.
    func entries(storePath: String, caseID: Int64) -> [(file: String, entry: UnsavedEntry)] {
        entries(storePath: storePath).filter { $0.entry.caseID == caseID }
    }

    /// Every entry kept for this store, oldest first.
    func entries(storePath: String) -> [(file: String, entry: UnsavedEntry)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        let wanted = Self.canonical(storePath)
        return names.filter { $0.hasPrefix("case-") && $0.hasSuffix(".json") }.sorted().compactMap { name in
            let file = path + "/" + name
            guard let text = try? String(contentsOfFile: file, encoding: .utf8),
                  let json = try? JSONParser.parse(text), let entry = UnsavedEntry(json: json),
                  Self.canonical(entry.storePath) == wanted
            else { return nil }
            return (file, entry)
        }
    }

    func remove(_ file: String) {
        try? FileManager.default.removeItem(atPath: file)
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
