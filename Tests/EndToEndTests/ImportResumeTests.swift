import Foundation
import Testing

/// Issue 19, part 4 with the real binary: an import killed with SIGKILL has printed every batch
/// it committed, and running it again imports the rest without a single duplicate.
@Suite("A killed import, run again")
struct ImportResumeTests {
    @Test("killed after its first batch is reported: every reported case is stored, and the re-run skips exactly the stored files")
    func killedAndRunAgain() throws {
        let workspace = try StoreCommandTests.Workspace()
        let files = try workspace.documents(2500)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["import", "--lang", "en", "--db", workspace.db] + files
        process.currentDirectoryURL = Binary.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Read what it prints as it prints it; kill it as soon as a batch has been reported.
        var printed = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }  // it ended without reporting anything before its end
            printed += chunk
            if String(decoding: printed, as: UTF8.self).contains("→ case ") {
                kill(process.processIdentifier, SIGKILL)
                break
            }
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the import reported a batch only when it had ended")
        printed += reader.readDataToEndOfFile()

        let reported = String(decoding: printed, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("imported: ") }
        let stored = try cases(in: workspace)
        #expect(reported.count > 0)
        #expect(stored >= reported.count, "every reported case is in the store")
        #expect(stored - reported.count <= 500, "at most the batch being printed when it was killed is unreported")

        let again = try workspace.run(["import", "--lang", "en"] + files)
        #expect(again.status == 0, "\(again.standardError.prefix(500))")
        let lines = again.standardOutput.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("already imported: ") }.count == stored)
        #expect(lines.filter { $0.hasPrefix("imported: ") }.count == files.count - stored)
        #expect(lines.last.map(String.init) == "\(files.count - stored) imported, 0 refused, \(stored) already imported")
        #expect(try cases(in: workspace) == files.count, "no file was imported twice")
    }

    /// The cases in the store, counted by `check` (one audit event each, beside the two of
    /// `init` and `user add`); `nintei cases` lists a thousand at most.
    func cases(in workspace: StoreCommandTests.Workspace) throws -> Int {
        let check = try workspace.run(["check", "--lang", "en"])
        #expect(check.status == 0, "\(check.standardError)")
        guard let range = check.standardOutput.range(of: #"audit log of (\d+) events"#, options: .regularExpression) else { return -1 }
        return (Int(check.standardOutput[range].split(separator: " ")[3]) ?? -1) - 2
    }
}
