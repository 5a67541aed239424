/// Who may do what in the committee's work, checked by the store inside its write transaction.
/// Committee members are logins with the committee or chair role.
public enum CommitteeRules {
    public static let memberRoles: Set<Role> = [.committee, .chair]

    public static func isMember(_ roles: Set<Role>) -> Bool { !roles.isDisjoint(with: memberRoles) }

    public static func checkManageMeetings(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try Permissions.require(.officer, among: roles, toDo: LocalizedText(ja: "審査会を準備する", en: "prepare a meeting"))
    }

    /// A case goes on an agenda for review when it is submitted (it then is in review), or when
    /// it is still in review from an earlier meeting that did not decide it.
    public static func checkPutOnAgenda(status: CaseStatus, roles: Set<Role>) throws(Lifecycle.Refusal) {
        try checkManageMeetings(roles: roles)
        guard status == .submitted || status == .inReview else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "審査会に付議できるのは「提出済み」か「審査中」の案件です（この案件は「\(status.label.ja)」）",
                en: "only a submitted case or one in review can go on an agenda (this one is \(status.label.en))"))
        }
    }

    /// A member gives their own opinion; an officer may type a member's paper opinion for them.
    public static func checkGiveOpinion(
        actor: String, roles: Set<Role>, member: String, memberRoles: Set<Role>,
        conflict: ConflictType?, kind: AgendaKind, decided: Bool
    ) throws(Lifecycle.Refusal) {
        if member == actor {
            guard isMember(roles) else {
                throw Lifecycle.Refusal(LocalizedText(
                    ja: "意見を出せるのは審査委員です（\(actor) さんは審査委員ではありません）",
                    en: "only committee members give opinions (\(actor) is not a committee member)"))
            }
        } else {
            try Permissions.require(.officer, among: roles, toDo: LocalizedText(
                ja: "他の委員の意見を代わりに入力する", en: "type another member's opinion for them"))
            guard isMember(memberRoles) else {
                throw Lifecycle.Refusal(LocalizedText(
                    ja: "\(member) さんは審査委員ではないため、意見を記録できません",
                    en: "\(member) is not a committee member, so no opinion can be recorded for them"))
            }
        }
        if let conflict {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "\(member) さんはこの案件に利益相反（\(conflict.label.ja)）があるため、意見を出せません",
                en: "\(member) has a conflict of interest on this case (\(conflict.label.en)) and cannot give an opinion"))
        }
        guard kind == .review else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "事後報告の案件には意見を出しません", en: "a post-hoc report takes no opinions"))
        }
        guard !decided else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "この案件は既に決定済みのため、意見を変更できません", en: "this case is already decided, so opinions can no longer change"))
        }
    }

    /// An officer marks any member; a member marks themself.
    public static func checkMarkConflict(actor: String, roles: Set<Role>, member: String, memberRoles: Set<Role>) throws(Lifecycle.Refusal) {
        if !(member == actor && isMember(roles)) {
            try Permissions.require(.officer, among: roles, toDo: LocalizedText(
                ja: "他の委員の利益相反を登録する", en: "mark another member as conflicted"))
        }
        guard isMember(memberRoles) else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "\(member) さんは審査委員ではありません", en: "\(member) is not a committee member"))
        }
    }

    /// Only an officer withdraws a conflict declaration (one a member made by mistake, say):
    /// a member who could undo their own would choose when to be conflicted.
    public static func checkWithdrawConflict(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try Permissions.require(.officer, among: roles, toDo: LocalizedText(
            ja: "利益相反の登録を取り消す", en: "withdraw a conflict of interest"))
    }

    /// Only the chair decides, not on a case they are conflicted on; a report is only noted and a
    /// review is approved, rejected or returned; a decision against the rule result needs a reason.
    public static func checkDecide(
        roles: Set<Role>, outcome: DecisionOutcome, kind: AgendaKind, qualifies: Bool, reason: String?, conflict: ConflictType?
    ) throws(Lifecycle.Refusal) {
        try Permissions.require(.chair, among: roles, toDo: LocalizedText(ja: "審査会の決定を記録する", en: "record the committee's decision"))
        if let conflict {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "この案件に利益相反（\(conflict.label.ja)）があるため、決定を記録できません",
                en: "you have a conflict of interest on this case (\(conflict.label.en)) and cannot record its decision"))
        }
        switch (kind, outcome) {
        case (.report, .noted), (.review, .approve), (.review, .reject), (.review, .returnForInformation): break
        case (.report, _):
            throw Lifecycle.Refusal(LocalizedText(
                ja: "事後報告は「報告了承」として記録します", en: "a post-hoc report is recorded as noted"))
        case (.review, .noted):
            throw Lifecycle.Refusal(LocalizedText(
                ja: "審査案件は「認定」「不認定」「差し戻し」のいずれかで決定します", en: "a case under review is approved, rejected or returned"))
        }
        if isAgainstRule(outcome: outcome, qualifies: qualifies), (reason ?? "").allSatisfy(\.isWhitespace) {
            let rule = qualifies
                ? LocalizedText(ja: "基準を満たす", en: "meets the criteria")
                : LocalizedText(ja: "基準を満たさない", en: "does not meet the criteria")
            throw Lifecycle.Refusal(LocalizedText(
                ja: "規則による判定（\(rule.ja)）と異なる決定「\(outcome.label.ja)」には理由が必要です",
                en: "a decision (\(outcome.label.en)) against the rule result (\(rule.en)) needs a reason"))
        }
    }

    public static func isAgainstRule(outcome: DecisionOutcome, qualifies: Bool) -> Bool {
        (outcome == .approve && !qualifies) || (outcome == .reject && qualifies)
    }

    /// Which opinions on a case a login sees. A conflicted member sees none; a member sees the
    /// others' only after giving their own (or once the case is decided); officers and the
    /// chair, who run the meeting, see all.
    public static func opinionVisibility(roles: Set<Role>, conflict: ConflictType?, hasOwnOpinion: Bool, decided: Bool) -> OpinionVisibility {
        if conflict != nil { return .none }
        if roles.contains(.officer) || roles.contains(.chair) || hasOwnOpinion || decided { return .all }
        return isMember(roles) ? .ownOnly : .none
    }
}

