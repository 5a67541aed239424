/// What each role may read through the store, written once (issue 13, item 4). The store checks
/// it inside the same read transaction as the query, so the rule holds in local mode and behind
/// the office server alike. A login may hold several roles; the union applies.
///
/// | Subject            | Store methods                                                              | officer  | committee / chair     | admin | viewer, no role |
/// |--------------------|----------------------------------------------------------------------------|----------|-----------------------|-------|-----------------|
/// | `publishedList`    | certifiedFirms (both kinds), certifiedFirmCount, certifiedFirm,            | yes      | yes                   | yes   | yes             |
/// |                    | certifiedIndustries, strengthOptions, roles                                |          |                       |       |                 |
/// | `caseList`         | cases, caseCount, caseIDs, statusCounts, countCases, casePage (both kinds) | yes      | no                    | no    | no              |
/// | `caseFile`         | loadCase, casePacket, findingReviews, opinions, committeeComments,         | any case | a case on an agenda   | no    | no              |
/// |                    | conflicts, certificate(caseID:)                                            |          |                       |       |                 |
/// | `contacts`         | contacts (the packet shows the contact log to the members who decide)      | any case | a case on an agenda   | no    | no              |
/// | `meetings`         | meetings, meeting, agenda, nextMeeting, decisions                          | yes      | yes                   | no    | no              |
/// | `reviewQueue`      | reviewQueue (a member's own queue)                                         | no       | yes                   | no    | no              |
/// | `meetingDocuments` | meetingPacket, meetingMinutes                                              | yes      | chair only            | no    | no              |
/// | `postHocCandidates`| postHocCandidates (the officer prepares the agenda)                        | yes      | no                    | no    | no              |
/// | `renewals`         | renewalsDue (both kinds), renewalsDueCount, changes, certificateNumber     | yes      | no                    | no    | no              |
/// | `exports`          | exportDocuments, exportCSV                                                 | yes      | no                    | no    | no              |
/// | `programReport`    | programReport (the dashboard)                                              | yes      | no                    | no    | no              |
/// | `audit`            | auditEvents, auditHead, verifyAudit                                        | yes      | no                    | yes   | no              |
/// | `users`            | users (officers list the members whose paper opinions they type)          | yes      | no                    | yes   | no              |
/// | `backup`           | backup                                                                     | no       | no                    | yes   | no              |
/// | `storeCheck`       | damagedCases, integrityProblems (officers: `export --all` skips damaged)   | yes      | no                    | yes   | no              |
///
/// Besides the table: a member conflicted on a case (a `conflict` row for the case and the
/// login) sees no opinion of it by any path (`CommitteeRules.opinionVisibility`), and
/// `auditEvents` leaves out the events of the cases the acting login is conflicted on. A case
/// in draft is on no agenda. Methods that read no store data (`evaluate`, `checklistLibrary`,
/// `referenceFigures`) need no check; writes keep their own rules (`Permissions`, `CommitteeRules`).
public enum ReadPermissions {
    public enum Subject: String, Sendable, CaseIterable {
        case publishedList
        case caseList
        case caseFile
        case contacts
        case meetings
        case reviewQueue
        case meetingDocuments
        case postHocCandidates
        case renewals
        case exports
        case programReport
        case audit
        case users
        case backup
        case storeCheck

        /// The roles that read it, of any case.
        public var readers: Set<Role> {
            switch self {
            case .publishedList: return Set(Role.allCases)
            case .caseList, .caseFile, .contacts, .postHocCandidates, .renewals, .exports, .programReport: return [.officer]
            case .meetings: return [.officer, .committee, .chair]
            case .reviewQueue: return [.committee, .chair]
            case .meetingDocuments: return [.officer, .chair]
            case .audit, .users, .storeCheck: return [.officer, .admin]
            case .backup: return [.admin]
            }
        }

