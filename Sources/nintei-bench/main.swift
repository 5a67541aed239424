// nintei-bench: builds a synthetic office of many cases and times what an officer waits for.
//
//   nintei-bench generate --db PATH [--cases 100000] [--unless-made]
//                                                       the synthetic store (every status); with
//                                                       --unless-made, kept when it holds that many cases
//   nintei-bench run --db PATH [--results FILE] [--figures FILE.tsv] [--other-size FILE.tsv …]
//                                                       the measurements, printed and written; --figures
//                                                       also as a table for another run, --other-size adds
//                                                       the scaling section from runs at other sizes
//   nintei-bench server --db PATH                       only the in-process / through-the-server pairs
//   nintei-bench paging | search | launch --db PATH     only End and the pages before it (and the
//                                                       export), the twelve queries, or the launch on a pty
//   nintei-bench counts --db PATH                       only what waits for a count (opening browse and
//                                                       renewals, End after a common search)
//   nintei-bench import | export --db PATH              only the import (it adds 30 000 cases: use a
//                                                       copy of the store) or the export, against their floors
//
// Run it through `make bench` (a release build). Not part of `make test`.
import Foundation
import Logging
import NinteiApp
import NinteiClient
import NinteiCore
import NinteiServer
import NinteiStore
import NinteiTerminal
#if canImport(Glibc)
import Glibc
#endif

// MARK: Arguments

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
/// Every value given to an option that may be repeated.
@MainActor func options(_ name: String) -> [String] {
    arguments.indices.filter { arguments[$0] == name && $0 + 1 < arguments.count }.map { arguments[$0 + 1] }
}
let command = arguments.first ?? "help"
let dbPath = option("--db") ?? ".build/bench/bench.sqlite"
let dataPath = option("--data") ?? "data"
let caseTotal = Int(option("--cases") ?? "") ?? 100_000
let resultsPath = option("--results") ?? "bench/RESULTS.md"
let figuresPath = option("--figures")
let otherSizePaths = options("--other-size")
let identity = Identity.current()

// The intake form looks through the login's recovery folder (unsaved entries) each time it
// opens a case; a folder filled by other runs (1 000 entries left by killed test sessions made
// opening a case take 35 ms instead of 0.3) would measure that folder, not the app. The bench
// uses an empty one of its own.
let recoveryHome = NSTemporaryDirectory() + "nintei-bench-state-\(getpid())"
setenv("XDG_STATE_HOME", recoveryHome, 1)

@MainActor func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let data: ShippedData
do {
    data = try DataDirectory.load(explicit: dataPath)
} catch {
    fail(error.text(.en))
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1_000_000 }

// MARK: Synthetic firms

/// A seeded generator (SplitMix64), so every run builds the same office.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Pieces of fictional firm names: (written, reading in hiragana).
let firstWords: [(String, String)] = [
    ("さくら", "さくら"), ("朝霞", "あさか"), ("みどり", "みどり"), ("日の出", "ひので"), ("若葉", "わかば"), ("青葉", "あおば"),
    ("北斗", "ほくと"), ("東和", "とうわ"), ("大和", "やまと"), ("富士", "ふじ"), ("光", "ひかり"), ("松風", "まつかぜ"),
    ("武蔵野", "むさしの"), ("荒川", "あらかわ"), ("新座", "にいざ"), ("和光", "わこう"), ("黒目川", "くろめがわ"), ("本町", "ほんちょう"),
    ("膝折", "ひざおり"), ("栄", "さかえ"), ("泉", "いずみ"), ("宮戸", "みやど"), ("岡", "おか"), ("溝沼", "みぞぬま"),
    ("ひまわり", "ひまわり"), ("つばさ", "つばさ"), ("こだま", "こだま"), ("あおい", "あおい"), ("はるか", "はるか"), ("いろは", "いろは"),
]
let secondWords: [(String, String)] = [
    ("精工", "せいこう"), ("建設", "けんせつ"), ("工業", "こうぎょう"), ("商会", "しょうかい"), ("製作所", "せいさくしょ"),
    ("電機", "でんき"), ("運輸", "うんゆ"), ("食品", "しょくひん"), ("印刷", "いんさつ"), ("設計", "せっけい"), ("薬局", "やっきょく"),
    ("保育園", "ほいくえん"), ("介護サービス", "かいごさーびす"), ("不動産", "ふどうさん"), ("技研", "ぎけん"), ("システム", "しすてむ"),
    ("ソフト", "そふと"), ("物産", "ぶっさん"), ("化成", "かせい"), ("歯科", "しか"),
]
let legalForms: [(String, String)] = [
    ("株式会社", "かぶしきがいしゃ"), ("有限会社", "ゆうげんがいしゃ"), ("合同会社", "ごうどうがいしゃ"), ("", ""), ("", ""),
]
let districts: [(String, String)] = [
    ("", ""), ("朝霞", "あさか"), ("東", "ひがし"), ("西", "にし"), ("北", "きた"), ("南", "みなみ"), ("中央", "ちゅうおう"),
]

