import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The data folder is found beside the program, never from the current folder or argv[0]: a
/// `data/` folder planted where someone runs `nintei` does not change the rules they apply.
@Suite("Where the data folder comes from")
struct DataFolderLookupTests {
    @Test("a program with no data beside it, run in a folder holding a planted data/, refuses rather than use it")
    func plantedDataIsNotUsed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-lookup-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("opt/bin")
        let planted = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: planted, withIntermediateDirectories: true)
        try SharedFolder.copyClosingOnExec(Binary.path, to: bin.appendingPathComponent("nintei").path)
        try FileManager.default.copyItem(
            at: Binary.repository.appendingPathComponent("data"), to: planted.appendingPathComponent("data"))

        // Run by name from PATH, so argv[0] is the bare name, in the planted folder.
        let result = try Binary.run(
            ["checklists", "--lang", "en"], environment: ["PATH": bin.path + ":/usr/bin:/bin", "NINTEI_DATA": ""],
            command: ["/usr/bin/env", "nintei"], in: planted)
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot find the data folder"), "\(result.standardError)")
    }
}
