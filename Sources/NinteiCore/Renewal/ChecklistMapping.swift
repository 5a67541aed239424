/// How the answers of one checklist version carry over into another (a renewal on a newer form),
/// read from `data/checklists/mappings/*.json` (format in that folder's README). For each item of
/// the target version: the items of the source version it takes its answer from and how each
/// evidence field is filled; items with no counterpart are listed as new, source items that go
/// nowhere as dropped.
public struct ChecklistMapping: Sendable {
    public let from: String
    public let to: String
    public let source: String
    /// Target items that take their answer from source items, in the file's order.
    public let items: [ItemMapping]
    /// Target items with no counterpart: left blank for the officer.
    public let newItems: [NoteOnItem]
    /// Source items whose answers have no place on the target form.
    public let dropped: [NoteOnItem]

    public init(from: String, to: String, source: String, items: [ItemMapping], newItems: [NoteOnItem], dropped: [NoteOnItem]) {
        self.from = from
        self.to = to
        self.source = source
        self.items = items
        self.newItems = newItems
        self.dropped = dropped
    }

    public func mapping(for targetItem: String) -> ItemMapping? {
        items.first { $0.target == targetItem }
    }

    public func newItem(_ targetItem: String) -> NoteOnItem? {
        newItems.first { $0.item == targetItem }
    }

    public func droppedItem(_ sourceItem: String) -> NoteOnItem? {
        dropped.first { $0.item == sourceItem }
    }

    /// A version onto itself: every item from the same item, every field as it is.
    public static func identity(_ checklist: Checklist) -> ChecklistMapping {
        let items = checklist.items.map { item -> ItemMapping in
            var carry: [Carry] = []
            for field in item.evidence {
                switch field.content {
                case .text:
                    carry.append(.text([ValueSource(item: item.id, field: .text)]))
                case .options(let options):
                    carry.append(.options(
                        choices: options.choices.map { ($0.id, [ChoiceSource(item: item.id, option: $0.id)]) },
                        otherText: options.hasOther ? [ValueSource(item: item.id, field: .otherText)] : []))
                case .yearFigures(let table):
                    carry.append(.table(
                        key: field.key, from: [TableSource(item: item.id, key: field.key)],
                        columns: table.columns.map { ($0.key, [$0.key]) }))
                case .headcountByGender:
                    carry.append(.managers(from: TableSource(item: item.id, key: .managers), men: [], women: []))
                case .sdgGoals:
                    carry.append(.sdgs([item.id]))
                }
            }
            return ItemMapping(target: item.id, from: [item.id], mark: .copy, carry: carry, note: nil)
        }
        return ChecklistMapping(from: checklist.id, to: checklist.id, source: "identity", items: items, newItems: [], dropped: [])
    }
}

/// A note about one item (why it is new, why it is dropped).
public struct NoteOnItem: Sendable {
    public let item: String
    public let note: LocalizedText

    public init(item: String, note: LocalizedText) {
        self.item = item
        self.note = note
    }
}

/// One target item and where its answer comes from.
public struct ItemMapping: Sendable {
    public let target: String
    /// The source items this item takes its answer from (its mark, with `copy`).
    public let from: [String]
    public let mark: MarkRule
    public let carry: [Carry]
    /// Why the correspondence is as it is, where it is a judgement call.
    public let note: LocalizedText?

    public init(target: String, from: [String], mark: MarkRule, carry: [Carry], note: LocalizedText?) {
        self.target = target
        self.from = from
        self.mark = mark
        self.carry = carry
        self.note = note
    }
}

/// How the target item's mark is set.
public enum MarkRule: String, Sendable, CaseIterable {
    /// ✓ when any source item has ✓; "-" when none has ✓, one has "-" and the target allows it.
    case copy
    /// ✓ when the carried options reach the target item's minimum (the ✓ of an option item follows its options).
    case fromOptions
    /// Left blank for the officer: the condition changed too much to carry the ✓.
    case blank
}

/// One evidence field of the target item and what fills it.
public enum Carry: Sendable {
    /// `text` from source texts (`text` or `otherText`), joined by line breaks.
    case text([ValueSource])
    /// `options`: each target choice is ticked when any of its sources is; `otherText` from source texts.
    case options(choices: [(choice: String, sources: [ChoiceSource])], otherText: [ValueSource])
    /// `figures` or `usage`: the rows of the source tables, each target column the sum of its source columns; rows of the
    /// same year are added up; the latest years are kept when there are more than the form has room for.
    case table(key: EvidenceKey, from: [TableSource], columns: [(column: String, sources: [String])])
    /// `managers`: from source `managers` as they are, or from the latest year of a source table (men and women the sums of
    /// the named columns).
    case managers(from: TableSource, men: [String], women: [String])
    /// `sdgs`: the goals of the source items.
    case sdgs([String])

    public var key: EvidenceKey {
        switch self {
        case .text: return .text
        case .options: return .options
        case .table(let key, _, _): return key
        case .managers: return .managers
        case .sdgs: return .sdgs
        }
    }

    /// The source items this field reads.
    public var sourceItems: [String] {
        switch self {
        case .text(let sources): return sources.map(\.item)
        case .options(let choices, let otherText): return choices.flatMap { $0.sources.map(\.item) } + otherText.map(\.item)
        case .table(_, let from, _): return from.map(\.item)
        case .managers(let from, _, _): return [from.item]
        case .sdgs(let items): return items
        }
    }
}

/// A text of a source item: its `text` or the `otherText` of its options.
public struct ValueSource: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case text
        case otherText
    }

    public let item: String
    public let field: Field

    public init(item: String, field: Field) {
        self.item = item
        self.field = field
    }
}

/// What ticks a target choice: a ticked option of a source item, or (no option) a source item marked ✓.
public struct ChoiceSource: Sendable, Equatable {
    public let item: String
    public let option: String?

    public init(item: String, option: String?) {
        self.item = item
        self.option = option
    }
}

/// A table (`figures`, `usage`) or the `managers` of a source item.
public struct TableSource: Sendable, Equatable {
    public let item: String
    public let key: EvidenceKey

    public init(item: String, key: EvidenceKey) {
        self.item = item
        self.key = key
    }
}

/// The mappings this office knows.
public struct ChecklistMappingLibrary: Sendable {
    public let mappings: [ChecklistMapping]

    public init(_ mappings: [ChecklistMapping]) {
        self.mappings = mappings
    }

    /// The mapping from one version to another; a version onto itself is the identity.
    public func mapping(from: String, to: String, checklists: ChecklistLibrary) -> ChecklistMapping? {
        if from == to { return checklists.checklist(from).map(ChecklistMapping.identity) }
        return mappings.first { $0.from == from && $0.to == to }
    }

    /// The version that replaces `checklistID`: the target of the mapping from it, or itself when none leads on.
    public func successor(of checklistID: String) -> String {
        mappings.first { $0.from == checklistID }?.to ?? checklistID
    }
}