/// The `index`-th firm: a legal form, two words, a district and a number make it distinct.
@MainActor func firm(_ index: Int) -> (name: String, kana: String) {
    var random = SeededRandom(state: UInt64(index) &* 7919 &+ 17)
    let form = legalForms.randomElement(using: &random)!
    let first = firstWords.randomElement(using: &random)!
    let second = secondWords.randomElement(using: &random)!
    let district = districts.randomElement(using: &random)!
    let number = String(index)
    return (form.0 + first.0 + second.0 + district.0 + number, form.1 + first.1 + second.1 + district.1 + number)
}

@MainActor func exampleDocuments() -> [ApplicationDocument] {
    let folder = dataPath + "/examples"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    let documents = names.compactMap { try? ApplicationFile.read(folder + "/" + $0, checklists: data.checklists) }
    guard !documents.isEmpty else { fail("no example documents in \(folder)") }
    return documents
}

/// The `index`-th synthetic application: an example document under a new firm, received on a
/// day between 2019 and 2026, with a few answers left out so evaluations differ.
@MainActor func syntheticDocument(_ index: Int, from examples: [ApplicationDocument]) -> ApplicationDocument {
    var random = SeededRandom(state: UInt64(index) &* 104_729 &+ 3)
    var document = examples[index % examples.count]
    let names = firm(index)
    document.firm.name = names.name
    document.firm.kana = names.kana
    document.receivedOn = LocalDate(year: Int.random(in: 2019...2026, using: &random), month: Int.random(in: 1...12, using: &random),
                                    day: Int.random(in: 1...28, using: &random))
    for key in document.answers.keys.sorted() where Int.random(in: 0..<5, using: &random) == 0 {
        document.answers[key] = nil
    }
    return document
}

// MARK: generate