        /// Roles that read it only for a case on a meeting's agenda.
        public var agendaReaders: Set<Role> {
            switch self {
            case .caseFile, .contacts: return CommitteeRules.memberRoles
            default: return []
            }
        }

        /// Read by every login, with a role or without.
        public var isPublic: Bool { self == .publishedList }

        /// What is read, as the refusal names it.
        public var label: LocalizedText {
            switch self {
            case .publishedList: return LocalizedText(ja: "認定企業の一覧", en: "the list of certified firms")
            case .caseList: return LocalizedText(ja: "案件の一覧と件数", en: "the list and counts of cases")
            case .caseFile: return LocalizedText(ja: "内容", en: "the case file")
            case .contacts: return LocalizedText(ja: "ヒアリングの記録", en: "the contact log")
            case .meetings: return LocalizedText(ja: "審査会と議題", en: "meetings and their agendas")
            case .reviewQueue: return LocalizedText(ja: "審査の一覧", en: "the review queue")
            case .meetingDocuments: return LocalizedText(ja: "審査会資料と議事録", en: "meeting packets and minutes")
            case .postHocCandidates: return LocalizedText(ja: "事後報告の候補", en: "the post-hoc report candidates")
            case .renewals: return LocalizedText(ja: "更新の情報", en: "renewals")
            case .exports: return LocalizedText(ja: "案件の書き出し", en: "case exports")
            case .programReport: return LocalizedText(ja: "事業の状況", en: "the program report")
            case .audit: return LocalizedText(ja: "監査記録", en: "the audit log")
            case .users: return LocalizedText(ja: "利用者と役割", en: "the users and their roles")
            case .backup: return LocalizedText(ja: "保存ファイルのバックアップ", en: "a backup of the store")
            case .storeCheck: return LocalizedText(ja: "保存ファイルの点検結果", en: "the store's check")
            }
        }
    }

    /// Whether roles read the subject; `onAgenda` says whether the case read is on an agenda.
    public static func mayRead(_ subject: Subject, roles: Set<Role>, onAgenda: Bool = false) -> Bool {
        if subject.isPublic || !roles.isDisjoint(with: subject.readers) { return true }
        return onAgenda && !roles.isDisjoint(with: subject.agendaReaders)
    }

    /// Whether reading the subject of a case depends on the case being on an agenda (so the
    /// caller needs to look before `check`).
    public static func needsAgenda(_ subject: Subject, roles: Set<Role>) -> Bool {
        roles.isDisjoint(with: subject.readers) && !roles.isDisjoint(with: subject.agendaReaders)
    }

    /// Refuses, naming the login and what they may not read, unless `mayRead`.
    public static func check(
        _ subject: Subject, login: String, roles: Set<Role>, caseID: Int64? = nil, onAgenda: Bool = false
    ) throws(Lifecycle.Refusal) {
        guard !mayRead(subject, roles: roles, onAgenda: onAgenda) else { return }
        let what = caseID.map { LocalizedText(ja: "案件 \($0) の\(subject.label.ja)", en: "\(subject.label.en) of case \($0)") } ?? subject.label
        if !roles.isDisjoint(with: subject.agendaReaders) {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "\(login) さんは\(what.ja)を読めません（審査委員・委員長が読めるのは審査会の議題になった案件だけです）",
                en: "\(login) may not read \(what.en) (committee members and the chair read only cases on a meeting's agenda)"))
        }
        let readers = subject.readers.union(subject.agendaReaders).sorted()
        let yours = Role.yours(roles, none: LocalizedText(ja: "役割が登録されていません", en: "you have no role"))
        throw Lifecycle.Refusal(LocalizedText(
            ja: "\(login) さんは\(what.ja)を読めません（読めるのは"
                + readers.map(\.label.ja).joined(separator: "・") + "です。\(yours.ja)）",
            en: "\(login) may not read \(what.en) (only: "
                + readers.map(\.label.en).joined(separator: ", ") + "; \(yours.en))"))
    }
}
