import NinteiClient
import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei` (open): the interactive program on the real terminal.
public enum OpenApp {
    public static func run(language: Language, dataPath: String?, dbOption: String?, identity: Identity, server: String? = nil) -> CommandOutcome {
        let data: ShippedData
        let targets: ProgramTargets
        do {
            data = try DataDirectory.load(explicit: dataPath)
            targets = try data.folder.loadProgramTargets()
        } catch {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        }
        let path = StoreLocation.resolve(explicit: dbOption)
        let office = server.map { openThroughServer($0, language: language) }
            ?? openOffice(at: path, data: data, identity: identity, language: language)
        var store: (any OfficeService)?
        if case .opened(let opened, _, _) = office { store = opened }
        let openCase: (Int64) -> (any Screen)? = { id in
            store.map { caseScreen(store: $0, caseID: id, language: language) }
        }
        var program: HomeScreen.ProgramEntries?
        if let store {
            program = HomeScreen.ProgramEntries(
                renewals: { PublicScreens.renewals(store: store, mappings: data.mappings, targets: targets, language: language, openCase: openCase) },
                committee: { OpenCommittee.screen(store: store, data: data.folder, language: language) },
                certifiedFirms: { PublicScreens.browse(store: store, language: language) },
                dashboard: { PublicScreens.dashboard(store: store, targets: targets, language: language) })
        }
        let home = HomeScreen(library: store?.checklistLibrary ?? data.checklists, office: office, language: language, program: program, openCase: openCase)
        return runScreens(root: home, language: language)
    }

    /// Connects to the office server: the login and its roles are the server's answer.
    static func openThroughServer(_ socket: String, language: Language) -> HomeScreen.Office {
        do {
            let client = try OfficeClient(socket: socket)
            let unsaved = RecoveryFolder().entries(storePath: socket)
            let note = unsaved.isEmpty ? nil : UIText.unsavedWaiting(cases: unsaved.map(\.entry.caseID))(language)
            return .opened(client, roles: client.rolesAtConnect, note: note)
        } catch {
            return .unavailable(message: error.text(language))
        }
    }

    /// Opens the store read-only to learn the login's roles, then read-write when one of them
    /// writes (officer, committee, chair, admin); a viewer or a login without a role browses
    /// read-only. The store checks every change again, whatever the UI offers.
    static func openOffice(at path: String, data: ShippedData, identity: Identity, language: Language) -> HomeScreen.Office {
        let reader: any OfficeService
        let roles: Set<Role>
        do {
            try OfficeOpening.refuseSharedFile(path)
            reader = try Store.open(at: path, identity: identity, mode: .readOnly, checklists: data.checklists, reference: data.reference)
            roles = try reader.roles()
        } catch {
            // A store made by an older build is migrated by a read-write open; try that before giving up.
            if case .notAStore = error, let writer = try? Store.open(
                at: path, identity: identity, mode: .readWrite, checklists: data.checklists, reference: data.reference) {
                return .opened(writer, roles: Desk.roles(writer), note: nil)
            }
            return .unavailable(message: error.text(language))
        }
        guard !roles.isDisjoint(with: Desk.writingRoles) else { return .opened(reader, roles: roles, note: nil) }
        do {
            let writer = try Store.open(at: path, identity: identity, mode: .readWrite, checklists: data.checklists, reference: data.reference)
            let unsaved = RecoveryFolder().entries(storePath: path)
            let note = unsaved.isEmpty ? nil : UIText.unsavedWaiting(cases: unsaved.map(\.entry.caseID))(language)
            return .opened(writer, roles: roles, note: note)
        } catch {
            return .opened(reader, roles: roles, note: UIText.openedReadOnly(language) + error.text(language))
        }
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
        // Told to stop (SIGHUP, SIGTERM): every screen has kept what was typed; give the
        // terminal back, then end with the signal's status.
        backend.close()
        TerminalSignals.endProcessIfStopped()
        let kept = RecoveryFolder.filesWrittenThisRun
        guard kept.isEmpty else {
            return CommandOutcome(output: "", errors: kept.map { UIText.unsavedKept(file: $0)(language) }, exitCode: 1)
        }
        return CommandOutcome(output: "", errors: [], exitCode: 0)
    }

    /// A draft an officer may edit opens in the intake form; any other case in its summary.
    static func caseScreen(store: any OfficeService, caseID: Int64, language: Language) -> any Screen {
        if store.mode == .readWrite, let form = try? CaseFormScreen(store: store, caseID: caseID, language: language), form.editRefusal == nil {
            return form
        }
        return CaseSummaryScreen(store: store, caseID: caseID, language: language)
    }
}
