import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei form CASE [--verify]`: the intake form of one case, opened directly (to verify it by re-keying).
public enum OpenCaseForm {
    public static func run(
        caseID: Int64, language: Language, dataPath: String?, dbOption: String?, identity: Identity, server: String? = nil, verifying: Bool = false
    ) -> CommandOutcome {
        let screen: CaseFormScreen
        do {
            let data = try DataDirectory.load(explicit: dataPath)
            let path = StoreLocation.resolve(explicit: dbOption)
            let store = try openForEditing(server: server, path: path, identity: identity, data: data)
            screen = try CaseFormScreen(store: store, caseID: caseID, language: language, verifying: verifying)
        } catch let error as DataFileError {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        } catch let error as StoreError {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        } catch {
            return CommandOutcome(output: "", errors: [String(describing: error)], exitCode: 2)
        }
        return OpenApp.runScreens(root: screen, language: language)
    }

    /// Read-write for a login that may change something; read-only otherwise (the store
    /// checks every change anyway; this only keeps a viewer's process from holding write access).
    static func openForEditing(server: String?, path: String, identity: Identity, data: ShippedData) throws(StoreError) -> any OfficeService {
        let store = try OfficeOpening.open(server: server, dbPath: path, identity: identity, mode: .readOnly, data: data)
        guard server == nil, !(try store.roles()).isDisjoint(with: Desk.writingRoles) else { return store }
        return try OfficeOpening.open(server: server, dbPath: path, identity: identity, mode: .readWrite, data: data)
    }
}
