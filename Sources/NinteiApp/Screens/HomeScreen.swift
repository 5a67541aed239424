import NinteiCore
import NinteiStore
import NinteiTerminal

/// The first screen: who is working (the login and its roles from the store), what those roles
/// can do, the office's counts, and an entry for each screen — those this login cannot use are
/// shown muted and say why.
final class HomeScreen: Screen {
    /// The store as the app could open it.
    enum Office {
        /// `note` says something the user should know about how it was opened (read-only instead of read-write).
        case opened(any OfficeService, roles: Set<Role>, note: String?)
        case unavailable(message: String)
    }

    enum Entry: String, CaseIterable {
        case caseList, drafts, awaitingCommittee, committee, renewalsDue, newCase, importFile, certifiedFirms, dashboard, checklists

        var key: Character {
            switch self {
            case .caseList: return "l"
            case .drafts: return "d"
            case .awaitingCommittee: return "w"
            case .committee: return "c"
            case .renewalsDue: return "r"
            case .newCase: return "n"
            case .importFile: return "i"
            case .certifiedFirms: return "b"
            case .dashboard: return "p"
            case .checklists: return "v"
            }
        }

        var filter: CaseFilter? {
            switch self {
            case .caseList: return .all
            case .drafts: return .status(.draft)
            case .awaitingCommittee: return .awaitingCommittee
            default: return nil
            }
        }
    }

    private let library: ChecklistLibrary
    private let office: Office
    private let language: Language
    private let openCase: (Int64) -> (any Screen)?
    private let program: ProgramEntries?
    private(set) var selected = 0
    private var counts: [CaseStatus: Int] = [:]
    private var countError: String?

    /// The screens of the whole program (renewals, the certified firms, the dashboard), made
    /// when opened, with the data files they need.
    struct ProgramEntries {
        let renewals: () -> any Screen
        let committee: () -> any Screen
        let certifiedFirms: () -> any Screen
        let dashboard: () -> any Screen
    }

    init(
        library: ChecklistLibrary, office: Office, language: Language, program: ProgramEntries? = nil,
        openCase: @escaping (Int64) -> (any Screen)?
    ) {
        self.library = library
        self.office = office
        self.language = language
        self.program = program
        self.openCase = openCase
        // The cursor starts on the first thing this login may open (a viewer's is the public list).
        selected = Entry.allCases.firstIndex { disabledReason($0) == nil } ?? 0
    }

    let title = LocalizedText(ja: "ワーク・ライフ・バランス推進企業認定", en: "Work-life balance company certification")

    var store: (any OfficeService)? {
        if case .opened(let store, _, _) = office { return store }
        return nil
    }

    var roles: Set<Role> {
        if case .opened(_, let roles, _) = office { return roles }
        return []
    }

    /// Why an entry cannot be used now; nil when it can.
    func disabledReason(_ entry: Entry) -> String? {
        if entry == .checklists { return nil }
        guard let store else { return UIText.homeNoStore(language) }
        switch entry {
        case .newCase, .importFile: return Desk.createRefusal(store, roles: roles, language: language)
        case .certifiedFirms: return nil
        case .dashboard: return Desk.readRefusal(.programReport, store, roles: roles, language: language)
        case .committee:
            return roles.isDisjoint(with: [.officer, .committee, .chair]) ? UIText.homeCommitteeRefusal(language) : nil
        default: return Desk.caseListRefusal(roles: roles, language: language)
        }
    }

    enum Action: ScreenActionSet, Hashable {
        static let namespace = "home"
        /// The selected entry.
        case open
        /// An entry by its letter.
        case entry(Entry)

        static var allCases: [Action] { [.open] + Entry.allCases.map(Action.entry) }

        init?(rawValue: String) {
            if rawValue == "open" { self = .open } else if let entry = Entry(rawValue: rawValue) { self = .entry(entry) } else { return nil }
        }