public enum OpinionVisibility: Sendable, Equatable, Codable {
    case all
    /// Only the login's own opinion (none yet, so nothing).
    case ownOnly
    case none
}

extension CommitteeRules {
    /// An officer issues the certificate of an approved case.
    public static func checkIssueCertificate(status: CaseStatus, roles: Set<Role>) throws(Lifecycle.Refusal) {
        try Lifecycle.check(from: status, to: .certified, roles: roles)
    }

    /// A renewal that needs no new review is granted by an officer straight from submitted to
    /// certified, and reported to the next meeting afterwards (事後報告).
    public static func checkGrantRenewal(kind: ApplicationKind, status: CaseStatus, roles: Set<Role>) throws(Lifecycle.Refusal) {
        try Permissions.require(.officer, among: roles, toDo: LocalizedText(ja: "更新を認める", en: "grant a renewal"))
        guard kind == .renewal else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "審査なしで認めることができるのは更新申請だけです（新規申請は審査会で決定します）",
                en: "only a renewal can be granted without review (a new application is decided by the committee)"))
        }
        guard status == .submitted else {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "審査なしで認めることができるのは「提出済み」の更新申請です（この案件は「\(status.label.ja)」）",
                en: "only a submitted renewal can be granted without review (this one is \(status.label.en))"))
        }
    }
}

extension CommitteeRules {
    /// Officers write the culture notes (会社の風土) the committee reads beside the application.
    public static func checkWriteCultureNote(roles: Set<Role>) throws(Lifecycle.Refusal) {
        try Permissions.require(.officer, among: roles, toDo: LocalizedText(ja: "会社の風土のメモを書く", en: "write culture notes"))
    }
}


/// The letters the office sends: after a meeting's decision, and before a certification ends.
public enum LetterKind: String, Sendable, CaseIterable, Codable {
    /// 認定通知書: the certificate number and validity.
    case certification
    /// 不認定通知書: the committee's reason.
    case nonCertification
    /// 差し戻し通知: the facts the committee found missing, to send before it reviews again.
    case returnNotice
    /// 更新のご案内: the certification ends soon; what to send to renew it.
    case renewalNotice

    public var label: LocalizedText {
        switch self {
        case .certification: return LocalizedText(ja: "認定通知書", en: "certification notice")
        case .nonCertification: return LocalizedText(ja: "不認定通知書", en: "non-certification notice")
        case .returnNotice: return LocalizedText(ja: "差し戻し通知", en: "return notice")
        case .renewalNotice: return LocalizedText(ja: "更新のご案内", en: "renewal notice")
        }
    }

    /// The decision the letter tells of; nil for a renewal notice, which follows no decision.
    public var outcome: DecisionOutcome? {
        switch self {
        case .certification: return .approve
        case .nonCertification: return .reject
        case .returnNotice: return .returnForInformation
        case .renewalNotice: return nil
        }
    }

    /// A certification notice gives the certificate's number, a renewal notice its end.
    public var needsCertificate: Bool { self == .certification || self == .renewalNotice }
}

extension CommitteeRules {
    /// An officer writes a decision letter, for a case whose latest decision is the one the
    /// letter tells of; a certification notice needs the certificate issued (its number).
    public static func checkRecordLetter(
        kind: LetterKind, roles: Set<Role>, latestDecision: DecisionOutcome?, hasCertificate: Bool
    ) throws(Lifecycle.Refusal) {
        try Permissions.require(.officer, among: roles, toDo: LocalizedText(ja: "通知書を記録する", en: "record a letter"))
        if let outcome = kind.outcome, latestDecision != outcome {
            let decided = latestDecision.map { LocalizedText(ja: "決定は「\($0.label.ja)」", en: "the decision is \"\($0.label.en)\"") }
                ?? LocalizedText(ja: "まだ決定がありません", en: "there is no decision yet")
            throw Lifecycle.Refusal(LocalizedText(
                ja: "\(kind.label.ja)は「\(outcome.label.ja)」と決定した案件にだけ出せます（\(decided.ja)）",
                en: "a \(kind.label.en) is only for a case decided \"\(outcome.label.en)\" (\(decided.en))"))
        }
        if kind == .renewalNotice, !hasCertificate {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "認定証のない案件に更新のご案内は出せません", en: "a case without a certificate gets no renewal notice"))
        }
        if kind == .certification, !hasCertificate {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "認定証がまだ発行されていません（先に nintei certificate で認定番号を付けてください）",
                en: "the certificate is not issued yet (number it first with nintei certificate)"))
        }
    }
}
