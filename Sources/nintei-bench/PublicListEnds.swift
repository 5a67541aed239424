import Foundation
import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal

// MARK: End in the certified-firm browser and the renewals list

/// The renewals window the bench opens (the shipped targets say six months).
let benchRenewalMonths = 12

/// Certificates for the synthetic office, written straight into the store file after it is
/// made (the store issues certificates one approved case at a time, through the committee):
/// every certified or renewal-due case holds one in force today, ending on one of the next
/// 1 100 days, so the browser lists them all and the renewals window holds about a third.
@MainActor func generateCertificates() {
    let sql = """
        INSERT INTO certificate (number, caseId, issuedOn, validUntil, sections)
        SELECT 'B' || id, id, date('now', '+' || (id * 7919 % 1100) || ' days', '-3 years', '+1 day'),
            date('now', '+' || (id * 7919 % 1100) || ' days'), sectionsPassed
        FROM "case" WHERE status IN ('certified', 'renewalDue');
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", dbPath, sql]
    // Without sqlite3 the office has no certificates: browse and renewals are then measured empty.
    guard (try? process.run()) != nil else {
        return FileHandle.standardError.write(Data("sqlite3 is missing: the synthetic office has no certificates\n".utf8))
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { fail("sqlite3 could not write the certificates into \(dbPath)") }
}

/// End, then PgUp and ↑ from the end, in the browser (the list focused with Tab first) and in
/// the renewals list: each list opened anew 20 times, key + frame. And the store's last page
/// by key of each, for the cost under the screens.
@MainActor func publicListEndFigures(store: Store) -> [Figure] {
    var figures: [Figure] = []
    let lists: [(name: String, open: () -> ScreenProbe, focus: [Key])] = [
        ("browse", { ScreenProbe.browse(store: store) }, [.tab]),
        ("renewals", { ScreenProbe.renewals(store: store, mappings: data.mappings, months: benchRenewalMonths) }, []),
    ]
    for list in lists {
        var end: [Double] = []
        var pageUp: [Double] = []
        var up: [Double] = []
        var opened: [Double] = []
        var counted: [Double] = []
        for _ in 0..<20 {
            let start = now()
            let probe = list.open()
            _ = probe.frame()
            opened.append(milliseconds(since: start))
            // The count is read on another thread and shows when it arrives (End waits for it).
            probe.waitForArrivals()
            _ = probe.frame()
            counted.append(milliseconds(since: start))
            for key in list.focus { probe.press(key) }
            end.append(keyAndFrame(probe, .end))
            for _ in 0..<3 {
                pageUp.append(keyAndFrame(probe, .pageUp))
                up.append(keyAndFrame(probe, .up))
            }
        }
        figures.append(.time("\(list.name): open + first frame (first page; the count on another thread)", opened, target: 20))
        figures.append(.time("\(list.name): open until the count shows", counted, noTarget: "none (no key waits)"))
        figures.append(.time("\(list.name): End (key + frame)", end, target: 20))
        figures.append(.time("\(list.name): PgUp from the end (key + frame)", pageUp, target: 5))
        figures.append(.time("\(list.name): ↑ from the end (key + frame)", up, target: 5))
    }
    return figures
}

/// How many entries the two lists hold, for the notes.
@MainActor func publicListSizes(store: Store) -> String {
    let firms = (try? store.certifiedFirmCount(CertifiedFirmFilter(), asOf: .today())) ?? 0
    let due = (try? store.renewalsDueCount(withinMonths: benchRenewalMonths, asOf: .today())) ?? 0
    return "The browser listed \(firms) certified firms and the renewals list (\(benchRenewalMonths) months) \(due) certifications."
}
