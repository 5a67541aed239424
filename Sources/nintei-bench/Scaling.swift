import Foundation

// MARK: The same figures at several office sizes

/// One figure of a run, as `run --figures FILE` writes it and the run at the main size reads
/// it back: what the scaling table compares across sizes.
struct FigureRecord {
    /// The figure's name without the counts that depend on the office (`stableKey`).
    let key: String
    let unit: String
    let p50: Double
    let p95: Double
    /// What the target judges: p95 for times, the median for rates, ratios and memory.
    let judged: Double
    /// "yes", "no", or "-" for a figure with no target.
    let met: String

    /// The value the scaling table shows and compares.
    var shown: Double { unit == "ms" ? p95 : judged }
}

/// The figures of one run and how many cases its store held when measured.
struct SizeFigures {
    let cases: Int
    let records: [FigureRecord]
}

/// A name with the counts that grow with the office taken out, so that "search 「さ」 (1 char.,
/// 46472 cases; key + frame)" at 100 000 cases and "… 465 cases …" at 1 000 are one row:
/// "search 「さ」 (1 char.; key + frame)", "End after the search 「さ」 (key + frame)".
func stableKey(_ name: String) -> String {
    name.replacing(#/, \d+ cases/#, with: "").replacing(#/\d+ cases; /#, with: "")
}

extension Figure {
    var record: FigureRecord {
        FigureRecord(key: stableKey(name), unit: unit, p50: p50, p95: p95, judged: judged,
                     met: target.hasPrefix("none") ? "-" : (meets(judged) ? "yes" : "no"))
    }
}

extension ServerPair {
    var record: FigureRecord {
        FigureRecord(key: "through the office server: \(stableKey(name))", unit: "ms", p50: served.p50, p95: served.p95, judged: served.p95,
                     met: meets ? "yes" : "no")
    }
}

/// `# cases N`, then one line a figure: key, unit, p50, p95, judged value, met; tab-separated.
@MainActor func writeFigures(_ figures: SizeFigures, to path: String) {
    var lines = ["# cases\t\(figures.cases)"]
    for record in figures.records {
        lines.append([record.key, record.unit, String(record.p50), String(record.p95), String(record.judged), record.met].joined(separator: "\t"))
    }
    do {
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        fail("\(path): \(error.localizedDescription)")
    }
}

@MainActor func readFigures(_ path: String) -> SizeFigures {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("\(path): cannot be read (the figures of a run at another size)") }
    var cases: Int?
    var records: [FigureRecord] = []
    for (number, line) in text.split(separator: "\n").enumerated() {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if fields.first == "# cases", fields.count == 2, let count = Int(fields[1]) {
            cases = count
        } else if fields.count == 6, let p50 = Double(fields[2]), let p95 = Double(fields[3]), let judged = Double(fields[4]) {
            records.append(FigureRecord(key: fields[0], unit: fields[1], p50: p50, p95: p95, judged: judged, met: fields[5]))
        } else {
            fail("\(path), line \(number + 1): not a figure (key, unit, p50, p95, judged, met, tab-separated): \(line)")
        }
    }
    guard let cases else { fail("\(path): no '# cases' line (how many cases the store held)") }
    return SizeFigures(cases: cases, records: records)
}

/// Whether a figure stays flat from the smallest office to every larger one: a time's p95 at
/// most 2 × the smallest's + 1 ms; a ratio or a memory at most 2 × the smallest's; a rate at
/// least half the smallest's.
func isFlat(unit: String, smallest: Double, larger: Double) -> Bool {
    switch unit {
    case "ms": return larger <= 2 * smallest + 1
    case "docs/s": return larger >= smallest / 2
    default: return larger <= 2 * smallest
    }
}

/// "100 000": a count as the results write it.
func spaced(_ count: Int) -> String {
    let digits = Array(String(count))
    var text = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { text += " " }
        text.append(digit)
    }
    return text
}

func shownValue(_ record: FigureRecord) -> String {
    switch record.unit {
    case "ms": return "\(format(record.p95)) ms"
    case "docs/s": return String(format: "%.0f docs/s", record.judged)
    case "×": return String(format: "×%.2f", record.judged)
    case "MB": return String(format: "%.1f MB", record.judged)
    default: return "\(format(record.judged)) \(record.unit)"
    }
}

