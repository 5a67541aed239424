import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import Testing

/// Issue 18, part 2 at command level: `nintei export --all --format csv` writes the rows as the
/// store reads them, into the file or to standard output, the same bytes as the CSV built in memory.
@Suite("nintei export --format csv: streamed")
struct ExportCommandTests {
    @Test("into a folder, to the report and as the outcome's text: the bytes of the in-memory CSV")
    func streamed() throws {
        let office = try FormTestOffice()
        let store = try office.store("yamada")
        let example = try ApplicationFile.read(Binary.dataPath + "/examples/sakura-seiko.json", checklists: try DataDirectory(path: Binary.dataPath).loadChecklists())
        _ = try store.createCases((0..<300).map { index in
            var document = example
            document.firm.name = "\(index)番, \"株式会社\""
            return (document, CaseStatus.draft)
        })
        let expected = try store.exportCSV(try store.caseIDs())
        let commands = StoreCommands(language: .en, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))

        let folder = office.folder.appendingPathComponent("out").path
        let written = commands.export(ids: [], all: true, csv: true, outputFolder: folder)
        #expect(written.exitCode == 0, "\(written.errors)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/nintei-cases.csv"))
        #expect(bytes == Data(expected.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["nintei-cases.csv"], "no partial file is left")

        var reported = ""
        let printed = commands.export(ids: [], all: true, csv: true, outputFolder: nil, report: { output, _ in reported += output })
        #expect(printed.output.isEmpty)
        #expect(Data(reported.utf8) == Data(expected.utf8))
        #expect(Data(commands.export(ids: [3, 1], all: false, csv: true, outputFolder: nil).output.utf8) == Data(try store.exportCSV([3, 1]).utf8))
    }
}
