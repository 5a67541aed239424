/// The checklist versions this office knows, side by side (the new form and the old one for
/// renewals in the transition year).
public struct ChecklistLibrary: Sendable {
    public let checklists: [Checklist]

    public init(_ checklists: [Checklist]) {
        self.checklists = checklists
    }

    public func checklist(_ id: String) -> Checklist? {
        checklists.first { $0.id == id }
    }

    public var ids: [String] { checklists.map(\.id) }
}
