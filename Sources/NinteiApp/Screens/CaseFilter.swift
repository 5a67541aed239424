import NinteiCore

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
