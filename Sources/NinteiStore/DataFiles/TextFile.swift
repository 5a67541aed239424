import Foundation
import NinteiCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file as UTF-8 text, with errors that name the file. Only a regular file is
/// read (a FIFO would block, `/dev/zero` never ends), and only up to a size limit, both judged
/// by `stat` before the file is opened and again on the open descriptor.
public enum TextFile {
    /// The largest data file (checklist, reference figures, settings) read; the shipped ones
    /// are under 100 KB. Application documents have their own, smaller limit.
    public static let dataFileLimit = 16 * 1_048_576

    public static func read(_ path: String, limit: Int = dataFileLimit) throws(DataFileError) -> String {
        let data = try bytes(path, limit: limit)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DataFileError(file: path, problem: .notUTF8)
        }
        return text
    }

    /// The file's bytes, or why not: missing, a folder, not a regular file, larger than
    /// `limit`, or unreadable (with the system's reason).
    static func bytes(_ path: String, limit: Int) throws(DataFileError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DataFileError(file: path, problem: errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        try checkKind(path, info, limit: limit)
        // O_NONBLOCK: should the file be swapped for a FIFO after the stat, the open does not wait
        // for a writer; the descriptor is judged again below.
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DataFileError(file: path, problem: errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        defer { Glibc.close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw DataFileError(file: path, problem: .unreadable(String(cString: strerror(errno)))) }
        try checkKind(path, info, limit: limit)
        var result = [UInt8]()
        result.reserveCapacity(Int(info.st_size))
        // A chunk the size of the file (and one byte to see its end), up to 64 KiB: zeroing
        // 64 KiB for each 3 KB document was a tenth of reading it.
        var chunk = [UInt8](repeating: 0, count: min(65_536, max(4_096, Int(info.st_size) + 1)))
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DataFileError(file: path, problem: .unreadable(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            result += chunk[0..<count]
            // A file that grows while it is read is judged by what was read.
            if result.count > limit { throw DataFileError(file: path, problem: .tooLarge(bytes: result.count, limit: limit)) }
        }
        return result
    }

    private static func checkKind(_ path: String, _ info: stat, limit: Int) throws(DataFileError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw DataFileError(file: path, problem: .isAFolder)
        default: throw DataFileError(file: path, problem: .notARegularFile)
        }
        if Int(info.st_size) > limit { throw DataFileError(file: path, problem: .tooLarge(bytes: Int(info.st_size), limit: limit)) }
    }

    /// Reads a file and decodes its text; a decoding error is reported with the file's name.
    static func decode<Value>(_ path: String, limit: Int = dataFileLimit, _ decode: (String) throws(DocumentReadError) -> Value) throws(DataFileError) -> Value {
        let text = try read(path, limit: limit)
        do {
            return try decode(text)
        } catch {
            throw DataFileError(file: path, problem: .invalid(error))
        }
    }
}
