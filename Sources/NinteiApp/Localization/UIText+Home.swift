import NinteiCore

extension UIText {
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
}
