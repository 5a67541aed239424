import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiTerminal
import Testing

/// The README's key tables, rendered from the screens' bindings: each table stands between
/// `<!-- keys:NAME -->` and `<!-- /keys -->`. `make docs` rewrites them (NINTEI_WRITE_DOCS=1);
/// the test fails while the README says something else than the bindings.
@Suite("README key tables")
struct ReadmeKeyTablesTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test("every key table in the README is the one the bindings give")
    func readmeAgreesWithTheBindings() throws {
        let fixture = try DeskFixture()
        let tables = try ReadmeKeyTables.tables(fixture)
        let written = try String(contentsOf: Self.readme, encoding: .utf8)
        let rendered = try ReadmeKeyTables.replacingTables(in: written, with: tables)
        if ProcessInfo.processInfo.environment["NINTEI_WRITE_DOCS"] == "1", rendered != written {
            try rendered.write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        let stale = try tables.filter { name, table in try ReadmeKeyTables.replacingTables(in: written, with: [(name, table)]) != written }.map(\.name)
        #expect(stale.isEmpty, "README.md's key tables \(stale) differ from the screens' bindings: run make docs and read the diff")
    }

    @Test("every binding is labelled in both languages, the same binding in the same place")
    func bindingsInBothLanguages() throws {
        for (name, screen) in try ReadmeKeyTables.screens(try DeskFixture()) {
            let ja = screen.bindings(.ja), en = screen.bindings(.en)
            #expect(ja.map(\.action) == en.map(\.action), "\(name): the bindings differ between the languages")
            for (ja, en) in zip(ja, en) {
                #expect(!ja.label.isEmpty && !en.label.isEmpty && ja.label != en.label, "\(name) \(ja.action): labelled \"\(ja.label)\" / \"\(en.label)\"")
            }
        }
    }

    @Test("a table marker the README lacks is named")
    func missingMarkerIsNamed() {
        #expect(throws: ReadmeKeyTables.MissingMarker(name: "home")) {
            try ReadmeKeyTables.replacingTables(in: "no tables here", with: [("home", "| x |")])
        }
    }
}

/// Renders the key tables of the screens the README documents.
enum ReadmeKeyTables {
    struct MissingMarker: Error, Equatable, CustomStringConvertible {
        let name: String
        var description: String { "README.md has no <!-- keys:\(name) --> … <!-- /keys --> block" }
    }

    /// The screens, by the name their README marker uses, as an officer (a committee member
    /// for the committee's screens) opens them on the demo office.
    static func screens(_ fixture: DeskFixture) throws -> [(name: String, screen: any Screen)] {
        let officer = try fixture.store("suzuki")
        let chair = CommitteeDesk(store: try fixture.store("ito"), data: nil, language: .ja, today: DeskFixture.today)
        let queue = ReviewQueueScreen(desk: chair)
        let packetCase = queue.queue?.items.first?.entry.summary.id ?? 1
        let none: (Int64) -> (any Screen)? = { _ in nil }
        let data = DeskFixture.data
        return [
            ("home", fixture.home("officer", language: .ja)),
            ("case-list", CaseListScreen(store: officer, language: .ja, openCase: none)),
            ("case-summary", CaseSummaryScreen(store: officer, caseID: 1, language: .ja)),
            ("new-case", NewCaseScreen(store: officer, language: .ja, today: DeskFixture.today, openCase: none)),
            ("import", ImportScreen(store: officer, language: .ja, folder: "/nonexistent", openCase: none)),
            ("contact-log", ContactLogScreen(store: officer, caseID: 1, language: .ja, today: DeskFixture.today)),
            ("case-form", try CaseFormScreen(store: officer, caseID: 1, language: .ja, recovery: RecoveryFolder(path: fixture.folder + "/recovery"))),
            ("checklist-versions", ChecklistVersionsScreen(library: data.checklists)),
            ("gallery", GalleryScreen(language: .ja)),
            ("browse", BrowseScreen(store: try fixture.store("kimura", mode: .readOnly), language: .ja, today: DeskFixture.today)),
            ("renewals", RenewalsScreen(store: officer, mappings: DemoTestOffice.mappings, months: DemoTestOffice.targets.renewalWindowMonths,
                                        language: .ja, today: DeskFixture.today)),
            ("dashboard", DashboardScreen(store: officer, targets: DemoTestOffice.targets, language: .ja, today: DeskFixture.today)),
            ("review-queue", queue),
            ("case-packet", CasePacketScreen(desk: chair, caseID: packetCase)),
        ]
    }

    /// The `shell` table first: the keys every screen shares (help, quit; as on a screen whose
    /// focus takes no text), not repeated under each screen.
    static func tables(_ fixture: DeskFixture) throws -> [(name: String, table: String)] {
        let plain = ChecklistVersionsScreen(library: DeskFixture.data.checklists)
        let shell = table(AppShell(root: plain, language: .ja).shellBindings, AppShell(root: plain, language: .en).shellBindings)
        return try [("shell", shell)] + screens(fixture).map { ($0.name, table($0.screen.bindings(.ja), $0.screen.bindings(.en))) }
    }

    /// One row a binding: its keys, its label in Japanese and in English.
    static func table(_ ja: [KeyBinding], _ en: [KeyBinding]) -> String {
        let rows = zip(ja, en).map { ja, en in "| \(cell(ja.keyNames)) | \(cell(ja.label)) | \(cell(en.label)) |" }
        return (["| キー Keys | 操作 | Action |", "|---|---|---|"] + rows).joined(separator: "\n")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "\\`")
    }

    /// The README with each marked block's body replaced by its table.
    static func replacingTables(in readme: String, with tables: [(name: String, table: String)]) throws -> String {
        var text = readme
        for (name, table) in tables {
            let open = "<!-- keys:\(name) -->"
            guard let start = text.range(of: open), let end = text.range(of: "<!-- /keys -->", range: start.upperBound..<text.endIndex) else {
                throw MissingMarker(name: name)
            }
            text.replaceSubrange(start.upperBound..<end.lowerBound, with: "\n" + table + "\n")
        }
        return text
    }
}
