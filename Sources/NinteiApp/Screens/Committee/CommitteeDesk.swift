import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// What the committee's screens share: the store (acting as the OS login), the data folder
/// (certificate settings), the language and the day the screens count from.
final class CommitteeDesk {
    let store: any OfficeService
    let data: DataDirectory?
    let language: Language
    let today: LocalDate

    init(store: any OfficeService, data: DataDirectory?, language: Language, today: LocalDate = .today()) {
        self.store = store
        self.data = data
        self.language = language
        self.today = today
    }

    var login: String { store.identity.login }

    /// The login's roles; none when the store cannot say (every write is checked by the store anyway).
    var roles: Set<Role> { (try? store.roles()) ?? [] }

    var isOfficer: Bool { roles.contains(.officer) }
    var isChair: Bool { roles.contains(.chair) }
    var isMember: Bool { CommitteeRules.isMember(roles) }

    /// The committee members (committee or chair role), by login.
    func members() -> [String] {
        ((try? store.users()) ?? []).filter { CommitteeRules.isMember(Set($0.roles)) }.map(\.login)
    }

    /// A store refusal in both languages, for the status line.
    static func refusal(_ error: any Error) -> LocalizedText {
        if let error = error as? StoreError { return LocalizedText(ja: error.text(.ja), en: error.text(.en)) }
        if let error = error as? DataFileError { return LocalizedText(ja: error.text(.ja), en: error.text(.en)) }
        return LocalizedText(ja: String(describing: error), en: String(describing: error))
    }

    func date(_ date: LocalDate) -> String {
        language == .ja ? date.japanese : date.iso
    }

    /// "審査会 1: 令和5年7月20日 市役所 5階"
    func meetingLine(_ meeting: Meeting) -> String {
        UIText.committeeMeetingLine(meeting.id, date: date(meeting.date), place: meeting.place)(language)
    }

    func rule(_ qualifies: Bool) -> String {
        (qualifies ? UIText.committeeRuleMeets : UIText.committeeRuleFails)(language)
    }

    /// A folder typed by the user: "~" expanded, relative to the working folder.
    static func folder(_ typed: String) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        let expanded = (trimmed.isEmpty ? "." : trimmed as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded).standardizedFileURL.path
    }
}
