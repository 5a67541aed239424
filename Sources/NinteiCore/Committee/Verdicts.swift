/// A committee member's opinion on a case.
public enum OpinionVerdict: String, Sendable, CaseIterable, Codable {
    case approve
    case reject
    case moreInfo

    public var label: LocalizedText {
        switch self {
        case .approve: return LocalizedText(ja: "認定可", en: "approve")
        case .reject: return LocalizedText(ja: "認定不可", en: "reject")
        case .moreInfo: return LocalizedText(ja: "要追加情報", en: "needs more information")
        }
    }

    /// The word typed on the command line (`more-info`); the stored raw value is accepted too.
    public var commandName: String { self == .moreInfo ? "more-info" : rawValue }

    public init?(commandName: String) {
        guard let verdict = OpinionVerdict.allCases.first(where: { $0.commandName == commandName || $0.rawValue == commandName }) else { return nil }
        self = verdict
    }
}

/// What the committee decided on an agenda item. `noted` is for post-hoc reports (事後報告),
/// which are received, not decided.
public enum DecisionOutcome: String, Sendable, CaseIterable, Codable {
    case approve
    case reject
    case returnForInformation = "return"
    case noted

    public var label: LocalizedText {
        switch self {
        case .approve: return LocalizedText(ja: "認定", en: "approved")
        case .reject: return LocalizedText(ja: "不認定", en: "rejected")
        case .returnForInformation: return LocalizedText(ja: "差し戻し（追加情報）", en: "returned for more information")
        case .noted: return LocalizedText(ja: "報告了承", en: "noted")
        }
    }

    /// The status a case under review takes; nil for a report, whose case stays as it is.
    public var resultingStatus: CaseStatus? {
        switch self {
        case .approve: return .approved
        case .reject: return .rejected
        case .returnForInformation: return .returned
        case .noted: return nil
        }
    }
}

/// How a member is connected to the firm of a case (利益相反).
public enum ConflictType: String, Sendable, CaseIterable, Codable {
    case employee
    case adviser
    case client
    case relative
    case other

    public var label: LocalizedText {
        switch self {
        case .employee: return LocalizedText(ja: "従業員", en: "employee")
        case .adviser: return LocalizedText(ja: "顧問", en: "adviser")
        case .client: return LocalizedText(ja: "取引先", en: "client")
        case .relative: return LocalizedText(ja: "親族", en: "relative")
        case .other: return LocalizedText(ja: "その他", en: "other")
        }
    }
}

/// Why a case is on a meeting's agenda.
public enum AgendaKind: String, Sendable, CaseIterable, Codable {
    /// A case for the committee to decide.
    case review
    /// A renewal granted without re-review, reported afterwards (事後報告).
    case report

    public var label: LocalizedText {
        switch self {
        case .review: return LocalizedText(ja: "審査", en: "review")
        case .report: return LocalizedText(ja: "事後報告", en: "post-hoc report")
        }
    }
}

/// Where a case in the review queue stands for one member.
public enum MemberCaseState: Sendable, Equatable, Codable {
    case conflict(ConflictType)
    case noOpinion
    case opinionGiven(OpinionVerdict)

    public var label: LocalizedText {
        switch self {
        case .conflict: return LocalizedText(ja: "利益相反", en: "conflict")
        case .noOpinion: return LocalizedText(ja: "意見未提出", en: "no opinion yet")
        case .opinionGiven(let verdict): return LocalizedText(ja: "意見提出済み（\(verdict.label.ja)）", en: "my opinion given (\(verdict.label.en))")
        }
    }
}
