import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei` (open): the interactive program on the real terminal.
public enum OpenApp {
    public static func run(language: Language, dataPath: String?, dbOption: String?, identity: Identity) -> CommandOutcome {
        let data: ShippedData
        do {
            data = try DataDirectory.load(explicit: dataPath)
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        // The screens of this version only read the store; they open it read-only.
        let path = StoreLocation.resolve(explicit: dbOption)
        let office: OfficeSummary
        do {
            let store = try Store.open(at: path, identity: identity, mode: .readOnly, checklists: data.checklists, reference: data.reference)
            office = OfficeSummary(store: .opened(path: path, counts: try store.statusCounts()))
        } catch {
            office = OfficeSummary(store: .unavailable(message: error.text(language)))
        }
        return runScreens(root: HomeScreen(library: data.checklists, office: office), language: language)
    }

    /// `nintei gallery`: every input widget on one screen, nothing stored.
    public static func runGallery(language: Language) -> CommandOutcome {
        runScreens(root: GalleryScreen(language: language), language: language)
    }

    static func runScreens(root: any Screen, language: Language) -> CommandOutcome {
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch let error as TerminalError {
            return CommandOutcome(output: "", errors: [language == .ja ? error.japanese : error.english], exitCode: 2)
        } catch {
            return CommandOutcome(output: "", errors: [String(describing: error)], exitCode: 2)
        }
        defer { backend.close() }
        AppShell(root: root, language: language).run(on: backend)
        return CommandOutcome(output: "", errors: [], exitCode: 0)
    }
}
