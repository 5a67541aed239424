import Foundation
import Testing

/// The configuration file as a person meets it: `$NINTEI_CONFIG` naming a store that commands
/// then use without `--db`, and a file that cannot be used stopping every command (exit 2).
@Suite("The configuration file and --version, end to end")
struct ConfigurationFileTests {
    /// No office named by the environment, so only the configuration file can name one.
    static let unset = ["NINTEI_DB": "", "NINTEI_SERVER": "", "NINTEI_DATA": ""]

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-config-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder
    }

    @Test("db in $NINTEI_CONFIG's file: nintei cases without --db lists that store")
    func storeFromTheFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("office.sqlite").path
        let me = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
        for arguments in [["init"], ["user", "add", me, "officer"], ["import", "data/examples/sakura-seiko.json"]] {
            let made = try Binary.run(arguments + ["--db", store, "--lang", "en"], environment: Self.unset)
            #expect(made.status == 0, "\(arguments): \(made.standardError)")
        }
        let config = folder.appendingPathComponent("nintei.toml").path
        try "# the office's store\ndb = \"\(store)\"\n".write(toFile: config, atomically: true, encoding: .utf8)

        let listed = try Binary.run(["cases", "--lang", "en"], environment: Self.unset.merging(["NINTEI_CONFIG": config]) { $1 })
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(listed.standardOutput.contains("株式会社さくら精工"), "\(listed.standardOutput)")

        // $NINTEI_DB still wins over the file: an empty store elsewhere lists nothing of it.
        let other = folder.appendingPathComponent("other.sqlite").path
        _ = try Binary.run(["init", "--db", other], environment: Self.unset)
        _ = try Binary.run(["user", "add", me, "officer", "--db", other], environment: Self.unset)
        let fromEnvironment = try Binary.run(
            ["cases", "--lang", "en"], environment: Self.unset.merging(["NINTEI_CONFIG": config, "NINTEI_DB": other]) { $1 })
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.standardError)")
        #expect(!fromEnvironment.standardOutput.contains("株式会社さくら精工"))
    }

    @Test("a malformed file, or a $NINTEI_CONFIG that is missing, stops the command with exit 2 naming the file and the key")
    func malformedFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("nintei.toml").path
        try "[certificate]\nvalidity_years = \"three\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let refused = try Binary.run(["cases", "--lang", "en"], environment: Self.unset.merging(["NINTEI_CONFIG": config]) { $1 })
        #expect(refused.status == 2)
        #expect(refused.standardError == "nintei: \(config): certificate.validity_years: expected a whole number, found a string\n")
        #expect(refused.standardOutput.isEmpty)

        try "db = \"/x.sqlite\"\n[office\n".write(toFile: config, atomically: true, encoding: .utf8)
        let syntax = try Binary.run(["checklists", "--lang", "en"], environment: ["NINTEI_CONFIG": config])
        #expect(syntax.status == 2)
        #expect(syntax.standardError.hasPrefix("nintei: \(config): line 2, column "), "\(syntax.standardError)")

        let missing = folder.appendingPathComponent("missing.toml").path
        let absent = try Binary.run(["checklists", "--lang", "en"], environment: ["NINTEI_CONFIG": missing])
        #expect(absent.status == 2)
        #expect(absent.standardError == "nintei: \(missing): no such file\n")
    }

    @Test("nintei --version prints the version, the commit of this checkout and the store schema")
    func version() throws {
        let result = try Binary.run(["--version"], environment: ["NINTEI_CONFIG": "/nonexistent/nintei.toml"])
        #expect(result.status == 0, "--version does not read the configuration file")
        let line = result.standardOutput.trimmingCharacters(in: .newlines)
        let match = try #require(line.wholeMatch(of: /nintei (\d+\.\d+\.\d+) \(commit ([0-9a-f]{7,40}|unknown), store schema (v\d+[-a-z0-9]*)\)/), "\(line)")
        #expect(!match.1.isEmpty && !match.3.isEmpty)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["-C", Binary.repository.path, "rev-parse", "--short", "HEAD"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        try git.run()
        let head = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        git.waitUntilExit()
        if git.terminationStatus == 0 {
            #expect(String(match.2) == head, "the binary was built in this checkout")
        }
    }
}
