/// Where a case stands in its life (DOMAIN.md "How a case moves").
public enum CaseStatus: String, Sendable, CaseIterable, Codable {
    case draft
    case submitted
    case inReview
    case approved
    case certified
    case rejected
    case returned
    case renewalDue
    case renewed
    case expired
    case withdrawn

    public var label: LocalizedText {
        switch self {
        case .draft: return LocalizedText(ja: "下書き", en: "draft")
        case .submitted: return LocalizedText(ja: "提出済み", en: "submitted")
        case .inReview: return LocalizedText(ja: "審査中", en: "in review")
        case .approved: return LocalizedText(ja: "承認", en: "approved")
        case .certified: return LocalizedText(ja: "認定", en: "certified")
        case .rejected: return LocalizedText(ja: "不認定", en: "rejected")
        case .returned: return LocalizedText(ja: "差し戻し", en: "returned")
        case .renewalDue: return LocalizedText(ja: "更新時期", en: "renewal due")
        case .renewed: return LocalizedText(ja: "更新済み", en: "renewed")
        case .expired: return LocalizedText(ja: "期限切れ", en: "expired")
        case .withdrawn: return LocalizedText(ja: "取り下げ", en: "withdrawn")
        }
    }

    /// Statuses a case never leaves.
    public var isFinal: Bool {
        [.rejected, .renewed, .expired, .withdrawn].contains(self)
    }
}

/// What a login may do. Users are OS logins; roles come from the store's users table.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    case officer
    case committee
    case chair
    case admin
    case viewer

    public var label: LocalizedText {
        switch self {
        case .officer: return LocalizedText(ja: "事務局", en: "officer")
        case .committee: return LocalizedText(ja: "審査委員", en: "committee member")
        case .chair: return LocalizedText(ja: "委員長", en: "committee chair")
        case .admin: return LocalizedText(ja: "管理者", en: "administrator")
        case .viewer: return LocalizedText(ja: "閲覧者", en: "viewer")
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// "あなたの役割: 事務局、管理者", as a refusal names the roles a login has; `none` when it has none.
    static func yours(_ roles: Set<Role>, none: LocalizedText) -> LocalizedText {
        roles.isEmpty ? none : LocalizedText(
            ja: "あなたの役割: " + roles.sorted().map(\.label.ja).joined(separator: "、"),
            en: "your roles: " + roles.sorted().map(\.label.en).joined(separator: ", "))
    }
}
