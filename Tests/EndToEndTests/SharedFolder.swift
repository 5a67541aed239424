import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder under /tmp that every login can enter, with the built binary and the data
/// folder copied in, for tests that run `nintei` as another OS login: such a login cannot reach
/// the checkout when any folder above it is private (a clone in `mktemp -d`, a home folder).
/// Under /tmp itself, not `$TMPDIR`, which may be private too; the modes are set explicitly, so
/// the umask of whoever runs the tests does not decide them.
final class SharedFolder {
    let url: URL
    var path: String { url.path }
    var binary: String { url.appendingPathComponent("nintei").path }
    var data: String { url.appendingPathComponent("data").path }

    /// `writableByEveryone`: other logins may also create files in it (a store they write, its
    /// WAL files); otherwise they may only read and run what is in it.
    init(_ name: String, writableByEveryone: Bool) throws {
        url = URL(fileURLWithPath: "/tmp").appendingPathComponent("nintei-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        try Self.copyClosingOnExec(Binary.path, to: binary)
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("data"), to: URL(fileURLWithPath: data))
        Self.setModes(under: data, folders: 0o755, files: 0o644)
        chmod(binary, 0o755)
        chmod(path, writableByEveryone ? 0o777 : 0o755)
    }

    /// Copies the binary with descriptors no child inherits. Suites run in parallel: a process
    /// another suite starts while the copy is open for writing (tmux's server lives on) would
    /// keep it open, and running the copy would fail with "Text file busy".
    static func copyClosingOnExec(_ source: String, to target: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: source]) }
        defer { close(input) }
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard output >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: target]) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = read(input, &buffer, buffer.count)
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: source])
            }
            var written = 0
            while written < count {
                let step = buffer[written..<count].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
                if step < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target])
                }
                written += step
            }
        }
    }

    /// Tests may have made parts of the folder read-only; removing it must not depend on that.
    deinit {
        Self.setModes(under: path, folders: 0o755, files: nil)
        try? FileManager.default.removeItem(at: url)
    }

    private static func setModes(under root: String, folders: mode_t, files: mode_t?) {
        chmod(root, folders)
        for relative in FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [] {
            let item = root + "/" + relative
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: item, isDirectory: &isFolder)
            if isFolder.boolValue {
                chmod(item, folders)
            } else if let files {
                chmod(item, files)
            }
        }
    }
}
