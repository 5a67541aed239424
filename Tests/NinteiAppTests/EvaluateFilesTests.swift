import Foundation
import NinteiApp
import NinteiCore
import NinteiTerminal
import Testing

@Suite("nintei evaluate, in process")
struct EvaluateFilesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = repository.appendingPathComponent("data").path
    static let today = LocalDate(year: 2023, month: 12, day: 1)!

    func example(_ name: String) -> String {
        Self.repository.appendingPathComponent("data/examples/\(name).json").path
    }

    func evaluate(_ files: [String], json: Bool = false, language: Language = .ja) -> CommandOutcome {
        EvaluateFiles.run(files: files, json: json, language: language, dataPath: Self.data, today: Self.today)
    }

    @Test("the Japanese report lines up its section table by display width")
    func japaneseTableAligned() {
        let outcome = evaluate([example("sakura-seiko")])
        #expect(outcome.exitCode == 0)
        #expect(outcome.errors.isEmpty)
        let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("  節") }) else {
            Issue.record("no section table in\n\(outcome.output)")
            return
        }
        let tableRows = Array(lines[header...(header + 7)])
        // The 判定 column starts at the same terminal column on every row.
        let verdictColumns = tableRows.map { row -> Int in
            let verdict = ["判定", "不合格", "合格"].compactMap { row.range(of: $0) }.first!
            return DisplayWidth.of(row[..<verdict.lowerBound])
        }
        #expect(Set(verdictColumns).count == 1, "\(tableRows.joined(separator: "\n"))")
        #expect(tableRows[1].hasPrefix("  1 経営者の理念表明と推進体制"))
        #expect(outcome.output.contains("結果: 認定基準を満たしています（合格 4節／必要 3節）"))
        #expect(outcome.output.contains("所見（1件）"))
        #expect(outcome.output.contains("3-1  leave-no-reference"))
        #expect(outcome.output.contains("  ・長時間労働の抑制に力を入れている"))
    }

    @Test("the English report names the result and the missing declaration")
    func englishReport() {
        let outcome = evaluate([example("midori-kensetsu")], language: .en)
        #expect(outcome.exitCode == 0)
        #expect(outcome.output.contains("Result: does not meet the certification rule (4 sections passed, 3 needed; not declared: Complies with labour law"))
        #expect(outcome.output.contains("Findings (7)"))
        #expect(outcome.output.contains("profile  declaration-missing"))
    }

    @Test("--json prints the INTERCHANGE shape; several files give an array")
    func jsonShape() throws {
        let one = evaluate([example("kappo-asaka")], json: true)
        guard case .object(let members) = try JSONParser.parse(one.output) else {
            Issue.record("expected an object")
            return
        }
        let keys = members.map(\.key)
        for key in ["checklist", "qualifies", "sectionsPassed", "sections", "findings", "strengths"] {
            #expect(keys.contains(key), "\(key)")
        }
        let value = JSONValue.object(members)
        #expect(value.member("sectionsPassed") == .array([.string("1"), .string("3"), .string("4"), .string("6")]))
        #expect(value.member("qualifies") == .bool(true))

        let several = evaluate([example("kappo-asaka"), example("sakura-seiko")], json: true)
        guard case .array(let results) = try JSONParser.parse(several.output) else {
            Issue.record("expected an array")
            return
        }
        #expect(results.count == 2)
    }

    @Test("a refused document is named with its key path, the others are still evaluated, and the exit code is 1")
    func refusedDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json").path
        let text = try String(contentsOfFile: example("sakura-seiko"), encoding: .utf8)
            .replacingOccurrences(of: #""options": ["a", "other"]"#, with: #""options": ["a", "e"]"#)
        try text.write(toFile: bad, atomically: true, encoding: .utf8)

        let outcome = evaluate([bad, example("kappo-asaka")])
        #expect(outcome.exitCode == 1)
        #expect(outcome.errors == ["\(bad): answers.2-3.options[1]: 選択肢「e」は項目 2-3 にありません（a, b, c, other）"])
        #expect(outcome.output.contains("割烹 あさか亭"))

        let missing = evaluate([folder.appendingPathComponent("none.json").path], language: .en)
        #expect(missing.exitCode == 1)
        #expect(missing.errors.first?.hasSuffix("none.json: no such file") == true)
    }

    @Test("a broken data folder is exit code 2 with the file named")
    func brokenData() {
        let outcome = EvaluateFiles.run(files: [example("sakura-seiko")], json: false, language: .en, dataPath: "/nonexistent", today: Self.today)
        #expect(outcome.exitCode == 2)
        #expect(outcome.errors == ["/nonexistent: is not a data folder (it has no checklists/)"])
    }
}

extension JSONValue {
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}
