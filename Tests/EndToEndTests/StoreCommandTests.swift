import Foundation
@testable import NinteiApp
import Testing

/// The store commands of the real binary, several processes at once, and a killed import.
@Suite("The store from the command line")
struct StoreCommandTests {
    /// A fresh store whose creator (this OS login) is also an officer.
    final class Workspace {
        let folder: URL
        var db: String { folder.appendingPathComponent("nintei.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
            #expect(try run(["init"]).status == 0)
            #expect(try run(["user", "add", login, "officer"]).status == 0)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func run(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--db", db])
        }

        /// `count` copies of shipped examples with firm names distinct from every other call's
        /// too (an import skips a file whose bytes it has imported before).
        func documents(_ count: Int, of names: [String] = ["sakura-seiko", "midori-kensetsu", "kappo-asaka"]) throws -> [String] {
            let examples = names.map {
                Binary.repository.appendingPathComponent("data/examples/\($0).json").path
            }
            let tag = UUID().uuidString.prefix(6)
            let folder = self.folder.appendingPathComponent("documents-\(tag)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try (0..<count).map { index in
                let text = try String(contentsOfFile: examples[index % examples.count], encoding: .utf8)
                    .replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"\(tag)-\(index)番 ")
                let file = folder.appendingPathComponent("doc-\(index).json").path
                try text.write(toFile: file, atomically: true, encoding: .utf8)
                return file
            }
        }

        /// Starts `nintei import` on these files in a process of its own.
        func startImport(_ files: [String]) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["import", "--db", db] + files
            process.currentDirectoryURL = Binary.repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        func caseCount() throws -> Int {
            let output = try run(["cases", "--lang", "en"]).standardOutput
            let footer = output.split(separator: "\n").last.map(String.init) ?? ""
            return Int(footer.split(separator: " ").first ?? "") ?? -1
        }
    }

    @Test("init, import, cases, export and import again give the same documents")
    func roundTrip() throws {
        let workspace = try Workspace()
        let imported = try workspace.run(["import", "data/examples/sakura-seiko.json", "data/examples/kappo-asaka.json"])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("取り込み 2件、拒否 0件"))
        let listed = try workspace.run(["cases"])
        #expect(listed.standardOutput.contains("株式会社さくら精工"))

        let out = workspace.folder.appendingPathComponent("export").path
        #expect(try workspace.run(["export", "--all", "--out", out]).status == 0)
        let exported = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(exported == ["case-1.json", "case-2.json"])
        let original = try Binary.run(["evaluate", "--json", "data/examples/kappo-asaka.json"]).standardOutput
        let again = try Binary.run(["evaluate", "--json", out + "/case-2.json"]).standardOutput
        #expect(original.replacingOccurrences(of: "data/examples/kappo-asaka.json", with: "") == again.replacingOccurrences(of: out + "/case-2.json", with: ""))

        #expect(try workspace.run(["import", out + "/case-1.json", out + "/case-2.json"]).status == 0)
        let first = try workspace.run(["export", "1"]).standardOutput
        let third = try workspace.run(["export", "3"]).standardOutput
        #expect(first == third, "export → import → export gives the same document")
    }

    @Test("CSV export starts with a BOM and keeps Japanese intact")
    func csv() throws {
        let workspace = try Workspace()
        _ = try workspace.run(["import", "data/examples/sakura-seiko.json"])
        let result = try workspace.run(["export", "--all", "--format", "csv"])
        #expect(result.status == 0)
        let bytes = Array(result.standardOutput.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = result.standardOutput.components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("1,draft,new,asaka-2023,2023-07-14,株式会社さくら精工,カブシキガイシャサクラセイコウ,"))
    }

    @Test("a refused file is named, the others are imported, nothing of the refused one is written")
    func partialImport() throws {
        let workspace = try Workspace()
        let bad = workspace.folder.appendingPathComponent("bad.json").path
        try #"{"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "x"}, "answers": {"1-1": {"mark": "na"}}}"#
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try workspace.run(["import", "--lang", "en", "data/examples/sakura-seiko.json", bad])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("1 imported, 1 refused"))
        #expect(result.standardError.contains("\(bad): answers.1-1.mark: item 1-1 does not allow \"-\""))
        #expect(try workspace.caseCount() == 1)
    }

    @Test("8 processes importing at once lose nothing")
    func concurrentWriters() throws {
        let workspace = try Workspace()
        let batches = try (0..<8).map { _ in try workspace.documents(10) }
        let processes = try batches.map { try workspace.startImport($0) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try workspace.caseCount() == 80)
        let check = try workspace.run(["check", "--lang", "en"])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("integrity ok, audit log of 82 events ok"))
    }

    @Test("a bulk import killed with SIGKILL leaves the store intact, every committed case whole")
    func killedImport() throws {
        let workspace = try Workspace()
        let batch = StoreCommands.importBatch
        let files = try workspace.documents(5 * batch)
        let process = try workspace.startImport(files)
        // Killed once its first batch is committed: before that there is nothing to lose.
        let committed = eventually { !process.isRunning || ((try? StoreFile.caseCount(workspace.db)) ?? 0) > 0 }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard committed, process.terminationReason == .uncaughtSignal else {
            Issue.record(committed
                ? "the import ended by itself (status \(process.terminationStatus)) before it could be killed"
                : "the import committed no case in \(Int(patience)) s")
            return
        }

        let count = try StoreFile.caseCount(workspace.db)
        #expect(count > 0 && count < files.count && count % batch == 0,
                "killed after \(count) of \(files.count) cases: a killed import keeps whole batches of \(batch)")
        let check = try workspace.run(["check", "--lang", "en"])
        #expect(check.status == 0, "\(check.standardError)")
        // Every committed case has its audit event and exports as a whole document; none is half there.
        #expect(check.standardOutput.contains("audit log of \(count + 2) events ok"), "\(check.standardOutput)")
        let last = try workspace.run(["export", String(count)])
        #expect(last.status == 0, "\(last.standardError)")
        #expect(last.standardOutput.contains("\"answers\""))
        #expect(try workspace.run(["export", String(count + 1)]).status != 0, "no case beyond the committed ones")
    }
}
