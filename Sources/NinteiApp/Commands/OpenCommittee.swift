import NinteiCore
import NinteiStore
import NinteiTerminal

/// `nintei review`: the committee's screens — the review queue for members and the chair, the
/// meeting screen for officers — acting as the OS login.
public enum OpenCommittee {
    public static func run(
        language: Language, dataPath: String?, dbOption: String?, identity: Identity, asOf: String? = nil, server: String? = nil
    ) -> CommandOutcome {
        let today: LocalDate
        do {
            today = try asOf.map { text throws(DateInputError) in try DateInput.parse(text) } ?? .today()
        } catch {
            return CommandOutcome(output: "", errors: ["--as-of: " + error.text(language)], exitCode: 1)
        }
        let screen: any Screen
        do {
            let data = try DataDirectory.load(explicit: dataPath)
            let store = try OpenCaseForm.openForEditing(server: server, path: StoreLocation.resolve(explicit: dbOption), identity: identity, data: data)
            screen = Self.screen(store: store, data: data.folder, language: language, today: today)
        } catch {
            return CommandOutcome(output: "", errors: [CommitteeDesk.refusal(error)(language)], exitCode: 2)
        }
        return OpenApp.runScreens(root: screen, language: language)
    }

    /// The committee's first screen for the store's login: the review queue for a committee
    /// member or the chair, the meeting screen for an officer who is not one. For the home
    /// screen to open; `data` (the data folder) holds the certificate settings.
    static func screen(store: any OfficeService, data: DataDirectory? = nil, language: Language, today: LocalDate = .today()) -> any Screen {
        let desk = CommitteeDesk(store: store, data: data, language: language, today: today)
        if desk.isOfficer && !desk.isMember { return MeetingScreen(desk: desk) }
        return ReviewQueueScreen(desk: desk)
    }
}
