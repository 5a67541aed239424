import Foundation
import Testing

/// Stored text written by anyone who could write the store (or a firm's own application) is
/// never turned against the person who reads it: no file outside `--out`, no control character
/// reaching a terminal or a text or CSV file, no live formula in a CSV, no forged line.
@Suite("Hostile stored text")
struct HostileStoredTextTests {
    @Test("a certificate number like /../../../victim/pwned writes inside --out, under a safe name")
    func certificateNumberStaysInsideOut() throws {
        let committee = try CommitteeCommandTests.Committee(approved: 1)
        let workspace = committee.workspace
        try committee.expectSuccess(["certificate", "1", "--date", "2023-07-21"])
        try StoreFile.execute(workspace.db, "UPDATE certificate SET number = ?", ["/../../../victim/pwned"])
        let base = workspace.folder.appendingPathComponent("out").path
        let out = base + "/certs"
        let written = try committee.expectSuccess(["certificate", "1", "--out", out])
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("victim").path))
        #expect(!FileManager.default.fileExists(atPath: "/victim/pwned.html"))
        #expect(!FileManager.default.fileExists(atPath: base + "/victim/pwned.html"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["certificate-_.._.._.._victim_pwned.html", "certificate-_.._.._.._victim_pwned.txt"], "\(written.standardOutput)")
    }

    /// ESC [2J clears the screen, ESC ]0;… BEL retitles the window, ESC [31m paints a forged message red.
    static let escapes = "\u{1B}[2J\u{1B}]0;title\u{07}\u{1B}[31m至急: パスワードを再入力\u{1B}[0m"

    /// A store where this login is officer and chair, with a case whose firm name holds `escapes`,
    /// on a meeting's agenda.
    static func caseWithEscapes() throws -> StoreCommandTests.Workspace {
        let workspace = try StoreCommandTests.Workspace()
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try workspace.run(["user", "add", login, "chair"]).status == 0)
        let text = try String(contentsOfFile: Binary.repository.appendingPathComponent("data/examples/sakura-seiko.json").path, encoding: .utf8)
            .replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"\\u001b[2J\\u001b]0;title\\u0007\\u001b[31m偽\\u001b[0m")
        let file = workspace.folder.appendingPathComponent("escapes.json").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try workspace.run(["import", file])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(try workspace.run(["submit", "1"]).status == 0)
        #expect(try workspace.run(["meeting", "create", "--date", "R5.7.20", "--place", "市役所"]).status == 0)
        #expect(try workspace.run(["meeting", "add", "1", "1"]).status == 0)
        return workspace
    }

    @Test("a firm name and an opinion comment with escape sequences reach the terminal escaped, from cases, queue and opinions")
    func terminalOutputEscaped() throws {
        let workspace = try Self.caseWithEscapes()
        let opinion = try workspace.run(["opinion", "1", "approve", "--comment", "良い取組" + Self.escapes])
        #expect(opinion.status == 0, "\(opinion.standardError)")
        for command in [["cases"], ["opinions", "1"], ["queue", "--as-of", "2023-07-01"], ["cases", "--lang", "en"]] {
            let result = try workspace.run(command)
            #expect(result.status == 0, "\(command): \(result.standardError)")
            let all = result.standardOutput + result.standardError
            #expect(!all.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(command): \(all)")
            #expect(all.contains("\\u{1B}[2J"), "\(command): \(all)")
        }
        #expect(try workspace.run(["opinions", "1"]).standardOutput.contains("良い取組\\u{1B}[2J\\u{1B}]0;title\\u{7}"))
    }

    @Test("the CSV export and the packet and minutes text files carry the escape sequences escaped")
    func filesEscaped() throws {
        let workspace = try Self.caseWithEscapes()
        #expect(try workspace.run(["opinion", "1", "approve", "--comment", Self.escapes]).status == 0)
        let out = workspace.folder.appendingPathComponent("print").path
        #expect(try workspace.run(["export", "--all", "--format", "csv", "--out", out]).status == 0)
        #expect(try workspace.run(["packet", "1", "--out", out]).status == 0)
        #expect(try workspace.run(["minutes", "1", "--out", out]).status == 0)
        for name in ["nintei-cases.csv", "meeting-1-packet.txt", "meeting-1-minutes.txt", "meeting-1-packet.html", "meeting-1-minutes.html"] {
            let text = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(name)")
            #expect(text.contains("\\u{1B}[2J"), "\(name)")
        }
    }

    @Test("a firm name that is a spreadsheet formula goes into the CSV as text")
    func csvFormula() throws {
        let workspace = try StoreCommandTests.Workspace()
        let text = try String(contentsOfFile: Binary.repository.appendingPathComponent("data/examples/sakura-seiko.json").path, encoding: .utf8)
            .replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"詳細\\\")")
        let file = workspace.folder.appendingPathComponent("formula.json").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try workspace.run(["import", file]).status == 0)
        let csv = try workspace.run(["export", "--all", "--format", "csv"]).standardOutput
        let row = csv.components(separatedBy: "\r\n")[1]
        #expect(row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"詳細\"\")"), "\(row)")
    }

    @Test("a file name with a newline and escape codes is printed escaped by import: no forged line")
    func importFileName() throws {
        let workspace = try StoreCommandTests.Workspace()
        let folder = workspace.folder.appendingPathComponent("names")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let forged = folder.appendingPathComponent("a.json\n取り込み: forged.json → 案件 99\u{1B}[2J").path
        try FileManager.default.copyItem(atPath: Binary.repository.appendingPathComponent("data/examples/sakura-seiko.json").path, toPath: forged)
        let missing = folder.appendingPathComponent("none\n取り込み: fake.json → 案件 98.json").path
        let result = try workspace.run(["import", forged, missing])
        let all = result.standardOutput + result.standardError
        #expect(!all.unicodeScalars.contains("\u{1B}"), "\(all)")
        let lines = all.components(separatedBy: "\n")
        #expect(!lines.contains { $0.hasPrefix("取り込み: forged.json") || $0.hasPrefix("取り込み: fake.json") }, "\(all)")
        #expect(result.standardOutput.contains("a.json\\u{A}取り込み: forged.json → 案件 99\\u{1B}[2J → 案件 1"), "\(all)")
        #expect(result.standardError.contains("none\\u{A}取り込み: fake.json → 案件 98.json: "), "\(all)")
    }

    @Test("a comment's second line cannot pass for another member's opinion, in nintei opinions or in the minutes")
    func commentLinesIndented() throws {
        let workspace = try Self.caseWithEscapes()
        #expect(try workspace.run(["opinion", "1", "approve", "--comment", "賛成\nmember-b: 認定不可"]).status == 0)
        let opinions = try workspace.run(["opinions", "1"]).standardOutput
        #expect(opinions.hasSuffix("賛成\n    member-b: 認定不可\n"), "\(opinions)")
        let out = workspace.folder.appendingPathComponent("print").path
        #expect(try workspace.run(["minutes", "1", "--out", out]).status == 0)
        let minutes = try String(contentsOfFile: out + "/meeting-1-minutes.txt", encoding: .utf8)
        #expect(minutes.contains("賛成\n  member-b: 認定不可"), "\(minutes)")
        #expect(!minutes.components(separatedBy: "\n").contains { $0.hasPrefix("member-b") || $0.hasPrefix("・member-b") })
    }
}
