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
}
