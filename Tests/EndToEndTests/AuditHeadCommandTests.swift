import Foundation
import GRDB
import Testing

/// `nintei audit head` and `nintei audit verify --head` of the real binary, against a log whose
/// end someone with the file cut off.
@Suite("The audit log's head from the command line")
struct AuditHeadCommandTests {
    @Test("audit head prints a head to keep; verify --head accepts the grown log and refuses one cut before it")
    func headAndVerify() throws {
        let workspace = try StoreCommandTests.Workspace()
        #expect(try workspace.run(["import", "data/examples/sakura-seiko.json"]).status == 0)

        let printed = try workspace.run(["audit", "head"])
        #expect(printed.status == 0, "\(printed.standardError)")
        let lines = printed.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("監査記録の先頭（最後の記録 ") == true)
        let head = try #require(lines.last)
        let parts = head.split(separator: ":")
        #expect(parts.count == 2 && Int(parts[0]) != nil && parts[1].count == 64, "\(head)")
        let english = try workspace.run(["audit", "head", "--lang", "en"]).standardOutput
        #expect(english.hasPrefix("Audit log head (last event "))
        #expect(english.hasSuffix("\n" + head + "\n"))

        #expect(try workspace.run(["import", "data/examples/kappo-asaka.json"]).status == 0)
        let grown = try workspace.run(["audit", "verify", "--head", head])
        #expect(grown.status == 0, "\(grown.standardError)")
        #expect(grown.standardOutput.contains("改ざんはありません。控えの先頭 \(head) から続いています"))

        let id = try #require(Int(parts[0]))
        let queue = try DatabaseQueue(path: workspace.db)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TRIGGER auditEvent_noDelete;
                DELETE FROM auditEvent WHERE id >= \(id);
                UPDATE sqlite_sequence SET seq = \(id - 1) WHERE name = 'auditEvent';
                """)
        }
        try queue.close()
        #expect(try workspace.run(["audit", "verify"]).status == 0, "without a head, a clean cut is not found")
        let cut = try workspace.run(["audit", "verify", "--head", head, "--lang", "en"])
        #expect(cut.status == 1)
        #expect(cut.standardError.contains("the recorded head is event \(id): the events from \(id) on were cut off"), "\(cut.standardError)")
        #expect(try workspace.run(["audit", "verify", "--head", head]).standardError.contains("記録 \(id) から後が切り取られています"))

        #expect(try workspace.run(["audit", "verify", "--head", "12:abc"]).status != 0)
    }
}
