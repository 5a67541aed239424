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
    /// The login's roles, read once: they decide what the screens offer, on every frame and key
    /// (none when the store cannot say; every write is checked by the store anyway).
    let roles: Set<Role>

    init(store: any OfficeService, data: DataDirectory?, language: Language, today: LocalDate = .today()) {
        self.store = store
        self.data = data
        self.language = language
        self.today = today
        roles = Desk.roles(store)
    }

    var login: String { store.identity.login }

    var isOfficer: Bool { roles.contains(.officer) }
    var isChair: Bool { roles.contains(.chair) }
    var isMember: Bool { CommitteeRules.isMember(roles) }

    /// The committee members (committee or chair role), by login.
    func members() -> [String] {
        ((try? store.users()) ?? []).filter { CommitteeRules.isMember(Set($0.roles)) }.map(\.login)
    }

    /// The top of a committee screen's body: the notice of the last change (reversed, green),
    /// then a load error in place of everything else. The row below it; nil after an error.
    static func drawHead(notice: LocalizedText?, loadError: LocalizedText?, into buffer: inout CellBuffer, area: CellRect, language: Language) -> Int? {
        var y = area.y
        if let notice {
            let style = CellStyle(bold: true, reverse: true, color: .success)
            buffer.fill(CellRect(x: area.x, y: y, width: area.width, height: 1), style: style)
            buffer.put(notice(language).truncated(toWidth: area.width), x: area.x, y: y, maxWidth: area.width, style: style)
            y += 1
        }
        guard let loadError else { return y }
        for row in loadError(language).wrapped(toWidth: area.width) where y < area.y + area.height {
            buffer.put(row.truncated(toWidth: area.width), x: area.x, y: y, maxWidth: area.width, style: CellStyle(bold: true, color: .error))
            y += 1
        }
        return nil
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
