import NinteiCore

extension UIText {
    static let homeCaseList = LocalizedText(ja: "案件一覧", en: "Cases")
    static let homeDrafts = LocalizedText(ja: "下書き", en: "Drafts")
    static let homeAwaitingCommittee = LocalizedText(ja: "委員会待ち", en: "Awaiting committee")
    static let homeRenewalsDue = LocalizedText(ja: "更新時期", en: "Renewals due")
    static let homeNewCase = LocalizedText(ja: "新規作成", en: "New case")
    static let homeImport = LocalizedText(ja: "ファイルから取り込み", en: "Import a file")
    static let homeChecklists = LocalizedText(ja: "チェックシートの版", en: "Checklist versions")
    static let homeCommittee = LocalizedText(ja: "委員会の審査", en: "Committee review")
    static let homeCommitteeAbout = LocalizedText(ja: "会議と議題、意見、決定、認定証", en: "meetings, agenda, opinions, decisions, certificates")
    static let homeCommitteeRefusal = LocalizedText(
        ja: "委員会の審査は委員・委員長・事務局が使います（あなたの役割にはありません）",
        en: "Committee review is for members, the chair and officers (not your role)")
    static let homeCertifiedFirms = LocalizedText(ja: "認定企業の一覧", en: "Certified firms")
    static let homeDashboard = LocalizedText(ja: "事業の状況", en: "Program dashboard")

    static let homeCaseListAbout = LocalizedText(ja: "案件を探して開く", en: "find a case and open it")
    static let homeDraftsAbout = LocalizedText(ja: "入力中の申請", en: "applications being entered")
    static let homeAwaitingCommitteeAbout = LocalizedText(ja: "提出済みと審査中", en: "submitted and in review")
    static let homeRenewalsDueAbout = LocalizedText(ja: "期限が近い認定と連絡先、更新の開始", en: "certifications ending soon, contacts, starting renewals")
    static let homeNewCaseAbout = LocalizedText(ja: "紙の申請書から案件を作る", en: "start a case from a paper application")
    static let homeImportAbout = LocalizedText(ja: "申請書ファイル（JSON）を1件取り込む", en: "import one application document (JSON)")
    static let homeCertifiedFirmsAbout = LocalizedText(ja: "いま認定されている企業と強み（閲覧のみ）", en: "firms certified today and their strengths (read-only)")
    static let homeDashboardAbout = LocalizedText(ja: "申請数・認定企業数・更新時期の推移", en: "applications, certified firms and renewals over the years")
    static let homeChecklistsAbout = LocalizedText(ja: "版ごとの項目と認定の基準", en: "items and the rule of each version")

    static let homeWho = LocalizedText(ja: "利用者: ", en: "Signed in as ")
    static let homeNoStore = LocalizedText(
        ja: "保存ファイルを開けないため使えません（理由は画面の上にあります）",
        en: "not available: the store cannot be opened (the reason is at the top of the screen)")
    static let homeNoRole = LocalizedText(
        ja: "役割が登録されていないため、閲覧だけができます。管理者に nintei user add で登録してもらってください",
        en: "you have no role, so you can only browse; ask an administrator to add you with nintei user add")
    static let caseListForStaff = LocalizedText(
        ja: "案件一覧を使えるのは事務局です（審査委員・委員長は委員会の審査から、議題の案件を読めます）",
        en: "the case list is for officers (committee members and the chair read the cases on an agenda through committee review)")

    static func homeRoleCan(_ role: Role) -> LocalizedText {
        switch role {
        case .officer:
            return LocalizedText(
                ja: "事務局: 申請の入力と取り込み、ヒアリングの記録、委員会への提出",
                en: "Officer: enter and import applications, record contacts, submit to the committee")
        case .committee:
            return LocalizedText(
                ja: "審査委員: 委員会の審査で議題の案件を読み、意見を出す",
                en: "Committee member: read the cases on the agenda and give opinions (committee review)")
        case .chair:
            return LocalizedText(
                ja: "委員長: 議題の案件を読み、委員会の決定を記録する（委員会の審査）",
                en: "Chair: read the cases on the agenda and record the committee's decisions (committee review)")
        case .admin:
            return LocalizedText(
                ja: "管理者: 利用者と役割の管理（nintei user）、監査記録の確認（nintei audit）",
                en: "Administrator: manage users and roles (nintei user), check the audit log (nintei audit)")
        case .viewer:
            return LocalizedText(
                ja: "閲覧者: 認定企業の一覧とチェックシートを読む",
                en: "Viewer: read the list of certified firms and the checklists")
        }
    }

    static func homeCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件", en: "\(count)")
    }

    static let checklistVersionsTitle = LocalizedText(ja: "チェックシートの版", en: "Checklist versions")
    static let filterAllStatuses = LocalizedText(ja: "すべての状態", en: "every status")
    static let filterAwaitingCommittee = LocalizedText(ja: "委員会待ち", en: "awaiting committee")
}

extension UIText {
    static let openedReadOnly = LocalizedText(
        ja: "読み取り専用で開きました（書き込みで開けませんでした）: ", en: "Opened read-only (it could not be opened for writing): ")
}
