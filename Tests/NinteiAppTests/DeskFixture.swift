import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal

/// The demo office in a store of its own under /tmp/nd-XXXXXXXX/ (a fixed-length name, so a
/// snapshot can mask it), with a login for every role; screens are run on the memory terminal.
final class DeskFixture {
    static let dataPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data").path
    static let data: ShippedData = {
        do throws(DataFileError) { return try DataDirectory.load(explicit: dataPath, configuration: .empty) } catch { fatalError(error.text(.en)) }
    }()
    /// The date the tests take as today.
    static let today = LocalDate(year: 2026, month: 11, day: 21)!

    /// Logins of the demo office by role (see DemoOffice.staff), plus a viewer, an
    /// administrator only, and a login without a role.
    static let logins: [String: String] = [
        "officer": "suzuki", "committee": "yamada", "chair": "ito", "admin": "kanri", "viewer": "kimura", "none": "guest",
    ]

    let folder: String
    let path: String

    init() throws {
        folder = "/tmp/nd-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)
        path = folder + "/d.sqlite"
        try DemoOffice.build(at: path, from: Self.data.folder, identity: Identity(login: "demo-admin"),
                             checklists: Self.data.checklists, reference: Self.data.reference)
        let admin = try store("demo-admin")
        try admin.addUser("kimura", role: .viewer)
        try admin.addUser("kanri", role: .admin)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func store(_ login: String, mode: Store.Mode = .readWrite) throws -> Store {
        try Store.open(at: path, identity: Identity(login: login), mode: mode, checklists: Self.data.checklists, reference: Self.data.reference)
    }

    /// The store as the app opens it for a role's login.
    func office(_ role: String, language: Language = .ja) -> HomeScreen.Office {
        OpenApp.openOffice(at: path, data: Self.data, identity: Identity(login: Self.logins[role]!), language: language)
    }

    func home(_ role: String, language: Language) -> HomeScreen {
        HomeScreen(library: Self.data.checklists, office: office(role, language: language), language: language, openCase: Self.opener(office(role), language))
    }

    static func opener(_ office: HomeScreen.Office, _ language: Language) -> (Int64) -> (any Screen)? {
        guard case .opened(let store, _, _) = office else { return { _ in nil } }
        return { id in CaseSummaryScreen(store: store, caseID: id, language: language) }
    }

    /// Runs a screen in the shell on a memory terminal with the keys given.
    static func run(_ root: any Screen, _ keys: [Key], width: Int = 80, height: Int = 24, language: Language = .ja) -> MemoryBackend {
        shell(root, keys, width: width, height: height, language: language).backend
    }

    /// As `run`, with the shell (to read the dialog it shows).
    static func shell(_ root: any Screen, _ keys: [Key], width: Int = 80, height: Int = 24, language: Language = .ja) -> (shell: AppShell, backend: MemoryBackend) {
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        let shell = AppShell(root: root, language: language)
        shell.run(on: backend)
        return (shell, backend)
    }

    /// The screen with the store's folder masked, for snapshots.
    func masked(_ text: String) -> String {
        text.replacingOccurrences(of: folder, with: "/tmp/nd-XXXXXXXX")
    }

    static func typing(_ text: String) -> [Key] { text.map(Key.character) }
}
