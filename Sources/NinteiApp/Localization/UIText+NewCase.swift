import NinteiCore

extension UIText {
    static let ok = LocalizedText(ja: "OK", en: "OK")
    static let newCaseTitle = LocalizedText(ja: "新規作成", en: "New case")
    static let newCaseNamePlaceholder = LocalizedText(ja: "例: 株式会社さくら精工", en: "e.g. 株式会社さくら精工")
    static let newCaseKanaPlaceholder = LocalizedText(ja: "例: カブシキガイシャサクラセイコウ（空でも可）", en: "katakana, e.g. サクラセイコウ (optional)")
    static let newCaseChecklistShort = LocalizedText(ja: "様式", en: "Form")
    static let newCaseCreate = LocalizedText(ja: "作成する", en: "Create")
    static let newCaseToday = LocalizedText(ja: "（今日）", en: " (today)")
    static let newCaseNameRequired = LocalizedText(ja: "事業者名を入力してください", en: "Type the firm's name")
    static let newCaseRefusedTitle = LocalizedText(ja: "作成できません", en: "Cannot create the case")
    static let newCaseHint = LocalizedText(
        ja: "下書きを作成し、その案件を開きます。申請書の各節は案件を開いてから入力します。← → または Space で選択を変えます。",
        en: "Creates a draft and opens it; the sections of the application are entered in the case. ← → or Space change a choice.")

    static func newCaseCreated(_ id: Int64) -> LocalizedText {
        LocalizedText(ja: "案件 \(id) を作成しました", en: "Created case \(id)")
    }
}
