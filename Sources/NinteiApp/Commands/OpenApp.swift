import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei` (open): the interactive program on the real terminal.
public enum OpenApp {
    public static func run(language: Language, dataPath: String?) -> CommandOutcome {
        let library: ChecklistLibrary
        do {
            library = try DataDirectory.locate(explicit: dataPath).loadChecklists()
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch let error as TerminalError {
            return CommandOutcome(output: "", errors: [language == .ja ? error.japanese : error.english], exitCode: 2)
        } catch {
            return CommandOutcome(output: "", errors: [String(describing: error)], exitCode: 2)
        }
        defer { backend.close() }
        AppShell(root: HomeScreen(library: library), language: language).run(on: backend)
        return CommandOutcome(output: "", errors: [], exitCode: 0)
    }
}
