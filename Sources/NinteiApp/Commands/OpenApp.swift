import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei` (open): the interactive program on the real terminal.
public enum OpenApp {
    public static func run(language: Language, dataPath: String?) -> EvaluateFiles.Outcome {
        let library: ChecklistLibrary
        do {
            library = try DataDirectory.locate(explicit: dataPath).loadChecklists()
        } catch {
            return EvaluateFiles.Outcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend()
        } catch let error as TerminalError {
            return EvaluateFiles.Outcome(output: "", errors: [language == .ja ? error.japanese : error.english], exitCode: 2)
        } catch {
            return EvaluateFiles.Outcome(output: "", errors: [String(describing: error)], exitCode: 2)
        }
        defer { backend.close() }
        AppShell(root: HomeScreen(library: library), language: language).run(on: backend)
        return EvaluateFiles.Outcome(output: "", errors: [], exitCode: 0)
    }
}
