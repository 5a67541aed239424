/// Verification by re-keying (double entry): a second officer types the paper again without
/// seeing the first entry; where the two differ, the verifier looks at the paper and says which
/// is right. Each field records who keyed it, who verified it and how.
public enum VerificationOutcome: String, Sendable, Codable, CaseIterable {
    /// The second entry was the same as the first.
    case matched
    /// They differed and the paper agreed with the first entry (the verifier mistyped).
    case kept
    /// They differed and the paper agreed with the second entry: the field was corrected.
    case corrected
}

/// Which entry the paper agrees with, when the two differ.
public enum VerificationJudgement: String, Sendable, Codable {
    case firstEntry
    case secondEntry
}

/// One field's verification, as recorded.
public struct FieldVerification: Sendable, Equatable, Codable {
    /// The field's key path, as the audit log writes it (`answers.2-1.figures`).
    public let path: String
    /// Who saved the value that was checked (the case's creator for a field never saved).
    public let keyedBy: String
    public let verifiedBy: String
    public let outcome: VerificationOutcome
    public let verifiedAt: String
    /// The value the verification stands for (JSON text; nil for an empty field). A later
    /// change of the field makes the verification stale.
    public let value: String?

    public init(path: String, keyedBy: String, verifiedBy: String, outcome: VerificationOutcome, verifiedAt: String, value: String?) {
        self.path = path
        self.keyedBy = keyedBy
        self.verifiedBy = verifiedBy
        self.outcome = outcome
        self.verifiedAt = verifiedAt
        self.value = value
    }
}

/// How far a case's verification has come: per case, and added up for the office.
public struct VerificationSummary: Sendable, Equatable, Codable {
    public let caseID: Int64
    public let firmName: String
    /// The fields of the case's checklist (`EntryFields`).
    public let fields: Int
    /// Fields whose verification stands for the value they hold now.
    public let verified: Int
    /// Fields where the two entries differed (kept or corrected).
    public let mismatches: Int
    /// Of those, the ones where the first entry was wrong and was corrected.
    public let corrected: Int
    public let verifiers: [String]

    public init(caseID: Int64, firmName: String, fields: Int, verified: Int, mismatches: Int, corrected: Int, verifiers: [String]) {
        self.caseID = caseID
        self.firmName = firmName
        self.fields = fields
        self.verified = verified
        self.mismatches = mismatches
        self.corrected = corrected
        self.verifiers = verifiers
    }

    public var isComplete: Bool { verified == fields }
}
