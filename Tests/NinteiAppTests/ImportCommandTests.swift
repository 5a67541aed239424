import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import Testing

/// Issue 19, part 4 at command level: `importFiles` skips files it imported before, naming
/// each, and reports each batch once it has committed.
@Suite("nintei import: safe to run again, reporting as it commits")
struct ImportCommandTests {
    /// `count` copies of the examples with distinct firm names, in the office's folder.
    func documents(_ office: FormTestOffice, _ count: Int) throws -> [String] {
        let examples = try ["sakura-seiko", "midori-kensetsu", "kappo-asaka"].map {
            try String(contentsOfFile: Binary.dataPath + "/examples/\($0).json", encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: office.folder, withIntermediateDirectories: true)
        return try (0..<count).map { index in
            let file = office.folder.appendingPathComponent("doc-\(index).json").path
            try examples[index % examples.count].replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"\(index)番 ")
                .write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
    }

    @Test("importing the same files again creates no case and names each file as already imported, with its case")
    func importTwice() throws {
        let office = try FormTestOffice()
        let files = try documents(office, 3)
        let japanese = StoreCommands(language: .ja, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))
        let first = japanese.importFiles(files)
        #expect(first.exitCode == 0, "\(first.errors)")
        #expect(first.output.contains("取り込み: \(files[2]) → 案件 3"))

        let again = japanese.importFiles(files)
        #expect(again.exitCode == 0, "\(again.errors)")
        for (index, file) in files.enumerated() {
            #expect(again.output.contains("既に取り込み済み: \(file)（案件 \(index + 1)）"), "\(again.output)")
        }
        #expect(again.output.hasSuffix("取り込み 0件、拒否 0件、取り込み済み 3件\n"), "\(again.output)")
        #expect(try office.store("yamada").caseIDs() == [1, 2, 3])

        let english = StoreCommands(language: .en, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))
        let more = try documents(office, 4)  // the first three rewritten with the same bytes, one new
        let mixed = english.importFiles(more)
        #expect(mixed.output.contains("already imported: \(more[0]) (case 1)"))
        #expect(mixed.output.contains("imported: \(more[3]) → case 4"))
        #expect(mixed.output.hasSuffix("1 imported, 0 refused, 3 already imported\n"), "\(mixed.output)")
    }

    @Test("a folder imports the documents in it by name, passing over other files; a folder without any is refused by name")
    func importFolder() throws {
        let office = try FormTestOffice()
        let scans = office.folder.appendingPathComponent("scans")
        try FileManager.default.createDirectory(at: scans, withIntermediateDirectories: true)
        for (index, file) in try documents(office, 3).enumerated().reversed() {
            try FileManager.default.moveItem(atPath: file, toPath: scans.appendingPathComponent("scan-\(index).json").path)
        }
        try "not an application".write(to: scans.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)
        let empty = office.folder.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)

        let commands = StoreCommands(language: .ja, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))
        let outcome = commands.importFiles([scans.path, empty])
        for index in 0..<3 {
            #expect(outcome.output.contains("取り込み: \(scans.path)/scan-\(index).json → 案件 \(index + 1)"), "\(outcome.output)")
        }
        #expect(!outcome.output.contains("readme.txt"))
        #expect(outcome.errors == ["\(empty): このフォルダーに申請書（*.json）がありません"])
        #expect(outcome.output.hasSuffix("取り込み 3件、拒否 1件、取り込み済み 0件\n"), "\(outcome.output)")
        #expect(outcome.exitCode == 1)
        #expect(try office.store("yamada").caseIDs() == [1, 2, 3])
    }

    @Test("each batch's lines are reported once it has committed, before the import ends; the outcome keeps only the summary")
    func reportsEachBatchAsItCommits() throws {
        let office = try FormTestOffice()
        var files = try documents(office, 5)
        let bad = office.folder.appendingPathComponent("bad.json").path
        try #"{"format": "nintei-application/1"}"#.write(toFile: bad, atomically: true, encoding: .utf8)
        files.insert(bad, at: 3)
        let commands = StoreCommands(language: .en, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))
        let observer = try office.store("suzuki")
        var reports: [(output: String, errors: [String], casesStored: Int)] = []
        let outcome = commands.importFiles(files, batchSize: 2, report: { output, errors in
            // What the store holds, seen from another connection, while the import is still running.
            reports.append((output: output, errors: errors, casesStored: (try? observer.caseIDs().count) ?? -1))
        })
        #expect(reports.count == 3)
        #expect(reports.map(\.casesStored) == [2, 3, 5], "each report comes after its batch committed")
        #expect(reports[0].output == "imported: \(files[0]) → case 1\nimported: \(files[1]) → case 2\n")
        #expect(reports[1].errors.count == 1 && reports[1].errors[0].hasPrefix("\(bad): "), "\(reports[1].errors)")
        #expect(outcome.output == "5 imported, 1 refused, 0 already imported\n")
        #expect(outcome.errors.isEmpty, "the refusal was reported with its batch")
        #expect(outcome.exitCode == 1)
    }

    @Test("a batch read and evaluated on two threads keeps the files' order: cases numbered in it, a bad file refused alone naming its file and field, each case's audit event holding what was stored and who imported it, the search finding each")
    func batchOnTwoThreads() throws {
        let office = try FormTestOffice()
        var files = try documents(office, 130)  // one batch, above the size that takes a second thread
        let bad = office.folder.appendingPathComponent("bad.json").path
        let example = try String(contentsOfFile: Binary.dataPath + "/examples/sakura-seiko.json", encoding: .utf8)
        try example.replacingOccurrences(of: "\"kind\": \"new\"", with: "\"kind\": \"old\"").write(toFile: bad, atomically: true, encoding: .utf8)
        files.insert(bad, at: 100)  // in the second thread's half
        let commands = StoreCommands(language: .en, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))
        let outcome = commands.importFiles(files)
        #expect(outcome.exitCode == 1)
        #expect(outcome.errors.count == 1 && outcome.errors[0].hasPrefix("\(bad): ") && outcome.errors[0].contains("kind"), "\(outcome.errors)")
        #expect(outcome.output.hasSuffix("130 imported, 1 refused, 0 already imported\n"), "\(outcome.output)")
        #expect(outcome.output.contains("imported: \(files[99]) → case 100\nimported: \(files[101]) → case 101\n"), "\(outcome.output)")

        let store = try office.store("yamada")
        #expect(try store.caseIDs() == Array(1...130))
        for id in [1, 64, 65, 100, 130] as [Int64] {
            let snapshot = try store.loadCase(id)
            #expect(snapshot.document.firm.name.hasPrefix("\(id - 1)番 "), "case \(id): \(snapshot.document.firm.name)")
            let stored = ApplicationWriter.text(snapshot.document, checklist: FormTestOffice.library.checklist(snapshot.document.checklistID)!)
            let events = try store.auditEvents(caseID: id).filter { $0.action == "case.create" }
            #expect(events.count == 1 && events[0].after == stored && events[0].login == "yamada", "case \(id)")
            #expect(try store.casePage(CaseListQuery(search: snapshot.document.firm.name), offset: 0, limit: 200).map(\.id).contains(id))
        }
    }
}
