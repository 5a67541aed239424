import Foundation
import NinteiCore
import NinteiStore
import Testing

@Suite("Checking a checklist version when it loads")
struct ChecklistSchemaTests {
    /// The shipped 2023 form with one fragment replaced, loaded from a data folder of its own.
    func loadError(replacing from: String, with to: String) throws -> String? {
        let original = try String(contentsOfFile: Fixtures.dataDirectory.checklistsPath + "/asaka-2023.json", encoding: .utf8)
        guard original.contains(from) else {
            Issue.record("the fragment \(from) is not in asaka-2023.json")
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("checklists"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try original.replacingOccurrences(of: from, with: to)
            .write(to: folder.appendingPathComponent("checklists/broken.json"), atomically: true, encoding: .utf8)
        do {
            _ = try DataDirectory(path: folder.path).loadChecklists()
            return nil
        } catch {
            return error.text(.en).replacingOccurrences(of: folder.path, with: "DATA")
        }
    }

    @Test("the shipped versions load")
    func shippedLoad() {
        #expect(Fixtures.library.checklist("asaka-2023") != nil)
    }

    @Test("a misspelt key is named with its path")
    func unknownKey() throws {
        let error = try loadError(replacing: #""allowsNA": true"#, with: #""allowNA": true"#)
        #expect(error == #"DATA/checklists/broken.json: sections[3].items[2].allowNA: unknown key "allowNA" (check the spelling)"#)
    }

    @Test("an option minimum above the number of choices")
    func badMinimum() throws {
        let error = try loadError(replacing: #""minimum": 1,"#, with: #""minimum": 9,"#)
        #expect(error?.hasPrefix("DATA/checklists/broken.json: sections[1].items[2].evidence[0].minimum: ") == true)
        #expect(error?.contains("between 1 and the 4 choices") == true)
    }

    @Test("option ids must follow the paper order a, b, c … other")
    func badOptionOrder() throws {
        let error = try loadError(replacing: #""id": "b","#, with: #""id": "x","#)
        #expect(error?.contains("sections[1].items[2].evidence[0].choices[1].id") == true)
    }

    @Test("a check that needs evidence the item lacks")
    func checkWithoutEvidence() throws {
        let error = try loadError(replacing: #""leave-industry-average""#, with: #""usage-consistency""#)
        #expect(error?.contains("sections[2].items[0].checks[0]") == true)
        #expect(error?.contains("usage") == true)
    }

    @Test("an unknown scoring method, \"-\" policy or evidence kind")
    func unknownEnumerations() throws {
        #expect(try loadError(replacing: #""method": "perSectionHalf""#, with: #""method": "majority""#)?.contains("scoring.method: unknown scoring method \"majority\"") == true)
        #expect(try loadError(replacing: #""naPolicy": "excludeFromCount""#, with: #""naPolicy": "ignore""#)?.contains("scoring.naPolicy") == true)
        #expect(try loadError(replacing: #""kind": "sdgGoals""#, with: #""kind": "text""#)?.contains("sections[6].items[0].evidence[0].kind") == true)
    }

    @Test("duplicate item ids and points on a per-section form")
    func structure() throws {
        #expect(try loadError(replacing: #""id": "1-2""#, with: #""id": "1-1""#)?.contains("duplicate item id \"1-1\"") == true)
        #expect(try loadError(replacing: #""id": "7-2","#, with: #""id": "7-2", "points": 3,"#)?.contains("sections[6].items[1].points: points belongs to the points method only") == true)
    }

    @Test("a file that is not JSON is named with line and column")
    func notJSON() throws {
        let error = try loadError(replacing: #""schema": "nintei-checklist/1","#, with: #""schema": "nintei-checklist/1""#)
        #expect(error?.hasPrefix("DATA/checklists/broken.json: line 3, column 3: not valid JSON") == true)
    }
}
