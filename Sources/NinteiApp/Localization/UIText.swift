import NinteiCore

/// The catalogue of the screens' UI strings, in Japanese and English. Screens name a string;
/// the wording lives here, once.
enum UIText {
    case appName
    case help
    case quit
    case open
    case up
    case down
    case back
    case nextItem
    case previousItem
    case nextSection
    case previousSection
    case keysHeading
    case pressAnyKey
    case windowTooSmall
    case checklistVersions
    case certificationRule
    case storeLabel
    case screensToCome

    var localized: LocalizedText {
        switch self {
        case .appName: return LocalizedText(ja: " 認定 Nintei ─ ", en: " Nintei ─ ")
        case .help: return LocalizedText(ja: "ヘルプ", en: "Help")
        case .quit: return LocalizedText(ja: "終了", en: "Quit")
        case .open: return LocalizedText(ja: "開く", en: "Open")
        case .up: return LocalizedText(ja: "上へ", en: "Up")
        case .down: return LocalizedText(ja: "下へ", en: "Down")
        case .back: return LocalizedText(ja: "戻る", en: "Back")
        case .nextItem: return LocalizedText(ja: "次の項目", en: "Next item")
        case .previousItem: return LocalizedText(ja: "前の項目", en: "Previous item")
        case .nextSection: return LocalizedText(ja: "次の節", en: "Next section")
        case .previousSection: return LocalizedText(ja: "前の節", en: "Previous section")
        case .keysHeading: return LocalizedText(ja: "キー操作", en: "Keys")
        case .pressAnyKey: return LocalizedText(ja: "何かキーを押すと戻ります", en: "Press any key to go back")
        case .windowTooSmall: return LocalizedText(ja: "画面が小さすぎます（40×12 以上にしてください）", en: "Window too small (make it at least 40×12)")
        case .checklistVersions: return LocalizedText(ja: "チェックシートの版", en: "Checklist versions")
        case .certificationRule: return LocalizedText(ja: "認定の基準", en: "Certification rule")
        case .storeLabel: return LocalizedText(ja: "保存ファイル: ", en: "Store: ")
        case .screensToCome:
            return LocalizedText(
                ja: "申請の入力、委員会の審査、認定企業の公開の画面はこれから加わります。いまは nintei evaluate ファイル で申請書（JSON）を評価できます。",
                en: "Screens for entering applications, committee review and the public list are still to come. For now, nintei evaluate FILE evaluates an application document (JSON).")
        }
    }

    func callAsFunction(_ language: Language) -> String {
        localized.text(language)
    }
}
