import Foundation
import Testing

/// Issue 19, part 7: a command on several cases tries every one, reports each success and
/// names each refusal with its case number and reason.
@Suite("Commands on several cases")
struct SubmitCommandTests {
    /// A store with four drafts; case 3 lacks the law declaration.
    func workspace() throws -> StoreCommandTests.Workspace {
        let workspace = try StoreCommandTests.Workspace()
        let files = try workspace.documents(4, of: ["sakura-seiko"])
        let third = try String(contentsOfFile: files[2], encoding: .utf8)
        try third.replacingOccurrences(of: #""lawCompliance": true"#, with: #""lawCompliance": false"#).write(toFile: files[2], atomically: true, encoding: .utf8)
        let imported = try workspace.run(["import"] + files)
        #expect(imported.status == 0, "\(imported.standardError)")
        return workspace
    }

    @Test("submit 1 2 3 4 with case 3 lacking the law declaration: 1, 2 and 4 are submitted and reported, case 3 is named with why; exit 1")
    func submitEveryCase() throws {
        let workspace = try workspace()
        let result = try workspace.run(["submit", "1", "2", "3", "4", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.standardOutput == "Case 1: now submitted\nCase 2: now submitted\nCase 4: now submitted\n")
        #expect(result.standardError.hasPrefix("nintei: case 3: Before it can be submitted, fill in: Complies with labour law"), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
        let listed = try workspace.run(["cases", "--status", "submitted", "--lang", "en"]).standardOutput
        #expect(listed.hasSuffix("3 cases\n"), "\(listed)")

        let japanese = try workspace.run(["submit", "3", "9"])
        #expect(japanese.status == 1)
        #expect(japanese.standardError.contains("nintei: 案件 3: 提出するには次の入力が必要です: 関係法令"), "\(japanese.standardError)")
        #expect(japanese.standardError.contains("nintei: 案件 9 はありません"), "\(japanese.standardError)")
    }

    @Test("an agenda that would take a draft is refused whole, naming the case, and says nothing was added")
    func agendaNamesTheCase() throws {
        let workspace = try workspace()
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try workspace.run(["user", "add", login, "chair"]).status == 0)
        _ = try workspace.run(["submit", "1", "2"])
        #expect(try workspace.run(["meeting", "create", "--date", "2026-12-01", "--place", "市役所"]).status == 0)
        let result = try workspace.run(["meeting", "add", "1", "1", "3", "2", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("case 3: only a submitted case or one in review can go on an agenda"), "\(result.standardError)")
        #expect(result.standardError.contains("nothing was put on the agenda"))
        let inReview = try workspace.run(["cases", "--status", "inReview", "--lang", "en"]).standardOutput
        #expect(inReview.hasSuffix("0 cases\n"), "\(inReview)")
    }
}
