/// The one transition function of a case: which status may follow which, and who may move it.
/// Every refusal says why in words, in both languages.
public enum Lifecycle {
    /// The moves a case can make, and the role that makes each.
    public static let moves: [(from: CaseStatus, to: CaseStatus, by: Role)] = [
        (.draft, .submitted, .officer),
        (.submitted, .inReview, .officer),
        (.submitted, .draft, .officer),
        (.inReview, .approved, .chair),
        (.inReview, .rejected, .chair),
        (.inReview, .returned, .chair),
        (.returned, .draft, .officer),
        (.approved, .certified, .officer),
        (.certified, .renewalDue, .officer),
        (.certified, .expired, .officer),
        (.renewalDue, .renewed, .officer),
        (.renewalDue, .expired, .officer),
    ]

    /// Statuses from which an officer may withdraw a case at the firm's request.
    static let withdrawable: Set<CaseStatus> = [.draft, .submitted, .inReview, .returned, .approved, .certified, .renewalDue]

    public static func nextStatuses(from status: CaseStatus) -> [CaseStatus] {
        moves.filter { $0.from == status }.map(\.to) + (withdrawable.contains(status) ? [.withdrawn] : [])
    }

    /// The role that may move a case from one status to the other, or nil when the move does not exist.
    public static func role(from: CaseStatus, to: CaseStatus) -> Role? {
        if to == .withdrawn { return withdrawable.contains(from) ? .officer : nil }
        return moves.first { $0.from == from && $0.to == to }?.by
    }

    /// Checks a move; throws the reason when it is not allowed for these roles.
    public static func check(from: CaseStatus, to: CaseStatus, roles: Set<Role>) throws(Refusal) {
        if from == to {
            throw Refusal(LocalizedText(ja: "この案件は既に「\(to.label.ja)」です", en: "the case is already \(to.label.en)"))
        }
        guard let needed = role(from: from, to: to) else {
            let next = nextStatuses(from: from)
            let options = next.isEmpty
                ? LocalizedText(ja: "「\(from.label.ja)」の案件はこれ以上進みません", en: "a case that is \(from.label.en) does not move on")
                : LocalizedText(
                    ja: "次にできるのは " + next.map { "「\($0.label.ja)」" }.joined(separator: "、") + " です",
                    en: "it can go to " + next.map(\.label.en).joined(separator: ", "))
            throw Refusal(LocalizedText(
                ja: "「\(from.label.ja)」から「\(to.label.ja)」へは進めません。\(options.ja)",
                en: "a case cannot go from \(from.label.en) to \(to.label.en); \(options.en)"))
        }
        try Permissions.require(needed, among: roles, toDo: LocalizedText(
            ja: "「\(from.label.ja)」から「\(to.label.ja)」に進める",
            en: "move a case from \(from.label.en) to \(to.label.en)"))
    }

    /// Why something was refused.
    public struct Refusal: Error, Sendable, Equatable {
        public let reason: LocalizedText

        public init(_ reason: LocalizedText) {
            self.reason = reason
        }
    }
}

/// What each role may do, checked below the user interface.
public enum Permissions {
    /// Officers create and edit applications until they go to the committee.
    public static func checkEditApplication(status: CaseStatus, roles: Set<Role>) throws(Lifecycle.Refusal) {
        try require(.officer, among: roles, toDo: LocalizedText(ja: "申請の内容を変更する", en: "change an application"))
        guard status == .draft else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "「\(status.label.ja)」の案件の申請内容は変更できません（変更できるのは下書きだけです）",
                en: "the application of a case that is \(status.label.en) cannot be changed (only drafts can)"))
        }
    }

    public static func checkCreateCase(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try require(.officer, among: roles, toDo: LocalizedText(ja: "案件を作成する", en: "create a case"))
    }

    /// Statuses of a case from which a renewal may be started: the firm holds a valid certificate.
    public static let renewable: Set<CaseStatus> = [.certified, .renewalDue]

    /// Officers start a renewal from a certified firm's case (DOMAIN.md 6).
    public static func checkStartRenewal(status: CaseStatus, roles: Set<Role>) throws(Lifecycle.Refusal) {
        try require(.officer, among: roles, toDo: LocalizedText(ja: "更新申請を始める", en: "start a renewal"))
        guard renewable.contains(status) else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "「\(status.label.ja)」の案件からは更新を始められません（始められるのは「認定」か「更新時期」の案件です）",
                en: "a renewal cannot be started from a case that is \(status.label.en) (only from one that is certified or renewal due)"))
        }
    }

    public static func checkRecordContact(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try require(.officer, among: roles, toDo: LocalizedText(ja: "ヒアリングを記録する", en: "record a contact"))
    }

    /// Officers mark findings as reviewed, with the reason each one stands.
    public static func checkReviewFinding(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try require(.officer, among: roles, toDo: LocalizedText(ja: "指摘を確認済みにする", en: "mark a finding as reviewed"))
    }

    public static func checkManageUsers(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try require(.admin, among: roles, toDo: LocalizedText(ja: "利用者と役割を管理する", en: "manage users and roles"))
    }

    static func require(_ role: Role, among roles: Set<Role>, toDo action: LocalizedText) throws(Lifecycle.Refusal) {
        guard !roles.contains(role) else { return }
        let yours = Role.yours(roles, none: LocalizedText(ja: "役割が登録されていないため、閲覧だけができます", en: "you have no role, so you can only browse"))
        throw Lifecycle.Refusal(LocalizedText(
            ja: "\(action.ja)ことができるのは\(role.label.ja)です（\(yours.ja)）",
            en: "only \(role.label.en.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(role.label.en) may \(action.en) (\(yours.en))"))
    }
}
