import Foundation
import NinteiCore
import NinteiStore
import Testing

@Suite("Finding the data folder and reading files")
struct DataFilesTests {
    static let repositoryData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("--data wins over NINTEI_DATA; a folder without checklists/ is refused by name")
    func explicitFolder() throws {
        let found = try DataDirectory.locate(explicit: Self.repositoryData, environment: ["NINTEI_DATA": "/elsewhere"])
        #expect(found.path == Self.repositoryData)
        #expect(throws: DataFileError.self) { try DataDirectory.locate(explicit: "/nonexistent", environment: [:]) }
        do {
            _ = try DataDirectory.locate(explicit: nil, environment: ["NINTEI_DATA": "/nonexistent"])
            Issue.record("a wrong NINTEI_DATA must be refused, not ignored")
        } catch {
            #expect(error.text(.ja) == "/nonexistent: データフォルダではありません（checklists/ がありません）")
        }
    }

    @Test("without --data or NINTEI_DATA the repository's data/ is found")
    func foundByWalkingUp() throws {
        let found = try DataDirectory.locate(explicit: nil, environment: [:])
        #expect(DataDirectory(path: found.path).checklistsPath.hasSuffix("data/checklists"))
        #expect(try found.loadChecklists().ids.contains("asaka-2023"))
    }

    @Test("an empty checklists folder, and two files with the same id, are refused")
    func badChecklistFolders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("checklists"), withIntermediateDirectories: true)
        #expect(throws: DataFileError.self) { try DataDirectory(path: folder.path).loadChecklists() }

        let original = Self.repositoryData + "/checklists/asaka-2023.json"
        for name in ["a.json", "b.json"] {
            try FileManager.default.copyItem(atPath: original, toPath: folder.appendingPathComponent("checklists/\(name)").path)
        }
        do {
            _ = try DataDirectory(path: folder.path).loadChecklists()
            Issue.record("a duplicate id must be refused")
        } catch {
            #expect(error.text(.en).hasSuffix("checklists/b.json: the id \"asaka-2023\" is already used by another file (朝霞市ワーク・ライフ・グッドバランス企業認定制度チェックシート)"))
        }
    }

    @Test("a document that is missing, a folder, or not UTF-8 is named with what is wrong")
    func unreadableDocuments() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try DataDirectory(path: Self.repositoryData).loadChecklists()
        let shiftJIS = folder.appendingPathComponent("sjis.json")
        try Data([0x7B, 0x22, 0x82, 0xA0, 0x22, 0x7D]).write(to: shiftJIS)  // {"あ"} in Shift_JIS

        let cases: [(String, String)] = [
            (folder.appendingPathComponent("none.json").path, "no such file"),
            (folder.path, "is a folder, not a file"),
            (shiftJIS.path, "is not UTF-8 text"),
        ]
        for (path, problem) in cases {
            do {
                _ = try ApplicationFile.read(path, checklists: library)
                Issue.record("\(path) must be refused")
            } catch {
                #expect(error.text(.en).hasPrefix("\(path): \(problem)"), "\(error.text(.en))")
            }
        }
    }

    @Test("a UTF-8 byte order mark, as Excel and Notepad write, is accepted")
    func byteOrderMark() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try DataDirectory(path: Self.repositoryData).loadChecklists()
        let file = folder.appendingPathComponent("bom.json")
        let text = #"{"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "株式会社ビーオーエム"}}"#
        try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: file)
        #expect(try ApplicationFile.read(file.path, checklists: library).firm.name == "株式会社ビーオーエム")
    }
}
