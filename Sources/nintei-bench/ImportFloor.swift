import Foundation
import NinteiApp

// MARK: The bare-SQLite floor of an import

/// The same files as `nintei import` read, inserted by the sqlite3 shell into a new database in
/// one transaction, each as a row with its firm's name in an index: what reading the files and
/// writing them with SQLite costs at the least. Seconds, or nil when sqlite3 cannot be run.
@MainActor func bareImportSeconds(folder: String) -> Double? {
    let database = NSTemporaryDirectory() + "nintei-bench-floor-\(getpid()).sqlite"
    for suffix in ["", "-journal", "-wal"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    defer { for suffix in ["", "-journal", "-wal"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
    let quoted = folder.replacingOccurrences(of: "'", with: "''")
    let sql = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE document (id INTEGER PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL);
        CREATE INDEX document_name ON document (name);
        BEGIN;
        INSERT INTO document (name, body)
            SELECT json_extract(CAST(data AS TEXT), '$.firm.name'), CAST(data AS TEXT) FROM fsdir('\(quoted)') WHERE name LIKE '%.json';
        COMMIT;
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", database, sql]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = now()
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return milliseconds(since: start) / 1000
}

// MARK: The import against its floor

/// Imports 10 000 documents through the real import path (`nintei import`'s `importFiles`) into
/// the store, three rounds, each followed by the floor on the same files: the rate (documents
/// a second) and the time as a ratio to the floor (nil when sqlite3 cannot be run), median of 3.
@MainActor func importFigures() -> (rate: Figure, ratio: Figure?, note: String) {
    let folder = NSTemporaryDirectory() + "nintei-bench-import-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let exampleFolder = dataPath + "/examples"
    let texts = ((try? FileManager.default.contentsOfDirectory(atPath: exampleFolder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        .compactMap { try? String(contentsOfFile: exampleFolder + "/" + $0, encoding: .utf8) }
    let commands = StoreCommands(language: .en, dbOption: dbPath, dataPath: dataPath, identity: identity)
    var rates: [Double] = []
    var ratios: [Double] = []
    var floors: [Double] = []
    // The store skips a file whose bytes it imported before: a stamp of this run in every
    // name, so a run on a store that an earlier run imported into still imports every file.
    let run = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    for round in 0..<3 {
        let files = (0..<10_000).map { index -> String in
            let file = folder + "/r\(round)-\(index).json"
            let text = texts[index % texts.count].replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"取込\(run)-\(round)-\(index) ")
            try? text.write(toFile: file, atomically: false, encoding: .utf8)
            return file
        }
        let start = now()
        let outcome = commands.importFiles(files)
        let seconds = milliseconds(since: start) / 1000
        guard outcome.exitCode == 0 else { fail("import failed: \(outcome.errors.prefix(3))") }
        guard outcome.output.hasSuffix("\(files.count) imported, 0 refused, 0 already imported\n") else {
            fail("import did not create every file: \(outcome.output.suffix(200))")
        }
        rates.append(Double(files.count) / seconds)
        if let floor = bareImportSeconds(folder: folder) {
            floors.append(floor)
            ratios.append(seconds / floor)
        }
        for file in files { try? FileManager.default.removeItem(atPath: file) }
    }
    let sorted = rates.sorted()
    let rate = Figure(name: "import 10 000 documents (nintei import path)", samples: sorted, unit: "docs/s", target: "≥ 2 000 docs/s",
                      meets: { $0 >= 2000 }, judged: percentile(sorted, 0.5))
    guard !ratios.isEmpty else { return (rate, nil, "Import floor not measured: the sqlite3 shell could not be run.") }
    let ratio = Figure(name: "import 10 000 documents: time / bare SQLite insert floor", samples: ratios.sorted(), unit: "×", target: "≤ 5×",
                       meets: { $0 <= 5 }, judged: percentile(ratios.sorted(), 0.5))
    let floor = percentile(floors.sorted(), 0.5)
    let note = String(format: "Import (median of %d rounds, in this run): `nintei import` %.0f documents/s; the floor, the sqlite3 shell inserting the same files (fsdir, json_extract of the firm's name into an indexed column) into a new database in one transaction, %.2f s, %.0f documents/s.",
                      rates.count, percentile(sorted, 0.5), floor, 10_000 / floor)
    return (rate, ratio, note)
}
