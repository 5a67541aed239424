import Foundation
import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal

// MARK: Search as you type: a fixed set of queries

/// Twelve queries of one to six characters, the same in every run: common pieces (さ, 精), the
/// firms' words, and the mid-frequency queries whose rarest piece names a few hundred cases
/// (さくらせ, ひのでし), in the reading and as written.
let benchQueries = ["さ", "精", "朝霞", "しょ", "さくら", "ひので", "さくらせ", "ひのでし", "さくら精", "わかばうん", "みどりけん", "ひまわり薬局"]

/// Each query typed into the case list: the key that completes it and the frame it draws (the
/// count and the first page), 20 times; one figure per query, and the worst p95 of the set.
@MainActor func searchFigures(store: Store) -> (figures: [Figure], note: String) {
    var figures: [Figure] = []
    for query in benchQueries {
        let named = (try? store.countCases(CaseListQuery(search: query))) ?? 0
        var samples: [Double] = []
        let probe = ScreenProbe.caseList(store: store)
        _ = probe.frame()
        let keys = query.map(Key.character)
        for _ in 0..<20 {
            for key in keys.dropLast() {
                probe.press(key)
                _ = probe.frame()
            }
            samples.append(keyAndFrame(probe, keys.last!))
            probe.press(.escape)  // clears the search
            _ = probe.frame()
        }
        figures.append(.time("search 「\(query)」 (\(query.count) char., \(named) cases; key + frame)", samples, target: 15))
    }
    let worst = figures.indices.max { figures[$0].p95 < figures[$1].p95 }!
    let note = "Search: the worst of the \(benchQueries.count) queries at p95 is 「\(benchQueries[worst])」, \(format(figures[worst].p95)) ms (p50 \(format(figures[worst].p50)) ms)."
    return (figures, note)
}

/// End in the case list narrowed by a common search, the first time (the count had stopped at
/// its limit, "1000件以上", so End counts the rest), and the store's whole count of each of the
/// twelve queries: what End waits for at most.
@MainActor func searchEndFigures(store: Store) -> (figures: [Figure], note: String) {
    var figures: [Figure] = []
    for query in ["さ", "さくら", "かぶしき"] {
        var samples: [Double] = []
        var counted: [Double] = []
        for _ in 0..<20 {
            let probe = ScreenProbe.caseList(store: store)
            _ = probe.frame()
            for key in query.map(Key.character) + [.tab] {
                probe.press(key)
                _ = probe.frame()
            }
            let start = now()
            samples.append(keyAndFrame(probe, .end))
            // A count that had stopped at its limit goes on on another thread; its frame follows.
            probe.waitForArrivals()
            _ = probe.frame()
            counted.append(milliseconds(since: start))
        }
        let named = (try? store.countCases(CaseListQuery(search: query))) ?? 0
        figures.append(.time("End after the search 「\(query)」 (\(named) cases; key + frame)", samples, target: 20))
        figures.append(.time("End after 「\(query)」 until the whole count shows", counted, noTarget: "none (no key waits)"))
    }
    var worst: (query: String, milliseconds: Double) = ("", 0)
    for query in benchQueries {
        var samples: [Double] = []
        for _ in 0..<10 {
            let start = now()
            _ = try? store.countCases(CaseListQuery(search: query))
            samples.append(milliseconds(since: start))
        }
        let p95 = percentile(samples.sorted(), 0.95)
        if p95 > worst.milliseconds { worst = (query, p95) }
    }
    return (figures, "Counting every match (what End waits for when the count had stopped at 1 000): the slowest of the twelve queries is 「\(worst.query)」, \(format(worst.milliseconds)) ms at p95.")
}
