import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The POSIX locks the kernel holds for processes on one file, read from /proc/locks: what a
/// test checks to know that SQLite's locks on a store file are still held.
public enum FileLocks {
    /// How many POSIX locks (of `kind`, "READ" or "WRITE", or any when nil) the processes
    /// `pids` hold on the file at `path`; 0 when the file or /proc/locks cannot be read.
    public static func count(on path: String, heldBy pids: Set<String>, kind: String? = nil) -> Int {
        var status = stat()
        guard stat(path, &status) == 0, let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return 0 }
        return text.split(separator: "\n").filter { line in
            // "1: POSIX  ADVISORY  READ 1234 08:01:56789 1073741826 1073742335"
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "POSIX", pids.contains(String(fields[4])) else { return false }
            if let kind, fields[3] != kind { return false }
            return fields[5].split(separator: ":").last.flatMap { UInt64($0) } == UInt64(status.st_ino)
        }.count
    }
}