/// The section "Scaling": one row a figure, its value at each size (smallest first), whether it
/// is flat and whether it meets its target at every size. Rows follow the main run's order;
/// a figure measured at some sizes only still gets its row.
func scalingSection(_ sizes: [SizeFigures]) -> [String] {
    let sizes = sizes.sorted { $0.cases < $1.cases }
    guard sizes.count > 1 else { return [] }
    let counts = sizes.map { spaced($0.cases) }
    let wording = counts.dropLast().joined(separator: ", ") + " and " + counts.last!
    var keys: [String] = []
    for size in sizes.reversed() {
        for record in size.records where !keys.contains(record.key) { keys.append(record.key) }
    }
    let smallest = counts.first!
    let explanation = "Each size measured by its own `nintei-bench run` on a copy of its own store (`make bench`, `BENCH_SIZES`), "
        + "in this `make bench`; a column's head is the number of cases the store held when measured (the import rows, the peak "
        + "memory and the server rows come after the import has added its 30 000 cases to the copy). Times are p95; the import "
        + "rate and the ratios the median of 3; memory the peak. **Flat** means: at every larger size, a time's p95 is at most "
        + "2 × its p95 at \(smallest) cases + 1 ms, a ratio or a memory at most 2 × its value at \(smallest), the import rate "
        + "at least half its rate at \(smallest). Anything else says **no**. A search's row is the same query at every size "
        + "(the number of cases it names grows with the office; the main table gives it at its size). \"**no** (p50 flat)\": the "
        + "p95 grows but the p50 passes the same test, which on a busy machine is often a few slow samples: compare runs."
    let heads: [String] = counts.map { "\($0) cases" }
    var lines: [String] = ["## Scaling: the same figures at \(wording) cases", "", explanation, ""]
    lines.append("| measure | " + heads.joined(separator: " | ") + " | flat? | target met |")
    lines.append("|---|" + String(repeating: "---:|", count: sizes.count) + "---|---|")
    var notFlat: (keys: [String], others: [String]) = ([], [])
    for key in keys {
        let records = sizes.map { size in size.records.first { $0.key == key } }
        let cells = records.map { $0.map(shownValue) ?? "—" }
        let flat: String
        let missing = zip(sizes, records).filter { $0.1 == nil }.map { spaced($0.0.cases) }
        if !missing.isEmpty {
            flat = "not measured at " + missing.joined(separator: ", ")
        } else {
            let measured = records.compactMap { $0 }
            let smallest = measured[0]
            let grows = measured.dropFirst().contains { !isFlat(unit: smallest.unit, smallest: smallest.shown, larger: $0.shown) }
            // A p95 that grows while the p50 stays flat is often one slow sample on a busy machine: said, not hidden.
            let middleGrows = measured.dropFirst().contains { !isFlat(unit: smallest.unit, smallest: smallest.p50, larger: $0.p50) }
            flat = !grows ? "yes" : (smallest.unit == "ms" && !middleGrows ? "**no** (p50 flat)" : "**no**")
        }
        let misses = zip(sizes, records).filter { $0.1?.met == "no" }.map { spaced($0.0.cases) }
        let targets = records.compactMap { $0?.met }
        // A figure without a target is one no key waits for (a count on another thread, the
        // old OFFSET page kept for comparison).
        if flat.hasPrefix("**no**") {
            if targets.allSatisfy({ $0 == "-" }) { notFlat.others.append(key) } else { notFlat.keys.append(key) }
        }
        let met = !misses.isEmpty ? "**no** at " + misses.joined(separator: ", ")
            : (targets.allSatisfy { $0 == "-" } ? "—" : "yes")
        lines.append("| \(key) | " + cells.joined(separator: " | ") + " | \(flat) | \(met) |")
    }
    lines.append("")
    lines.append(notFlat.keys.isEmpty ? "Every figure with a target is flat by this measure." : "Not flat, with a target: " + notFlat.keys.joined(separator: "; ") + ".")
    if !notFlat.others.isEmpty {
        lines.append("")
        lines.append("Not flat, and no key waits for them (no target): " + notFlat.others.joined(separator: "; ") + ".")
    }
    lines.append("")
    return lines
}
