import Foundation
import NinteiTestSupport
import Testing

/// The published list's CSV as an office's data team meets it: opened in LibreOffice Calc as
/// UTF-8 text and saved again, it holds the same rows, the same cells, Japanese intact.
@Suite("The published CSV in LibreOffice",
       .enabled(if: LibreOffice.path != nil, "needs LibreOffice Calc (Debian's libreoffice-calc, installed by make's dependency check as root)"))
struct OpenDataSpreadsheetTests {
    @Test("imported as UTF-8 and saved again, every row and cell is as published: one value per cell, Japanese intact")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-calc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("nintei.toml").path
        try "[office]\nname = \"朝霞市\"\ncode = \"112275\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("office.sqlite").path
        #expect(try Binary.run(["demo", "--db", db]).status == 0)
        let site = folder.appendingPathComponent("site").path
        let published = try Binary.run(["publish", "--db", db, "--out", site], environment: ["NINTEI_CONFIG": config])
        #expect(published.status == 0, "\(published.standardError)")
        let csv = site + "/certified-firms.csv"
        let saved = try LibreOffice.roundTrip(csv, in: folder.path)
        let original = CSVRows.parse(try String(contentsOfFile: csv, encoding: .utf8))
        let again = CSVRows.parse(saved)
        #expect(original.count > 1 && again.count == original.count, "\(again.count) rows of \(original.count)")
        #expect(again.allSatisfy { $0.count == original[0].count }, "every row has the header's columns")
        for (row, (before, after)) in zip(original, again).enumerated() where before != after {
            Issue.record("row \(row) changed in LibreOffice:\n\(before)\n\(after)")
        }
        #expect(again.contains { $0.contains("朝霞市") && $0.contains { $0.hasPrefix("株式会社") } }, "Japanese intact")
        #expect(again.contains { $0.contains("7999901000001") }, "the corporate number whole, not as a rounded number")
    }
}

enum LibreOffice {
    static let path = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Opens a CSV in Calc as UTF-8 (comma, double quotes, from line 1) and saves it as CSV
    /// again, cells as shown; the saved text.
    static func roundTrip(_ csv: String, in folder: String) throws -> String {
        let out = folder + "/calc"
        _ = try toolOutput(path!, [
            "--headless", "-env:UserInstallation=" + URL(fileURLWithPath: folder + "/calc-profile").absoluteString,
            "--infilter=CSV:44,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false",
            "--outdir", out, csv,
        ])
        return try String(contentsOfFile: out + "/" + URL(fileURLWithPath: csv).lastPathComponent, encoding: .utf8)
    }
}
