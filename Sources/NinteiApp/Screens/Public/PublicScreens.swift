import NinteiCore
import NinteiStore
import NinteiTerminal

/// Factories of the public and program screens, for the home screen and the commands.
enum PublicScreens {
    /// The certified-firm browser. It only reads; give it a store opened read-only
    /// (`Store.openReadOnly`) where the login need not change anything.
    static func browse(store: any OfficeService, language: Language, today: LocalDate = .today()) -> any Screen {
        BrowseScreen(store: store, language: language, today: today)
    }

    /// Certifications due for renewal within `months` (default: the targets' window), with the
    /// firm's contact; starting a renewal needs an officer and a store opened read-write. The new
    /// draft opens through `openCase` (default: the intake form).
    static func renewals(
        store: any OfficeService, mappings: ChecklistMappingLibrary, targets: ProgramTargets, months: Int? = nil, language: Language,
        today: LocalDate = .today(), openCase: ((Int64) -> (any Screen)?)? = nil
    ) -> any Screen {
        let opener = openCase ?? { caseID in try? CaseFormScreen(store: store, caseID: caseID, language: language) }
        return RenewalsScreen(
            store: store, mappings: mappings, months: months ?? targets.renewalWindowMonths, language: language, today: today,
            openCase: opener)
    }

    /// The program dashboard for a fiscal year (default: the current one). It only reads.
    static func dashboard(
        store: any OfficeService, targets: ProgramTargets, language: Language, today: LocalDate = .today(), fiscalYear: FiscalYear? = nil
    ) -> any Screen {
        DashboardScreen(store: store, targets: targets, language: language, today: today, fiscalYear: fiscalYear)
    }
}

/// `nintei browse` and `nintei dashboard`: the screens on the real terminal, the store opened
/// read-only (so they work for a login with no role and on a file it cannot write).
public enum OpenPublicScreens {
    public static func browse(language: Language, dataPath: String?, dbOption: String?, identity: Identity, server: String? = nil) -> CommandOutcome {
        open(language: language, dataPath: dataPath, dbOption: dbOption, identity: identity, server: server) { store, _ throws(DataFileError) in
            PublicScreens.browse(store: store, language: language)
        }
    }

    public static func dashboard(
        language: Language, dataPath: String?, dbOption: String?, identity: Identity, fiscalYear: Int?, server: String? = nil
    ) -> CommandOutcome {
        open(language: language, dataPath: dataPath, dbOption: dbOption, identity: identity, server: server) { store, data throws(DataFileError) in
            PublicScreens.dashboard(
                store: store, targets: try data.folder.loadProgramTargets(), language: language, fiscalYear: fiscalYear.map(FiscalYear.init))
        }
    }

    private static func open(
        language: Language, dataPath: String?, dbOption: String?, identity: Identity, server: String?,
        screen: (any OfficeService, ShippedData) throws(DataFileError) -> any Screen
    ) -> CommandOutcome {
        let root: any Screen
        do {
            let data = try DataDirectory.load(explicit: dataPath)
            let store = try OfficeOpening.open(
                server: server, dbPath: StoreLocation.resolve(explicit: dbOption), identity: identity, mode: .readOnly, data: data)
            root = try screen(store, data)
        } catch let error as DataFileError {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        } catch let error as StoreError {
            return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
        } catch {
            return CommandOutcome(output: "", errors: [String(describing: error)], exitCode: 2)
        }
        return OpenApp.runScreens(root: root, language: language)
    }
}
