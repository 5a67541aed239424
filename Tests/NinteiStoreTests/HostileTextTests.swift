import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

/// Stored text that would turn against its reader: file names that leave the output folder,
/// control characters in the text and CSV files, spreadsheet formulas in CSV cells.
@Suite("Hostile stored text in the files the store writes")
struct HostileTextTests {
    @Test("a file name from stored text keeps Japanese and loses slashes, controls and leading dots")
    func safeFileName() {
        #expect(OutputFolder.fileName("certificate-令和5-001") == "certificate-令和5-001")
        #expect(OutputFolder.fileName("/../../../victim/pwned") == "_.._.._.._victim_pwned")
        #expect(OutputFolder.fileName("..") == "__")
        #expect(OutputFolder.fileName(".hidden") == "_hidden")
        #expect(OutputFolder.fileName("a\u{0}b\nc\u{1B}d\\e") == "a_b_c_d_e")
        #expect(OutputFolder.fileName("") == "_")
        #expect(OutputFolder.fileName(String(repeating: "認", count: 100)).utf8.count <= 200)
    }

    @Test("a path is refused unless it names a file directly inside the folder")
    func pathStaysInside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try OutputFolder.path(folder, "a.txt") == folder + "/a.txt")
        for name in ["../a.txt", "..", ".", "", "x/../../a.txt", "/etc/passwd"] {
            #expect(throws: StoreError.self, "\(name)") { try OutputFolder.path(folder, name) }
        }
        #expect(throws: StoreError.self) { try OutputFolder.write([("ok.txt", "x"), ("../escape.txt", "y")], into: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/ok.txt"), "every file or none")
        #expect(!FileManager.default.fileExists(atPath: (folder as NSString).deletingLastPathComponent + "/escape.txt"))
    }
}
