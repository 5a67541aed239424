import Foundation

/// The built `nintei` binary, run from the repository root.
enum Binary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `nintei` sits beside the test bundle in the build folder; `NINTEI_BIN` overrides.
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["NINTEI_BIN"] { return explicit }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("nintei").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/nintei").path
    }

    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `nintei` with `arguments` and collects what it writes. `command` is how to start
    /// it: the built binary, or e.g. runuser with a copy another login can reach.
    static func run(_ arguments: [String], environment: [String: String] = [:], command: [String]? = nil, in directory: URL = repository) throws -> Result {
        let command = command ?? [path]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged["LANG"] = "C.UTF-8"
        merged.removeValue(forKey: "LC_ALL")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both pipes are read at once: a child that fills one while we wait on the other would
        // block for ever (an import refusing hundreds of files writes more than a pipe holds).
        let errorHandle = error.fileHandleForReading
        let collected = ErrorOutput()
        let reader = Thread {
            collected.data = errorHandle.readDataToEndOfFile()
            collected.done.signal()
        }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        collected.done.wait()
        let errorData = collected.data
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

/// What a child wrote to standard error, read on a thread of its own.
private final class ErrorOutput: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
