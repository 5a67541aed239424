import NinteiCore

/// The catalogue of the screens' UI strings, in Japanese and English. Screens name a string;
/// the wording lives here, once. Strings that belong to one screen live in an extension in
/// a file of their own (UIText+Gallery.swift …).
enum UIText {
    static let appName = LocalizedText(ja: " 認定 Nintei ─ ", en: " Nintei ─ ")
    static let help = LocalizedText(ja: "ヘルプ", en: "Help")
    static let quit = LocalizedText(ja: "終了", en: "Quit")
    static let serverMakesItsOwnStore = LocalizedText(
        ja: "事務所サーバーの保存ファイルは、サーバーのサービスアカウントが nintei init --db で作ります（--server では作れません）",
        en: "the office server's store is made by its service account with nintei init --db (not through --server)")
    static let open = LocalizedText(ja: "開く", en: "Open")
    static let up = LocalizedText(ja: "上へ", en: "Up")
    static let down = LocalizedText(ja: "下へ", en: "Down")
    static let toFirst = LocalizedText(ja: "先頭へ", en: "First")
    static let toLast = LocalizedText(ja: "末尾へ", en: "Last")
    static let back = LocalizedText(ja: "戻る", en: "Back")
    static let nextField = LocalizedText(ja: "次の欄", en: "Next field")
    static let previousField = LocalizedText(ja: "前の欄", en: "Previous field")
    static let nextItem = LocalizedText(ja: "次の項目", en: "Next item")
    static let previousItem = LocalizedText(ja: "前の項目", en: "Previous item")
    static let nextSection = LocalizedText(ja: "次の節", en: "Next section")
    static let previousSection = LocalizedText(ja: "前の節", en: "Previous section")
    static let keysHeading = LocalizedText(ja: "キー操作", en: "Keys")
    static let pressAnyKey = LocalizedText(ja: "何かキーを押すと戻ります", en: "Press any key to go back")
    static let windowTooSmall = LocalizedText(ja: "画面が小さすぎます（40×12 以上にしてください）", en: "Window too small (make it at least 40×12)")
    static let checklistVersions = LocalizedText(ja: "チェックシートの版", en: "Checklist versions")
    static let certificationRule = LocalizedText(ja: "認定の基準", en: "Certification rule")
    static let storeLabel = LocalizedText(ja: "保存ファイル: ", en: "Store: ")
    static let serverLabel = LocalizedText(ja: "事務所サーバー: ", en: "Office server: ")
}

extension LocalizedText {
    /// The text in a language: `UIText.quit(language)`.
    func callAsFunction(_ language: Language) -> String {
        text(language)
    }
}

extension UIText {
    /// A table's column headings, the Japanese and English lists side by side, paired in order.
    static func columns(ja: [String], en: [String]) -> [LocalizedText] {
        precondition(ja.count == en.count, "column headings \(ja) and \(en) differ in number")
        return zip(ja, en).map { LocalizedText(ja: $0, en: $1) }
    }
}

extension [LocalizedText] {
    /// The headings in a language: `UIText.meetingColumns(language)`.
    func callAsFunction(_ language: Language) -> [String] {
        map { $0.text(language) }
    }
}