@MainActor func generate() {
    if arguments.contains("--unless-made"), let held = heldCases(), held == caseTotal {
        return print("kept \(dbPath): it holds \(caseTotal) cases")
    }
    for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
    try? FileManager.default.createDirectory(atPath: (dbPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let start = now()
    do {
        let store = try Store.create(at: dbPath, identity: identity, checklists: data.checklists, reference: data.reference)
        try store.addUser(identity.login, role: .officer)
        let examples = exampleDocuments()
        let statuses = CaseStatus.allCases
        let batch = 5000
        var made = 0
        while made < caseTotal {
            let items = (made..<min(caseTotal, made + batch)).map { index in
                (document: syntheticDocument(index, from: examples), status: statuses[index % statuses.count])
            }
            let results = try store.createCases(items)
            if let failure = results.first(where: { if case .failure = $0 { return true } else { return false } }) {
                fail("a synthetic case was refused: \(failure)")
            }
            made += items.count
            FileHandle.standardError.write(Data("\rgenerated \(made)/\(caseTotal)".utf8))
        }
        FileHandle.standardError.write(Data("\n".utf8))
    } catch {
        fail(error.text(.en))
    }
    generateCertificates()
    print(String(format: "generated %d cases in %.1f s: %@", caseTotal, milliseconds(since: start) / 1000, dbPath))
}

/// How many cases the store at `dbPath` holds, or nil when there is none or it does not open.
@MainActor func heldCases() -> Int? {
    guard FileManager.default.fileExists(atPath: dbPath),
          let store = try? Store.open(at: dbPath, identity: identity, mode: .readOnly, checklists: data.checklists, reference: data.reference)
    else { return nil }
    return try? store.countCases(CaseListQuery())
}

// MARK: run

struct Figure {
    let name: String
    let samples: [Double]
    let unit: String
    let target: String
    let meets: (Double) -> Bool
    /// The figure compared with the target: p95 for times, the median for rates.
    let judged: Double

    static func time(_ name: String, _ samples: [Double], target: Double) -> Figure {
        let sorted = samples.sorted()
        return Figure(name: name, samples: sorted, unit: "ms", target: "≤ \(format(target)) ms", meets: { $0 <= target },
                      judged: percentile(sorted, 0.95))
    }

    /// A time with no target, shown beside the ones that have one; `why` fills the target column.
    static func time(_ name: String, _ samples: [Double], noTarget why: String) -> Figure {
        let sorted = samples.sorted()
        return Figure(name: name, samples: sorted, unit: "ms", target: why, meets: { _ in true }, judged: percentile(sorted, 0.95))
    }

    var p50: Double { percentile(samples, 0.5) }
    var p95: Double { percentile(samples, 0.95) }
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((Double(sorted.count - 1) * fraction).rounded())
    return sorted[min(sorted.count - 1, max(0, rank))]
}

func format(_ value: Double) -> String {
    if value >= 100 { return String(format: "%.0f", value) }
    if value >= 10 { return String(format: "%.1f", value) }
    if value >= 1 { return String(format: "%.2f", value) }
    return String(format: "%.3f", value)
}

@MainActor func openStore() -> Store {
    do {
        return try Store.open(at: dbPath, identity: identity, mode: .readWrite, checklists: data.checklists, reference: data.reference)
    } catch {
        fail("\(dbPath): \(error.text(.en)) (run nintei-bench generate first)")
    }
}

func typing(_ text: String) -> [Key] { text.map(Key.character) }

/// Milliseconds for one key and the frame it draws.
func keyAndFrame(_ probe: ScreenProbe, _ key: Key) -> Double {
    let start = now()
    probe.press(key)
    _ = probe.frame()
    return milliseconds(since: start)
}

@MainActor func runBenchmarks() {
    // Read before measuring, so a missing file stops the run at once rather than at its end.
    let otherSizes = otherSizePaths.map(readFigures)
    var figures: [Figure] = []
    var notes: [String] = []
    func report(_ figure: Figure) {
        figures.append(figure)
        print(String(format: "%-44@ p50 %8@ %@  p95 %8@ %@  (n=%d)", figure.name as NSString, format(figure.p50) as NSString, figure.unit,
                     format(figure.p95) as NSString, figure.unit, figure.samples.count))
    }

    // Open the store and draw the first frame of the case list, as `l` on the home screen does.
    var openSamples: [Double] = []
    for _ in 0..<15 {
        let start = now()
        let store = openStore()
        let probe = ScreenProbe.caseList(store: store)
        _ = probe.frame()
        openSamples.append(milliseconds(since: start))
    }
    report(.time("open store + first frame of the case list", openSamples, target: 150))

    // The real program on a pty, from its start to its first frame.
    let launch = launchSamples(count: 15)
    if !launch.samples.isEmpty { report(.time("process start to first frame (nintei on a pty)", launch.samples, target: 200)) }
    if let note = launch.note { notes.append(note) }

    let store = openStore()
    let total = (try? store.countCases(CaseListQuery())) ?? 0
    notes.append("The store held \(total) cases when measured.")

    // Scrolling: one key and the frame it draws (↓ through the list, then PgDn, then End/Home).
    do {
        let probe = ScreenProbe.caseList(store: store)
        _ = probe.frame()
        var samples: [Double] = []
        for key in Array(repeating: Key.down, count: 400) + Array(repeating: Key.pageDown, count: 200) + [.end, .home, .end, .home] {
            let start = now()
            probe.press(key)
            _ = probe.frame()
            samples.append(milliseconds(since: start))
        }
        report(.time("scroll: one key + frame (↓, PgDn, End)", samples, target: 5))
    }

    for figure in endFigures(store: store) { report(figure) }

    for figure in publicListEndFigures(store: store) { report(figure) }
    notes.append(publicListSizes(store: store))

    // Search as you type: a fixed set of twelve queries, the key that completes each and its frame.
    let search = searchFigures(store: store)
    for figure in search.figures { report(figure) }
    notes.append(search.note)
    let searchEnd = searchEndFigures(store: store)
    for figure in searchEnd.figures { report(figure) }
    notes.append(searchEnd.note)

    // Open one case: the intake form (load, evaluate, reviews, roles), and with its first frame.
    let drafts = (try? store.casePage(CaseListQuery(statuses: [.draft]), offset: 0, limit: 2000)) ?? []
    guard !drafts.isEmpty else { fail("the store has no drafts") }
    do {
        var samples: [Double] = []
        var framed: [Double] = []
        for index in 0..<200 {
            let id = drafts[(index * 37) % drafts.count].id
            let start = now()
            guard let probe = try? ScreenProbe.caseForm(store: store, caseID: id) else { fail("case \(id) does not open") }
            samples.append(milliseconds(since: start))
            _ = probe.frame()
            framed.append(milliseconds(since: start))
        }
        report(.time("open one case (intake form: load + evaluate)", samples, target: 5))
        report(.time("open one case + its first frame", framed, target: 5))
    }

    // Save one field: the firm's address of a draft, against its revision.
    do {
        var samples: [Double] = []
        let path = JSONPath([.key("firm"), .key("address")])
        for index in 0..<200 {
            let id = drafts[(index * 53) % drafts.count].id
            guard let snapshot = try? store.loadCase(id) else { fail("case \(id) does not load") }
            let start = now()
            do {
                try store.saveField(caseID: id, path: path, value: .string("朝霞市本町\(index)-1"), revision: snapshot.revision)
            } catch {
                fail("saving case \(id): \(error.text(.en))")
            }
            samples.append(milliseconds(since: start))
        }
        report(.time("save one field (saveField, one transaction)", samples, target: 5))
    }

    // Evaluate one application (what the form does on every key).
    do {
        let examples = exampleDocuments()
        let context = EvaluationContext(reference: data.reference, today: .today())
        var samples: [Double] = []
        for round in 0..<50 {
            let document = syntheticDocument(round, from: examples)
            let checklist = data.checklists.checklist(document.checklistID)!
            let start = now()
            for _ in 0..<100 { _ = Evaluator.evaluate(document, checklist: checklist, context: context) }
            samples.append(milliseconds(since: start) / 100)
        }
        report(.time("evaluate one application", samples, target: 0.2))
    }

    // Export every case as CSV, against the bare sqlite3 floor (before the import adds cases).
    let export = exportFigures()
    for figure in export.figures { report(figure) }
    notes += export.notes

    // Import 10 000 documents through the real import path (`nintei import`), three times.
    let imported = importFigures()
    figures.append(imported.rate)
    print(String(format: "%-44@ median %.0f docs/s  slowest %.0f docs/s  (n=%d runs of 10 000)", imported.rate.name as NSString,
                 imported.rate.p50, imported.rate.samples.first ?? 0, imported.rate.samples.count))
    if let ratio = imported.ratio { report(ratio) }
    notes.append(imported.note)

    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let rss = Double(usage.ru_maxrss) / 1024
    let rssFigure = Figure(name: "peak memory of this process (ru_maxrss)", samples: [rss], unit: "MB", target: "≤ 100 MB",
                           meets: { $0 <= 100 }, judged: rss)
    figures.append(rssFigure)
    print(String(format: "%-44@ %.1f MB", rssFigure.name as NSString, rss))

    let pairs = serverComparison(store: store, drafts: drafts)
    let measured = SizeFigures(cases: total, records: figures.map(\.record) + pairs.map(\.record))
    if let figuresPath { writeFigures(measured, to: figuresPath) }
    let scaling = scalingSection([measured] + otherSizes)
    writeResults(figures, pairs: pairs, notes: notes, scaling: scaling)
}

// MARK: End and the pages before it

/// End and the page before it, as their own rows (among 604 scroll keys End is 4 samples and
/// never reaches the p95): the first End of a list opened anew (the count is then counted to
/// the end when it had stopped at its limit), End again, and PgUp / ↑ from the end; and the
/// store's own cost of the last page, by key and by position (OFFSET, what End read before).
@MainActor func endFigures(store: Store) -> [Figure] {
    var figures: [Figure] = []
    var first: [Double] = []
    var again: [Double] = []
    var pageUp: [Double] = []
    var up: [Double] = []
    for _ in 0..<20 {
        let probe = ScreenProbe.caseList(store: store)
        _ = probe.frame()
        first.append(keyAndFrame(probe, .end))
        for _ in 0..<3 {
            pageUp.append(keyAndFrame(probe, .pageUp))
            up.append(keyAndFrame(probe, .up))
        }
        // The whole count End began arrives (Home before it would start the count again), so
        // End again has the count known, and no count of this round runs into the next.
        probe.waitForArrivals()
        _ = probe.frame()
        _ = keyAndFrame(probe, .home)
        again.append(keyAndFrame(probe, .end))
    }
    figures.append(.time("End, first in a list just opened (key + frame)", first, target: 20))
    figures.append(.time("End again, the count known (key + frame)", again, target: 20))
    figures.append(.time("PgUp from the end, the page before End (key + frame)", pageUp, target: 5))
    figures.append(.time("↑ from the end (key + frame)", up, target: 5))

    for order in CaseListQuery.Order.allCases {
        let query = CaseListQuery(order: order)
        guard let total = try? store.countCases(query), total > 60 else { continue }
        var keyed: [Double] = []
        var byOffset: [Double] = []
        var before: [Double] = []
        for _ in 0..<20 {
            var start = now()
            let last = (try? store.casePage(query, from: nil, direction: .backward, limit: 60)) ?? []
            keyed.append(milliseconds(since: start))
            start = now()
            _ = try? store.casePage(query, from: last.first.map(CaseListKey.init), direction: .backward, limit: 60)
            before.append(milliseconds(since: start))
            start = now()
            _ = try? store.casePage(query, offset: total - 60, limit: 60)
            byOffset.append(milliseconds(since: start))
        }
        let name = order == .name ? "by name" : "newest first"
        figures.append(.time("store: last page by key (\(name))", keyed, target: 5))
        figures.append(.time("store: the page before it by key (\(name))", before, target: 5))
        // No target: what End read before keyset paging, for comparison in the same run.
        figures.append(.time("store: last page by OFFSET, the old way (\(name))", byOffset, noTarget: "none (comparison)"))
    }
    return figures
}

// MARK: Export against the bare floor

/// Runs a command under GNU time: its wall time (s) and peak memory (MB); standard output into `output`.
@MainActor func timed(_ arguments: [String], output: String) -> (seconds: Double, megabytes: Double)? {
    let report = NSTemporaryDirectory() + "nintei-bench-time-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: report) }
    _ = FileManager.default.createFile(atPath: output, contents: nil)  // failure shows as no handle below
    guard let handle = FileHandle(forWritingAtPath: output) else { return nil }
    defer { try? handle.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%e %M", "-o", report] + arguments
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0, let text = try? String(contentsOfFile: report, encoding: .utf8) else { return nil }
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
    guard parts.count >= 2 else { return nil }
    return (parts[0], parts[1] / 1024)
}

/// `nintei export --all --format csv` (the release build beside this program, into a folder)
/// against `sqlite3 -csv` with json_extract over the same columns, each run three times in
/// this run: time as a ratio to the floor, and peak memory.
@MainActor func exportFigures() -> (figures: [Figure], notes: [String]) {
    let folder = NSTemporaryDirectory() + "nintei-bench-export-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let nintei = ((CommandLine.arguments[0] as NSString).deletingLastPathComponent as NSString).appendingPathComponent("nintei")
    guard FileManager.default.isExecutableFile(atPath: nintei) else {
        return ([], ["Export not measured: \(nintei) is missing (make bench builds it)."])
    }
    var itemIDs: [String] = []
    for checklist in data.checklists.checklists {
        for item in checklist.items where !itemIDs.contains(item.id) { itemIDs.append(item.id) }
    }
    let columns = ["id", "status", "kind", "checklistId"]
        + ["receivedOn", "firm.name", "firm.kana", "firm.address", "firm.industry", "firm.employees", "firm.representative",
           "firm.contactName", "firm.phone", "firm.email", "declarations.lawCompliance"].map { "json_extract(document, '$.\($0)')" }
        + ["qualifies", "sectionsPassed"]
        + itemIDs.map { "json_extract(document, '$.answers.\"\($0)\".mark')" }
    let sql = "SELECT " + columns.joined(separator: ", ") + " FROM \"case\" ORDER BY id"
    var floor: [(seconds: Double, megabytes: Double)] = []
    var export: [(seconds: Double, megabytes: Double)] = []
    for _ in 0..<3 {
        if let run = timed(["sqlite3", "-readonly", "-csv", dbPath, sql], output: folder + "/floor.csv") { floor.append(run) }
        if let run = timed([nintei, "export", "--all", "--format", "csv", "--db", dbPath, "--data", dataPath, "--out", folder], output: folder + "/said.txt") {
            export.append(run)
        }
    }
    guard !floor.isEmpty, !export.isEmpty else { return ([], ["Export not measured: sqlite3 or nintei export failed."]) }
    let floorTime = floor.map(\.seconds).sorted()[floor.count / 2]
    let exportTime = export.map(\.seconds).sorted()[export.count / 2]
    let exportMemory = export.map(\.megabytes).max() ?? 0
    let floorMemory = floor.map(\.megabytes).max() ?? 0
    let size = ((try? FileManager.default.attributesOfItem(atPath: folder + "/nintei-cases.csv"))?[.size] as? Int) ?? 0
    let ratio = Figure(name: "export --all --format csv: time / sqlite3 -csv floor", samples: [exportTime / floorTime], unit: "×", target: "≤ 3×",
                       meets: { $0 <= 3 }, judged: exportTime / floorTime)
    let memory = Figure(name: "export --all --format csv: peak memory", samples: [exportMemory], unit: "MB", target: "≤ 100 MB",
                        meets: { $0 <= 100 }, judged: exportMemory)
    let note = String(format: "Export (median of %d runs each, in this run): `nintei export --all --format csv` %.2f s, peak %.1f MB, %.1f MB written; the floor, `sqlite3 -csv` with json_extract over the same %d columns, %.2f s, peak %.1f MB.",
                      export.count, exportTime, exportMemory, Double(size) / 1_048_576, columns.count, floorTime, floorMemory)
    return ([ratio, memory], [note, ""])
}

// MARK: Through the office server

/// One measure taken twice: on the store in this process, and through an `OfficeServer` in this
/// process on a temporary socket with an `OfficeClient`, the way every screen reaches the office
/// with `--server`. Target: p95 through the server ≤ 2 × p95 in-process + 1 ms.
struct ServerPair {
    let name: String
    let direct: Figure
    let served: Figure

    var limit: Double { 2 * direct.p95 + 1 }
    var meets: Bool { served.p95 <= limit }
    var ratio: Double { served.p95 / direct.p95 }
}

/// Open a case, save a field, a search key and a page, each on the store and through the server.
@MainActor func serverComparison(store: Store, drafts: [CaseSummary]) -> [ServerPair] {
    let folder = NSTemporaryDirectory() + "nintei-bench-server-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let socket = folder + "/office.sock"
    // The server takes this process for its own login (SO_PEERCRED): it needs the officer role.
    let roles = (try? store.roles()) ?? []
    if !roles.contains(.officer) {
        do {
            try store.addUser(identity.login, role: .officer)
        } catch {
            fail("\(identity.login) is not an officer of \(dbPath) and cannot be made one: \(error.text(.en))")
        }
    }
    var logger = Logger(label: "nintei.bench.serve")
    logger.logLevel = .critical
    let server: OfficeServer
    let client: OfficeClient
    do {
        let program = try ServerProgram(data: data)
        server = try OfficeServer(router: OfficeRouter(store: store, program: program), socketPath: socket, logger: logger)
        client = try OfficeClient(socket: socket)
    } catch let error as StoreError {
        fail("the office server: \(error.text(.en))")
    } catch let error as DataFileError {
        fail("the office server's data: \(error.text(.en))")
    } catch {
        fail("the office server: \(error)")
    }
    defer { server.stop() }

    print("")
    print("in process / through the office server (\(socket)); target: p95 through the server ≤ 2 × in-process + 1 ms")
    var pairs: [ServerPair] = []
    func pair(_ name: String, _ measure: (any OfficeService, Int) -> [Double]) {
        let direct = Figure.time(name, measure(store, 0), target: .infinity)
        let served = Figure.time(name, measure(client, 1), target: .infinity)
        let result = ServerPair(name: name, direct: direct, served: served)
        pairs.append(result)
        print(String(format: "%-40@ in process p50 %7@ p95 %7@ ms │ server p50 %7@ p95 %7@ ms │ ×%.1f │ limit %@ ms: %@",
                     name as NSString, format(direct.p50) as NSString, format(direct.p95) as NSString,
                     format(served.p50) as NSString, format(served.p95) as NSString, result.ratio,
                     format(result.limit) as NSString, (result.meets ? "met" : "NOT met") as NSString))
    }

    pair("open one case (intake form)") { office, _ in
        (0..<200).map { (index: Int) -> Double in
            let id = drafts[(index * 41) % drafts.count].id
            let start = now()
            guard (try? ScreenProbe.caseForm(store: office, caseID: id)) != nil else { fail("case \(id) does not open") }
            return milliseconds(since: start)
        }
    }
    pair("save one field (saveField)") { office, variant in
        let path = JSONPath([.key("firm"), .key("address")])
        return (0..<200).map { (index: Int) -> Double in
            let id = drafts[(index * 59) % drafts.count].id
            guard let snapshot = try? office.loadCase(id) else { fail("case \(id) does not load") }
            let start = now()
            do throws(StoreError) {
                _ = try office.saveField(caseID: id, path: path, value: .string("朝霞市本町\(index)-\(variant + 2)"), revision: snapshot.revision)
            } catch {
                fail("saving case \(id): \(error.text(.en))")
            }
            return milliseconds(since: start)
        }
    }
    pair("search key, 2 characters (key + frame)") { office, _ in
        var random = SeededRandom(state: 2027)
        let probe = ScreenProbe.caseList(store: office)
        _ = probe.frame()
        return (0..<24).map { (round: Int) -> Double in
            let word = firstWords.randomElement(using: &random)!
            let second = secondWords.randomElement(using: &random)!
            let keys = typing(String((round % 2 == 0 ? word.1 + second.1 : word.0 + second.0).prefix(2)))
            probe.press(keys[0])
            _ = probe.frame()
            let start = now()
            probe.press(keys[1])
            _ = probe.frame()
            let sample = milliseconds(since: start)
            probe.press(.escape)
            _ = probe.frame()
            return sample
        }
    }
    pair("a page of the case list (PgDn + frame)") { office, _ in
        let probe = ScreenProbe.caseList(store: office)
        _ = probe.frame()
        return (0..<200).map { (_: Int) -> Double in
            let start = now()
            probe.press(.pageDown)
            _ = probe.frame()
            return milliseconds(since: start)
        }
    }
    return pairs
}

func pairsTable(_ pairs: [ServerPair]) -> [String] {
    guard !pairs.isEmpty else { return [] }
    var lines = [
        "Through the office server: the same measures on the store in the process and through an `OfficeServer` on a "
            + "temporary Unix socket with an `OfficeClient` (HTTP/1.1 + JSON, in the same process). Target: p95 through "
            + "the server ≤ 2 × p95 in-process + 1 ms.",
        "",
        "| measure | in-process p50 | in-process p95 | server p50 | server p95 | server / in-process (p95) | limit | met |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for pair in pairs {
        lines.append("| \(pair.name) | \(format(pair.direct.p50)) ms | \(format(pair.direct.p95)) ms | \(format(pair.served.p50)) ms | "
            + "\(format(pair.served.p95)) ms | ×\(String(format: "%.1f", pair.ratio)) | \(format(pair.limit)) ms | \(pair.meets ? "yes" : "**no**") |")
    }
    lines.append("")
    return lines
}

// MARK: RESULTS.md

@MainActor func shell(_ command: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return "" }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

@MainActor func writeResults(_ figures: [Figure], pairs: [ServerPair], notes: [String], scaling: [String]) {
    let cpu = shell("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-").trimmingCharacters(in: .whitespaces)
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
    let os = shell(". /etc/os-release 2>/dev/null && echo \"$PRETTY_NAME\"") + " (" + shell("uname -sr") + ")"
    let swift = shell("swift --version 2>&1 | head -1")
    let load = shell("cut -d' ' -f1-3 /proc/loadavg")
    let date = ISO8601DateFormatter().string(from: Date())
    var lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`nintei-bench`, release build) on \(date). Regenerate rather than edit.",
        "",
        "| machine | |",
        "|---|---|",
        "| CPU | \(cpu.isEmpty ? "unknown" : cpu) |",
        "| cores | \(cores) |",
        "| RAM | \(String(format: "%.1f", memory)) GiB |",
        "| OS | \(os) |",
        "| Swift | \(swift) |",
        "| load average at the end | \(load) (other work on the machine makes the figures noisy) |",
        "",
        "| measure | p50 | p95 | target | met |",
        "|---|---:|---:|---|---|",
    ]
    for figure in figures {
        let met = figure.meets(figure.judged) ? "yes" : "**no**"
        if figure.unit == "docs/s" {
            lines.append("| \(figure.name) | \(String(format: "%.0f", figure.p50)) docs/s (median of \(figure.samples.count)) | slowest \(String(format: "%.0f", figure.samples.first ?? 0)) docs/s | \(figure.target) | \(met) |")
        } else if figure.unit == "×" {
            lines.append("| \(figure.name) | ×\(String(format: "%.2f", figure.p50)) | | \(figure.target) | \(met) |")
        } else if figure.unit == "MB" {
            lines.append("| \(figure.name) | \(String(format: "%.1f", figure.p50)) MB | | \(figure.target) | \(met) |")
        } else {
            let target = figure.target.hasPrefix("none") ? figure.target : figure.target + " (p95)"
            lines.append("| \(figure.name) | \(format(figure.p50)) ms | \(format(figure.p95)) ms | \(target) | \(figure.target.hasPrefix("none") ? "—" : met) |")
        }
    }
    lines.append("")
    lines += pairsTable(pairs)
    lines += notes
    let missed = figures.filter { !$0.meets($0.judged) }.map(\.name) + pairs.filter { !$0.meets }.map { $0.name + " through the server" }
    lines.append(missed.isEmpty ? "Every figure meets its target." : "Missed: " + missed.joined(separator: "; ") + ".")
    lines.append("")
    lines += scaling
    // The analysis of misses is written by people (bench/ANALYSIS.md) and kept with the figures.
    let analysisPath = ((resultsPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("ANALYSIS.md")
    if let analysis = try? String(contentsOfFile: analysisPath, encoding: .utf8) {
        lines.append(analysis)
    }
    let text = lines.joined(separator: "\n")
    try? FileManager.default.createDirectory(atPath: (resultsPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    do {
        try text.write(toFile: resultsPath, atomically: true, encoding: .utf8)
        print("wrote \(resultsPath)")
    } catch {
        fail("\(resultsPath): \(error.localizedDescription)")
    }
}

switch command {
case "generate": generate()
case "run": runBenchmarks()
case "paging":
    // Only End, the pages before it and the export (for a quick before / after).
    let export = exportFigures()
    let pagingStore = openStore()
    for figure in endFigures(store: pagingStore) + publicListEndFigures(store: pagingStore) + export.figures {
        print(String(format: "%-56@ p50 %8@  p95 %8@ %@", figure.name as NSString, format(figure.p50) as NSString, format(figure.p95) as NSString, figure.unit))
    }
    print(export.notes.first ?? "")
case "counts":
    // Only what waits for a count: opening browse and renewals, End after a common search.
    let countsStore = openStore()
    for figure in publicListEndFigures(store: countsStore) + searchEndFigures(store: countsStore).figures {
        print(String(format: "%-72@ p50 %8@  p95 %8@ ms", figure.name as NSString, format(figure.p50) as NSString, format(figure.p95) as NSString))
    }
case "search":
    // Only the twelve queries (for a quick before / after).
    let search = searchFigures(store: openStore())
    for figure in search.figures {
        print(String(format: "%-56@ p50 %8@  p95 %8@ ms", figure.name as NSString, format(figure.p50) as NSString, format(figure.p95) as NSString))
    }
    print(search.note)
case "import":
    // Only the import against its floor (adds 30 000 cases to the store: use a copy).
    let imported = importFigures()
    for figure in [imported.rate] + (imported.ratio.map { [$0] } ?? []) {
        print(String(format: "%-56@ p50 %8@  p95 %8@ %@", figure.name as NSString, format(figure.p50) as NSString, format(figure.p95) as NSString, figure.unit))
    }
    print(imported.note)
case "export":
    // Only the export against its floor.
    let export = exportFigures()
    for figure in export.figures {
        print(String(format: "%-56@ p50 %8@  p95 %8@ %@", figure.name as NSString, format(figure.p50) as NSString, format(figure.p95) as NSString, figure.unit))
    }
    print(export.notes.first ?? "")
case "launch":
    let launch = launchSamples(count: 15)
    let sorted = launch.samples.sorted()
    print(String(format: "process start to first frame: p50 %@ ms  p95 %@ ms (n=%d)", format(percentile(sorted, 0.5)), format(percentile(sorted, 0.95)), sorted.count))
    if let note = launch.note { print(note) }
case "server":
    let store = openStore()
    let drafts = (try? store.casePage(CaseListQuery(statuses: [.draft]), offset: 0, limit: 2000)) ?? []
    guard !drafts.isEmpty else { fail("the store has no drafts") }
    _ = serverComparison(store: store, drafts: drafts)
default:
    print("usage: nintei-bench generate --db PATH [--cases N] [--unless-made] | nintei-bench run --db PATH [--results FILE] [--figures FILE] [--other-size FILE …] | nintei-bench server|paging|search|counts|launch|import|export --db PATH")
    exit(command == "help" ? 0 : 2)
}
