import NinteiCore

/// What the intake form reads when it opens a case: the case, the reviews of its findings and
/// the login's roles. One call, so one request through the office server, where each read is a
/// connection of its own.
public struct CaseOpening: Sendable, Equatable, Codable {
    public var snapshot: CaseSnapshot
    public var reviews: [FindingReview]
    public var roles: Set<Role>

    public init(snapshot: CaseSnapshot, reviews: [FindingReview], roles: Set<Role>) {
        self.snapshot = snapshot
        self.reviews = reviews
        self.roles = roles
    }
}

extension Store {
    /// The case, its findings' reviews and the login's roles, each read (and refused) as
    /// `loadCase`, `findingReviews` and `roles` read them.
    public func openCase(_ caseID: Int64) throws(StoreError) -> CaseOpening {
        CaseOpening(snapshot: try loadCase(caseID), reviews: try findingReviews(caseID: caseID), roles: try roles())
    }
}
