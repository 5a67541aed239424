import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// What the desk's screens share about who is working: the open store and the login's roles.
/// Permissions are checked again by the store; here they only decide what is offered and why not.
enum Desk {
    /// Roles that change the store; a login with one of them opens it read-write.
    static let writingRoles: Set<Role> = [.officer, .committee, .chair, .admin]

    /// Roles that see the case list: the store lets only them read it (`ReadPermissions`);
    /// committee members read their cases through the review queue, viewers the public list.
    static let caseRoles: Set<Role> = ReadPermissions.Subject.caseList.readers

    /// Why this login cannot create a case here, or nil when it can.
    static func createRefusal(_ store: any OfficeService, roles: Set<Role>, language: Language) -> String? {
        do throws(Lifecycle.Refusal) {
            try Permissions.checkCreateCase(roles: roles)
        } catch {
            return error.reason.text(language)
        }
        return store.mode == .readOnly ? StoreError.readOnly(path: store.path).text(language) : nil
    }

    /// Why this login cannot record a contact here, or nil when it can.
    static func contactRefusal(_ store: any OfficeService, roles: Set<Role>, language: Language) -> String? {
        do throws(Lifecycle.Refusal) {
            try Permissions.checkRecordContact(roles: roles)
        } catch {
            return error.reason.text(language)
        }
        return store.mode == .readOnly ? StoreError.readOnly(path: store.path).text(language) : nil
    }

    /// Why this login does not get the case list, or nil when it does.
    static func caseListRefusal(roles: Set<Role>, language: Language) -> String? {
        roles.isDisjoint(with: caseRoles) ? UIText.caseListForStaff(language) : nil
    }

    /// The store's refusal of a read this login may not make (`ReadPermissions`), or nil when it may.
    static func readRefusal(_ subject: ReadPermissions.Subject, _ store: any OfficeService, roles: Set<Role>, language: Language) -> String? {
        do throws(Lifecycle.Refusal) {
            try ReadPermissions.check(subject, login: store.identity.login, roles: roles)
        } catch {
            return StoreError.refused(error.reason).text(language)
        }
        return nil
    }

    /// The roles of the store's login; none when they cannot be read (the store refuses anyway).
    static func roles(_ store: any OfficeService) -> Set<Role> {
        (try? store.roles()) ?? []
    }
}

/// Which cases a list shows by status: all, those waiting for the committee, or one status.
enum CaseFilter: Hashable {
    case all
    case awaitingCommittee
    case status(CaseStatus)

    /// The order the filter key steps through.
    static let cycle: [CaseFilter] = [.all, .awaitingCommittee] + CaseStatus.allCases.map(CaseFilter.status)

    var statuses: Set<CaseStatus> {
        switch self {
        case .all: return []
        case .awaitingCommittee: return [.submitted, .inReview]
        case .status(let status): return [status]
        }
    }

    func label(_ language: Language) -> String {
        switch self {
        case .all: return UIText.filterAllStatuses(language)
        case .awaitingCommittee: return UIText.filterAwaitingCommittee(language)
        case .status(let status): return status.label.text(language)
        }
    }

    var next: CaseFilter {
        let index = Self.cycle.firstIndex(of: self) ?? 0
        return Self.cycle[(index + 1) % Self.cycle.count]
    }
}

/// One of a few choices on one row, "(•) 電話  ( ) メール  ( ) 訪問": ← → or Space change it.
/// (The toolkit has check boxes and "tick any" groups, not a single choice.)
struct SingleChoice: Editable {
    var labels: [String]
    var selected: Int

    init(labels: [String], selected: Int = 0) {
        self.labels = labels
        self.selected = min(max(0, selected), max(0, labels.count - 1))
    }

    mutating func handle(_ key: Key) -> KeyOutcome {
        guard !labels.isEmpty else { return .ignored }
        switch key {
        case .left: selected = (selected + labels.count - 1) % labels.count
        case .right, .character(" "): selected = (selected + 1) % labels.count
        default: return .ignored
        }
        return .handled
    }

    /// Where each choice starts; tighter ("(•)電話 ( )メール") when the spaced row does not fit.
    private func starts(width: Int) -> (starts: [Int], compact: Bool) {
        let spaced = labels.reduce(0) { $0 + 4 + $1.displayWidth + 2 }
        let compact = spaced - 2 > width
        var x = 0
        let starts = labels.map { label in
            defer { x += (compact ? 3 : 4) + label.displayWidth + (compact ? 1 : 2) }
            return x
        }
        return (starts, compact)
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard area.width > 1, area.height > 0, let start = starts(width: area.width).starts.dropFirst(selected).first else { return nil }
        return CellPosition(x: area.x + min(start + 1, area.width - 1), y: area.y)
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let area = area.clipped(to: buffer.size)
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(CellRect(x: area.x, y: area.y, width: area.width, height: 1))
        let layout = starts(width: area.width)
        for (index, (label, start)) in zip(labels, layout.starts).enumerated() where start < area.width {
            let mark = (index == selected ? "(•)" : "( )") + (layout.compact ? "" : " ")
            let style = index == selected ? CellStyle(bold: true, reverse: focused) : .plain
            buffer.put(mark + label, x: area.x + start, y: area.y, maxWidth: area.width - start, style: style)
        }
    }
}

/// Label column and field rows of a small form, drawn the same way on every desk screen.
enum FormRows {
    static func labelWidth(_ width: Int) -> Int { width >= 60 ? 14 : 9 }

    static func drawLabel(_ text: String, focused: Bool, into buffer: inout CellBuffer, rect: CellRect) {
        let style = focused ? CellStyle(bold: true, color: .accent) : CellStyle(color: .muted)
        buffer.put(text.truncated(toWidth: labelWidth(rect.width) - 1), x: rect.x, y: rect.y, style: style)
    }

    static func fieldArea(_ rect: CellRect) -> CellRect {
        let label = labelWidth(rect.width)
        return CellRect(x: rect.x + label, y: rect.y, width: max(0, rect.width - label), height: rect.height)
    }

    /// "[ 作成する ]", reversed when focused.
    static func drawButton(_ label: String, focused: Bool, into buffer: inout CellBuffer, rect: CellRect) {
        let area = fieldArea(rect)
        buffer.put("[ \(label) ]", x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(bold: true, reverse: focused))
    }

    static func buttonCursor(_ rect: CellRect) -> CellPosition {
        let area = fieldArea(rect)
        return CellPosition(x: area.x + 2, y: area.y)
    }
}
