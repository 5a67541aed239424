import Foundation
import Testing

/// Runs the real `nintei` binary, as a user would from a shell.
@Suite("nintei evaluate, the real binary")
struct EvaluateCommandTests {
    @Test("evaluating the shipped example prints the report and exits 0")
    func evaluatesExample() throws {
        let result = try Binary.run(["evaluate", "data/examples/sakura-seiko.json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("株式会社さくら精工（カブシキガイシャサクラセイコウ）"))
        #expect(result.standardOutput.contains("結果: 認定基準を満たしています"))
    }

    @Test("--lang en and --json")
    func englishJSON() throws {
        let result = try Binary.run(["evaluate", "--json", "--lang", "en", "data/examples/midori-kensetsu.json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains(#""qualifies": false"#))
        #expect(result.standardOutput.contains(#""code": "declaration-missing""#))
        #expect(result.standardOutput.contains("the firm cannot qualify"))
    }

    @Test("a file that is not JSON exits non-zero with the file, line and column")
    func notJSON() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-e2e-\(UUID().uuidString).json")
        try #"{"format": "nintei-application/1" "checklist": "asaka-2023"}"#.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Binary.run(["evaluate", "--lang", "en", file.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "nintei: \(file.path): line 1, column 35: not valid JSON: expected ',' or '}'\n")
    }

    @Test("a bad --lang is a usage error that says what is allowed")
    func badLanguage() throws {
        let result = try Binary.run(["evaluate", "--lang", "fr", "data/examples/sakura-seiko.json"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--lang must be ja or en"))
    }

    @Test("nintei checklists lists the shipped versions")
    func checklists() throws {
        let result = try Binary.run(["checklists", "--lang", "en"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("asaka-2023"))
        #expect(result.standardOutput.contains("asaka-points"))
    }
}
