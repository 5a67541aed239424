/// One version of the paper checklist (チェックシート), read from `data/checklists/*.json`.
/// Everything a municipality may change — items, options, minimums, scoring — is data here.
public struct Checklist: Sendable {
    public let id: String
    public let title: LocalizedText
    public let source: String
    public let scoring: Scoring
    public let declarations: [Declaration]
    public let certificationSchemes: [CertificationScheme]
    public let sections: [ChecklistSection]
    /// Values that are placeholders until the municipality's rules confirm them.
    public let toConfirm: [PlaceholderNote]
    /// Every section's items in paper order, and where each id sits among them: made once
    /// here, not for each document read, evaluated or written.
    public let items: [ChecklistItem]
    private let itemPositions: [String: Int]

    init(
        id: String, title: LocalizedText, source: String, scoring: Scoring, declarations: [Declaration],
        certificationSchemes: [CertificationScheme], sections: [ChecklistSection], toConfirm: [PlaceholderNote]
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.scoring = scoring
        self.declarations = declarations
        self.certificationSchemes = certificationSchemes
        self.sections = sections
        self.toConfirm = toConfirm
        items = sections.flatMap(\.items)
        // The first of an id named twice, as a search in paper order finds it.
        itemPositions = Dictionary(items.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    public func item(_ id: String) -> ChecklistItem? {
        itemPositions[id].map { items[$0] }
    }

    public func section(containing itemID: String) -> ChecklistSection? {
        sections.first { section in section.items.contains { $0.id == itemID } }
    }
}

public struct Scoring: Sendable {
    public enum Method: Sendable {
        /// A section passes with ⌈n/2⌉ of its countable items; `sectionsNeeded` sections qualify.
        case perSectionHalf(sectionsNeeded: Int)
        /// Items carry points; a total of `passMark` qualifies.
        case points(passMark: Double)
    }

    public let method: Method
    public let naPolicy: NAPolicy
}

/// How an item marked "-" (nobody was eligible) counts in its section.
public enum NAPolicy: String, Sendable, CaseIterable {
    case excludeFromCount
    case countAsUnchecked
    case countAsChecked
}

public struct Declaration: Sendable {
    public let id: String
    public let label: LocalizedText
    public let requiredToQualify: Bool
}

public struct CertificationScheme: Sendable {
    public enum Detail: String, Sendable, CaseIterable {
        case category
        case number
    }

    public let id: String
    public let label: LocalizedText
    public let detail: Detail
    public let categories: [String]
}

// Sections, items and evidence fields are immutable classes, not structs: each is handed
// around for every document read, evaluated and written, and copying a struct of several
// strings and arrays retained each of them (about a tenth of an import's preparation).

public final class ChecklistSection: Sendable {
    public let id: String
    public let title: LocalizedText
    /// The public sentence for a passed section ("休暇の取得促進に力を入れている").
    public let strength: LocalizedText
    public let points: Double?
    public let items: [ChecklistItem]

    init(id: String, title: LocalizedText, strength: LocalizedText, points: Double?, items: [ChecklistItem]) {
        self.id = id
        self.title = title
        self.strength = strength
        self.points = points
        self.items = items
    }
}

public final class ChecklistItem: Sendable {
    public let id: String
    public let text: LocalizedText
    public let allowsNA: Bool
    public let core: Bool
    public let points: Double?
    public let evidence: [EvidenceField]
    public let checks: [ConsistencyCheck]
    /// The first of `evidence` that is a list of options, if any.
    public let optionsField: OptionsField?

    init(id: String, text: LocalizedText, allowsNA: Bool, core: Bool, points: Double?, evidence: [EvidenceField], checks: [ConsistencyCheck]) {
        self.id = id
        self.text = text
        self.allowsNA = allowsNA
        self.core = core
        self.points = points
        self.evidence = evidence
        self.checks = checks
        optionsField = evidence.lazy.compactMap { field in
            if case .options(let options) = field.content { return options }
            return nil
        }.first
    }

    public func yearFigures(_ key: EvidenceKey) -> YearFiguresField? {
        for field in evidence where field.key == key {
            if case .yearFigures(let table) = field.content { return table }
        }
        return nil
    }

    public func has(_ key: EvidenceKey) -> Bool {
        evidence.contains { $0.key == key }
    }
}

/// The answer keys of the application document (INTERCHANGE.md). A checklist chooses which of
/// them an item has; it cannot invent new ones, so the document format stays one contract.
public enum EvidenceKey: String, Sendable, CaseIterable, Codable {
    case text
    case options
    case figures
    case usage
    case managers
    case sdgs
}

public final class EvidenceField: Sendable {
    public enum Content: Sendable {
        case text(multiline: Bool)
        case options(OptionsField)
        case yearFigures(YearFiguresField)
        case headcountByGender(derivedShare: Bool)
        case sdgGoals
    }

    public let key: EvidenceKey
    public let label: LocalizedText
    public let content: Content

    init(key: EvidenceKey, label: LocalizedText, content: Content) {
        self.key = key
        self.label = label
        self.content = content
    }
}

public struct OptionsField: Sendable {
    public struct Choice: Sendable {
        public let id: String
        public let label: LocalizedText
    }

    /// How many ticked options make the item count as checked (new form 1, old form 3).
    public let minimum: Int
    public let choices: [Choice]

    public var hasOther: Bool { choices.contains { $0.id == OptionsField.otherID } }

    public static let otherID = "other"
}

public struct YearFiguresField: Sendable {
    public struct Column: Sendable {
        public let key: String
        public let label: LocalizedText
        public let unit: LocalizedText
        public let kind: FigureKind
    }

    /// How many years the paper form has room for.
    public let rows: Int
    public let columns: [Column]
    /// The rows are the calendar years just before the application's (printed on the paper,
    /// 2020–2022 for a 2023 application), not years the firm chooses.
    public let yearsBeforeReceipt: Bool

    public func column(_ key: String) -> Column? {
        columns.first { $0.key == key }
    }
}

public enum FigureKind: String, Sendable, CaseIterable {
    case hours
    case percent
    case count
    case days
}

/// Named consistency checks that a checklist attaches to items (see data/checklists/README.md).
public enum ConsistencyCheck: String, Sendable, CaseIterable {
    case overtimeLimit = "overtime-limit"
    case leaveIndustryAverage = "leave-industry-average"
    case womenManagerShare = "women-manager-share"
    case usageConsistency = "usage-consistency"
}

public struct PlaceholderNote: Sendable {
    public let path: String
    public let note: LocalizedText
}
