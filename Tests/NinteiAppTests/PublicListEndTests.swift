import Foundation
@testable import NinteiApp
import NinteiCore
@testable import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("End and the pages before it in the certified-firm browser and the renewals list")
struct PublicListEndTests {
    /// The demo office with 90 more certified firms, whose certificates end on one of three days
    /// (ties in the renewals' order) and whose readings tie by threes (ties in the browser's).
    static func office() throws -> DemoTestOffice {
        let office = try DemoTestOffice()
        let store = try office.readWrite()
        try store.write { db in
            for index in 0..<90 {
                let document = ApplicationDocument(
                    checklistID: "asaka-2023", firm: FirmProfile(name: "テスト商会\(index / 3)", kana: ["テスト", "てすと", "ｶﾌﾞｼｷｶﾞｲｼｬﾃｽﾄ"][index % 3]))
                let id = try store.insertCase(db, document, status: .certified)
                try db.execute(
                    sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES (?, ?, ?, ?)",
                    arguments: [String(format: "T%03d", index), id, "2024-06-01", ["2027-01-31", "2027-02-28", "2027-03-31"][index % 3]])
            }
        }
        return office
    }

    /// The certificate numbers a snapshot shows, top to bottom (the demo's R5-002…, the added T000…).
    static func numbers(_ snapshot: String) -> [String] {
        snapshot.components(separatedBy: "\n").compactMap { line in
            line.split(separator: " ").map(String.init).first { $0.wholeMatch(of: /T\d{3}|R\d-\d{3}/) != nil }
        }
    }

    @Test("browse: End shows the last firms, and PgUp and ↑ from there the firms before them")
    func browseEnd() throws {
        let office = try Self.office()
        let all = try office.readOnly().certifiedFirms(asOf: DemoTestOffice.day).map(\.certificateNumber)
        #expect(all.count == 98)
        let browse = { BrowseScreen(store: try office.readOnly(), language: .ja, today: DemoTestOffice.day) }
        let atEnd = DemoTestOffice.run(try browse(), keys: [.tab, .end], language: .ja).snapshot()
        expectSnapshot(atEnd, named: "browse-end-80x24-ja")
        let shown = Self.numbers(atEnd)
        #expect(shown.count >= 10, "\(atEnd)")
        #expect(shown == Array(all.suffix(shown.count)), "End shows the last firms:\n\(atEnd)")
        for moves in [[Key.pageUp], [.pageUp, .pageUp, .up], Array(repeating: .pageUp, count: 4) + [.pageDown]] {
            let text = DemoTestOffice.run(try browse(), keys: [.tab, .end] + moves, language: .ja).snapshot()
            if moves == [.pageUp] { expectSnapshot(text, named: "browse-end-pgup-80x24-ja") }
            let rows = Self.numbers(text)
            let start = try #require(all.firstIndex(of: rows.first ?? ""), "\(text)")
            #expect(rows == Array(all[start..<(start + rows.count)]), "\(moves):\n\(text)")
        }
    }

    @Test("renewals: End shows the last certifications of the window, and PgUp from there those before them")
    func renewalsEnd() throws {
        let office = try Self.office()
        let store = try office.readWrite()
        let all = try store.renewalsDue(withinMonths: 6, asOf: DemoTestOffice.day).map(\.certificateNumber)
        #expect(all.count == 94)
        let renewals = { RenewalsScreen(store: store, mappings: DemoTestOffice.mappings, months: 6, language: .en, today: DemoTestOffice.day) }
        let atEnd = DemoTestOffice.run(renewals(), keys: [.end], language: .en).snapshot()
        expectSnapshot(atEnd, named: "renewals-end-80x24-en")
        let shown = Self.numbers(atEnd)
        #expect(shown.count >= 8, "\(atEnd)")
        #expect(shown == Array(all.suffix(shown.count)), "\(atEnd)")
        let text = DemoTestOffice.run(renewals(), keys: [.end, .pageUp, .up], language: .en).snapshot()
        expectSnapshot(text, named: "renewals-end-pgup-80x24-en")
        let rows = Self.numbers(text)
        let start = try #require(all.firstIndex(of: rows.first ?? ""), "\(text)")
        #expect(rows == Array(all[start..<(start + rows.count)]), "\(text)")
    }

    @Test("browse and renewals show their first rows before the count, which arrives on its own; End waits for it")
    func firstRowsBeforeTheCount() throws {
        let office = try Self.office()
        let size = TerminalSize(width: 80, height: 24)
        let all = try office.readOnly().certifiedFirms(asOf: DemoTestOffice.day).map(\.certificateNumber)
        let browse = BrowseScreen(store: try office.readOnly(), language: .ja, today: DemoTestOffice.day)
        let shell = AppShell(root: browse, language: .ja)
        shell.layOut(size: size)
        let first = shell.frame(size: size).render()
        #expect(first.contains("数えています") && first.contains("1/…"), "\(first)")
        let shown = Self.numbers(first)
        #expect(shown.count >= 10 && shown == Array(all.prefix(shown.count)), "\(first)")
        browse.waitForArrivals()
        let counted = shell.frame(size: size).render()
        #expect(counted.contains("98社") && counted.contains("1/98"), "\(counted)")

        let atOnce = BrowseScreen(store: try office.readOnly(), language: .ja, today: DemoTestOffice.day)
        let endShell = AppShell(root: atOnce, language: .ja)
        endShell.layOut(size: size)
        _ = endShell.handle(.tab)
        _ = endShell.handle(.end)
        let atEnd = endShell.frame(size: size).render()
        #expect(atEnd.contains("98/98") && Self.numbers(atEnd) == Array(all.suffix(Self.numbers(atEnd).count)), "\(atEnd)")

        let store = try office.readWrite()
        let due = try store.renewalsDue(withinMonths: 6, asOf: DemoTestOffice.day).map(\.certificateNumber)
        let renewals = RenewalsScreen(store: store, mappings: DemoTestOffice.mappings, months: 6, language: .en, today: DemoTestOffice.day)
        let renewalsShell = AppShell(root: renewals, language: .en)
        renewalsShell.layOut(size: size)
        let opened = renewalsShell.frame(size: size).render()
        #expect(opened.contains("counting") && opened.contains("1/…"), "\(opened)")
        #expect(Self.numbers(opened) == Array(due.prefix(Self.numbers(opened).count)), "\(opened)")
        renewals.waitForArrivals()
        #expect(renewalsShell.frame(size: size).render().contains("94 certifications end"))
    }
}
