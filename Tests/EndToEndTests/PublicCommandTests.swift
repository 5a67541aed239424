import Foundation
import Testing

/// publish, renewals, report and check on the demo office with the real binary, and the store
/// read by a login that may not write it.
@Suite("Public commands from the command line")
struct PublicCommandTests {
    final class DemoWorkspace {
        let folder: URL
        var db: String { folder.appendingPathComponent("store/demo.sqlite").path }

        init(in parent: URL = FileManager.default.temporaryDirectory) throws {
            folder = parent.appendingPathComponent("nintei-public-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let built = try Binary.run(["demo", "--db", db])
            #expect(built.status == 0, "\(built.standardError)")
        }

        deinit {
            chmod(folder.appendingPathComponent("store").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }

        func run(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--db", db])
        }
    }

    @Test("publish writes the list, a page per firm, CSV and JSON; nothing internal, no firm that is not certified")
    func publish() throws {
        let workspace = try DemoWorkspace()
        let out = workspace.folder.appendingPathComponent("site").path
        let result = try workspace.run(["publish", "--out", out])
        #expect(result.status == 0, "\(result.standardError)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out).filter { !$0.hasSuffix("firms") }.sorted()
        #expect(files.contains("index.html") && files.contains("certified-firms.csv") && files.contains("certified-firms.json"))
        #expect(files.filter { $0.hasPrefix("firms/") }.count == 8)
        for file in files {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            // Demo contact data, notes, reviewers and firms that are not certified today.
            for forbidden in ["example.jp", "048-", "suzuki", "tanaka", "ヒアリング", "根拠資料", "総務部", "北原デジタルラボ", "とんかつ仲町", "グリーンホテル", "浜崎ファーム"] {
                #expect(!text.contains(forbidden), "\(file) contains \(forbidden)")
            }
        }
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("株式会社さくら精工"))
        let csv = try Data(contentsOf: URL(fileURLWithPath: out + "/certified-firms.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("全国地方公共団体コード,地方公共団体名,認定番号,名称,名称_カナ,法人番号,所在地_連結表記,"))
        let english = workspace.folder.appendingPathComponent("site-en").path
        #expect(try workspace.run(["publish", "--out", english, "--lang", "en"]).status == 0)
        let englishIndex = try String(contentsOfFile: english + "/index.html", encoding: .utf8)
        #expect(englishIndex.contains("<html lang=\"en\">") && englishIndex.contains("Licence: "))

        let again = try workspace.run(["publish", "--out", out])
        #expect(again.status == 0, "a list published before is replaced")
        let other = workspace.folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "keep".write(to: other.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
        let refused = try workspace.run(["publish", "--out", other.path, "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("not empty"))
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("mine.txt").path))
    }

    @Test("renewals lists the certifications ending within six months with the firm's contact")
    func renewals() throws {
        let workspace = try DemoWorkspace()
        let result = try workspace.run(["renewals", "--months", "6"])
        #expect(result.status == 0, "\(result.standardError)")
        if isDemoDay() {  // the demo's dates are set around 2026-11-21
            #expect(result.standardOutput.contains("R5-002"))
            #expect(result.standardOutput.contains("048-465-8100"))
        }
        let bad = try workspace.run(["renewals", "--months", "0"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("--months"))
    }

    @Test("report prints the figures as text and as CSV with a BOM")
    func report() throws {
        let workspace = try DemoWorkspace()
        let text = try workspace.run(["report", "--fiscal-year", "2026", "--lang", "en"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("New applications per fiscal year"))
        #expect(text.standardOutput.contains("target 15"))
        let csv = try workspace.run(["report", "--fiscal-year", "2026", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput.hasPrefix("\u{FEFF}figure,fiscalYear,month,actual,target\r\n"))
        #expect(csv.standardOutput.contains("certifiedFirms,2026,,"))
        let bad = try workspace.run(["report", "--fiscal-year", "2026", "--format", "pdf"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("--format"))
    }

    /// As root, permissions do not bind, so the commands run as `nobody` (with runuser) from a
    /// folder that login can reach; as any other login, as that login, bound by them.
    @Test("a login with no role reads the published list from a store it may not write, in a folder it may not write; cases, check and writing are refused",
          .enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser"),
                   "as root the test runs the binary as nobody, which needs runuser"))
    func readOnlyForAnotherLogin() throws {
        let shared = try SharedFolder("public-read-only", writableByEveryone: false)
        let workspace = try DemoWorkspace(in: shared.url)
        let store = workspace.folder.appendingPathComponent("store").path
        let out = workspace.folder.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        chmod(workspace.folder.path, 0o755)
        chmod(out.path, 0o777)
        chmod(workspace.db, 0o444)
        chmod(store, 0o555)
        let command = geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "nobody", "--", shared.binary] : [shared.binary]
        func run(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--db", workspace.db, "--data", shared.data, "--lang", "en"], command: command, in: URL(fileURLWithPath: "/"))
        }
        // Run as root, the commands are nobody's, a login without a role; run as any other login,
        // they are that login's, which made the demo and so administers it and is an officer.
        let withoutRole = geteuid() == 0
        // The office's cases are not for a login without a role: refused by the store, naming it.
        let list = try run(["cases", "--search", "ｻｸﾗ"])
        if withoutRole {
            #expect(list.status != 0)
            #expect(list.standardError.contains("may not read the list and counts of cases"), "\(list.standardError)")
            #expect(!list.standardOutput.contains("株式会社さくら精工"))
        }
        let published = try run(["publish", "--out", out.appendingPathComponent("site").path])
        #expect(published.status == 0, "\(published.standardError)")
        let write = try run(["user", "add", "someone", "viewer"])
        #expect(write.status != 0)
        if withoutRole {
            let check = try run(["check"])
            #expect(check.status != 0)
            #expect(check.standardError.contains("may not read the store's check"), "\(check.standardError)")
        }
    }

    private func isDemoDay() -> Bool {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return parts.year == 2026 && parts.month == 11 && (parts.day ?? 0) <= 30
    }
}
