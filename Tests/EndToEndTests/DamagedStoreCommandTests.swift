import Foundation
import GRDB
import Testing

/// A store changed outside Nintei: the commands name what is damaged and keep the rest usable.
@Suite("A damaged store from the command line")
struct DamagedStoreCommandTests {
    typealias Workspace = StoreCommandTests.Workspace

    /// Changes one key of case `id`'s stored document straight in SQLite, as someone editing
    /// the file with another tool would.
    static func damage(_ workspace: Workspace, case id: Int) throws {
        let queue = try DatabaseQueue(path: workspace.db)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: #"UPDATE "case" SET document = replace(document, '"kana"', '"kanX"') WHERE id = ?"#, arguments: [id])
        }
    }

    @Test("one changed key in one case: check names the case and says to restore; export --all writes the others and names it")
    func oneDamagedCase() throws {
        let workspace = try Workspace()
        let files = try workspace.documents(3)
        #expect(try workspace.run(["import"] + files).status == 0)
        try Self.damage(workspace, case: 2)
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
