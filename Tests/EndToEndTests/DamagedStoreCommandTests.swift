import Foundation
import Testing

/// A store changed outside Nintei: the commands name what is damaged and keep the rest usable.
@Suite("A damaged store from the command line")
struct DamagedStoreCommandTests {
    typealias Workspace = StoreCommandTests.Workspace

    /// Changes one key of case `id`'s stored document with sqlite3, as someone editing the file would.
    static func damage(_ workspace: Workspace, case id: Int) throws -> Bool {
        guard let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return false
        }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: sqlite)
        shell.arguments = [workspace.db, "UPDATE \"case\" SET document = replace(document, '\"kana\"', '\"kanX\"') WHERE id = \(id)"]
        try shell.run()
        shell.waitUntilExit()
        return shell.terminationStatus == 0
    }

    @Test("one changed key in one case: check names the case and says to restore; export --all writes the others and names it")
    func oneDamagedCase() throws {
        let workspace = try Workspace()
        let files = try workspace.documents(3)
        #expect(try workspace.run(["import"] + files).status == 0)
        guard try Self.damage(workspace, case: 2) else {
            Issue.record("sqlite3 is needed to change the store outside Nintei")
            return
        }
        let check = try workspace.run(["check", "--lang", "en"])
        #expect(check.status == 1, "check finds the damage: \(check.standardOutput)")
        #expect(check.standardError.contains("case 2"), "\(check.standardError)")
        #expect(check.standardError.contains("kanX"), "\(check.standardError)")
        #expect(check.standardError.contains("restore the last backup"), "\(check.standardError)")

        let out = workspace.folder.appendingPathComponent("exported").path
        let export = try workspace.run(["export", "--all", "--out", out, "--lang", "en"])
        #expect(export.status == 1)
        #expect(export.standardError.contains("case 2"), "\(export.standardError)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        #expect(Set(written) == ["case-1.json", "case-3.json"], "the readable cases are still written: \(written)")

        let one = try workspace.run(["export", "2", "--lang", "en"])
        #expect(one.status != 0)
        #expect(one.standardError.contains("case 2") && one.standardError.contains("nintei check"), "\(one.standardError)")
    }
}