        var rawValue: String {
            switch self {
            case .open: return "open"
            case .entry(let entry): return entry.rawValue
            }
        }
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        let current = Entry.allCases[selected]
        var bindings = [
            bind([.enter], Action.open, label: UIText.open(language), disabledReason: disabledReason(current)),
            bind([.up, .character("k")], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.down(language), statusBar: false),
        ]
        for entry in Entry.allCases {
            let shown = [Entry.caseList, .newCase, .importFile].contains(entry)
            bindings.append(bind(
                [.character(entry.key)], Action.entry(entry), label: Self.texts(entry).label(language), statusBar: shown,
                disabledReason: disabledReason(entry)))
        }
        return bindings
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .open: return open(Entry.allCases[selected])
        case .entry(let entry):
            selected = Entry.allCases.firstIndex(of: entry) ?? selected
            return open(entry)
        }
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        switch move {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(Entry.allCases.count - 1, selected + 1)
        case .pageUp, .pageDown, .top, .bottom, .back: break
        }
        return .stay
    }

    private func open(_ entry: Entry) -> ScreenAction {
        if let reason = disabledReason(entry) { return .say(LocalizedText(ja: reason, en: reason)) }
        let screen: any Screen
        switch entry {
        case .checklists:
            screen = ChecklistVersionsScreen(library: library)
        case .newCase:
            guard let store else { return .stay }
            screen = NewCaseScreen(store: store, language: language, openCase: openCase)
        case .importFile:
            guard let store else { return .stay }
            screen = ImportScreen(store: store, language: language, openCase: openCase)
        case .renewalsDue:
            guard let program else { return .stay }
            screen = program.renewals()
        case .committee:
            guard let program else { return .stay }
            screen = program.committee()
        case .certifiedFirms:
            guard let program else { return .stay }
            screen = program.certifiedFirms()
        case .dashboard:
            guard let program else { return .stay }
            screen = program.dashboard()
        default:
            guard let store, let filter = entry.filter else { return .stay }
            screen = CaseListScreen(store: store, language: language, filter: filter, openCase: openCase)
        }
        return .open(screen)
    }

    /// An entry's name, and what it is for (beside it on a wide terminal).
    private static func texts(_ entry: Entry) -> (label: LocalizedText, about: LocalizedText) {
        switch entry {
        case .caseList: return (UIText.homeCaseList, UIText.homeCaseListAbout)
        case .drafts: return (UIText.homeDrafts, UIText.homeDraftsAbout)
        case .awaitingCommittee: return (UIText.homeAwaitingCommittee, UIText.homeAwaitingCommitteeAbout)
        case .renewalsDue: return (UIText.homeRenewalsDue, UIText.homeRenewalsDueAbout)
        case .newCase: return (UIText.homeNewCase, UIText.homeNewCaseAbout)
        case .importFile: return (UIText.homeImport, UIText.homeImportAbout)
        case .committee: return (UIText.homeCommittee, UIText.homeCommitteeAbout)
        case .certifiedFirms: return (UIText.homeCertifiedFirms, UIText.homeCertifiedFirmsAbout)
        case .dashboard: return (UIText.homeDashboard, UIText.homeDashboardAbout)
        case .checklists: return (UIText.homeChecklists, UIText.homeChecklistsAbout)
        }
    }

    /// Counts are read again when the screen shows after another one (a case may have been added).
    func becameCurrent() -> ScreenAction {
        reloadCounts()
        return .stay
    }

    private func reloadCounts() {
        guard let store else { return }
        // Only the logins that get the case list read its counts.
        guard Desk.caseListRefusal(roles: roles, language: language) == nil else { return }
        do {
            counts = try store.statusCounts()
            countError = nil
        } catch {
            countError = error.text(language)
        }
    }

    private func count(_ entry: Entry) -> Int? {
        guard store != nil, countError == nil, Desk.caseListRefusal(roles: roles, language: language) == nil,
              let filter = entry.filter else { return nil }
        let statuses = filter.statuses
        return counts.filter { statuses.isEmpty || statuses.contains($0.key) }.values.reduce(0, +)
    }

    // MARK: Drawing

    private struct Line {
        var text: String
        var style: CellStyle = .plain
        /// Lines dropped first when the window is short (higher goes first).
        var priority = 0
    }

    private func headerLines(width: Int) -> [Line] {
        var lines: [Line] = []
        switch office {
        case .unavailable(let message):
            lines += message.wrapped(toWidth: width).map { Line(text: $0, style: CellStyle(color: .warning)) }
        case .opened(let store, let roles, let note):
            lines.append(Line(text: (store.reachedThroughServer ? UIText.serverLabel : UIText.storeLabel)(language) + store.path, priority: 2))
            lines.append(Line(text: UIText.homeWho(language) + store.identity.login + rolesText(roles), style: CellStyle(bold: true)))
            for role in roles.sorted() {
                lines += ("・" + UIText.homeRoleCan(role)(language)).wrapped(toWidth: width).map { Line(text: $0, priority: 3) }
            }
            if roles.isEmpty {
                lines += ("・" + UIText.homeNoRole(language)).wrapped(toWidth: width).map { Line(text: $0, priority: 3) }
            }
            if let note {
                lines += note.wrapped(toWidth: width).map { Line(text: $0, style: CellStyle(color: .warning), priority: 1) }
            }
            if let countError {
                lines += countError.wrapped(toWidth: width).map { Line(text: $0, style: CellStyle(color: .error)) }
            }
        }
        return lines
    }

    private func rolesText(_ roles: Set<Role>) -> String {
        guard !roles.isEmpty else { return "" }
        return UIText.parenthesized(roles.sorted().map { $0.label.text(language) }.joined(separator: UIText.listSeparator(language)))(language)
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let left = area.x + 2
        let width = max(1, area.width - 4)
        var header = headerLines(width: width)
        let entries = Entry.allCases.count
        // Room: blank above, header, blank, entries, blank, the selected entry's note (2 rows).
        var spacing = area.height >= header.count + entries + 6
        if !spacing {
            for priority in [3, 2, 1] where header.count + entries > area.height {
                header.removeAll { $0.priority == priority }
            }
            spacing = area.height >= header.count + entries + 3
        }
        // Why the store cannot be used matters more than entries that all say so.
        var unavailable = false
        if case .unavailable = office { unavailable = true }
        header = Array(header.prefix(max(unavailable ? 4 : 0, area.height - entries)))

        var row = area.y + (spacing ? 1 : 0)
        for line in header {
            buffer.put(line.text.truncated(toWidth: width), x: left, y: row, maxWidth: width, style: line.style)
            row += 1
        }
        if spacing { row += 1 }
        let labelWidth = width >= 60 ? 24 : max(10, width - 8)
        for (index, entry) in Entry.allCases.enumerated() where row < area.y + area.height {
            let disabled = disabledReason(entry) != nil
            let isSelected = index == selected
            var style = disabled ? CellStyle(color: .muted) : .plain
            if isSelected { style.reverse = true }
            // × marks what this login cannot use, for terminals (and eyes) without the muted colour.
            let marker = (isSelected ? "▶" : " ") + (disabled ? "×" : " ")
            var text = marker + Self.texts(entry).label(language).truncated(toWidth: labelWidth - 2).padded(toWidth: labelWidth - 2)
            let countText = count(entry).map { UIText.homeCount($0)(language) } ?? ""
            text += countText.padded(toWidth: 7, alignment: .trailing)
            if width >= 60 { text += "   " + Self.texts(entry).about(language) }
            if isSelected { buffer.fill(CellRect(x: left, y: row, width: width, height: 1), style: style) }
            buffer.put(text.truncated(toWidth: width), x: left, y: row, maxWidth: width, style: style)
            row += 1
        }
        guard spacing, let reason = disabledReason(Entry.allCases[selected]) else { return }
        row += 1
        for line in reason.wrapped(toWidth: width) where row < area.y + area.height {
            buffer.put(line, x: left, y: row, maxWidth: width, style: CellStyle(color: .warning))
            row += 1
        }
    }
}
