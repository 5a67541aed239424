/// The result of evaluating one application against its checklist: a recommendation for the
/// committee, not its decision.
public struct Evaluation: Sendable {
    public let checklistID: String
    public let items: [ItemResult]
    public let sections: [SectionResult]
    /// Declarations required to qualify that are not made.
    public let missingDeclarations: [Declaration]
    public let qualifies: Bool
    public let score: Score
    public let findings: [Finding]
    /// The public sentences of the passed sections, in section order.
    public let strengths: [LocalizedText]
    /// Checklist values still to be confirmed (placeholder points, pass mark).
    public let toConfirm: [PlaceholderNote]

    public var sectionsPassed: [String] {
        sections.filter { $0.passed == true }.map(\.id)
    }

    public func findings(for itemID: String?) -> [Finding] {
        findings.filter { $0.item == itemID }
    }

    public func item(_ id: String) -> ItemResult? {
        items.first { $0.id == id }
    }

    public enum Score: Sendable {
        case sections(passed: Int, needed: Int)
        case points(total: Double, passMark: Double)
    }
}

public struct ItemResult: Sendable {
    public let id: String
    public let mark: Mark
    /// Whether the item takes part in its section's count ("-" may be left out).
    public let countable: Bool
    /// Whether the item counts as checked (for option items: decided by the options).
    public let counts: Bool
    public let points: Double?
}

public struct SectionResult: Sendable {
    public let id: String
    public let title: LocalizedText
    public let countable: Int
    public let checked: Int
    /// Items needed to pass (⌈countable/2⌉); nil for the points method.
    public let needed: Int?
    /// nil for the points method, where sections score points and do not pass on their own.
    public let passed: Bool?
    public let points: Double?
    public let maxPoints: Double?
}
