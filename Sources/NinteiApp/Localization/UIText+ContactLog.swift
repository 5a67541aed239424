import NinteiCore

extension UIText {
    static func contactsTitle(_ id: Int64) -> LocalizedText {
        LocalizedText(ja: "ヒアリング 案件 \(id)", en: "Contacts, case \(id)")
    }

    static let contactsEmpty = LocalizedText(ja: "ヒアリングの記録はまだありません", en: "No contacts recorded yet")
    static let contactsAdd = LocalizedText(ja: "記録を追加", en: "Add a contact")
    static let contactsAddHint = LocalizedText(ja: "a で電話・メール・訪問の記録を追加します", en: "Press a to record a phone call, mail or visit")
    static let contactsSave = LocalizedText(ja: "保存する", en: "Save")
    static let contactsCancel = LocalizedText(ja: "やめる", en: "Cancel")
    static let contactsDate = LocalizedText(ja: "日付", en: "Date")
    static let contactsChannel = LocalizedText(ja: "手段", en: "Via")
    static let contactsBy = LocalizedText(ja: "記録者", en: "By")
    static let contactsNote = LocalizedText(ja: "内容", en: "Note")
    static let contactsDateHint = LocalizedText(ja: "例 2023-07-14", en: "e.g. 2023-07-14")
    static let contactsNotePlaceholder = LocalizedText(ja: "聞き取った内容（Enter で改行）", en: "What was said (Enter starts a new line)")
    static let contactsNoteRequired = LocalizedText(ja: "内容を入力してください", en: "Type what was said")
    static let contactsSaved = LocalizedText(ja: "ヒアリングを記録しました", en: "Contact recorded")
    static let contactsRefusedTitle = LocalizedText(ja: "記録できません", en: "Not recorded")
    static let contactsDiscardTitle = LocalizedText(ja: "入力中の記録", en: "Unsaved contact")
    static let contactsDiscardBody = LocalizedText(ja: "入力中の内容は保存されていません。破棄しますか？", en: "What you typed is not saved. Discard it?")
    static let contactsDiscard = LocalizedText(ja: "破棄する", en: "Discard")
    static let contactsKeepEditing = LocalizedText(ja: "入力に戻る", en: "Keep editing")

    static func contactsBadDate(_ typed: String) -> LocalizedText {
        LocalizedText(
            ja: "日付「\(typed)」が読めません（例: 2023-07-14、令和5年7月14日）",
            en: "cannot read the date \"\(typed)\"; type it as 2023-07-14 or R5.7.14")
    }

    static func contactsFutureDate(_ date: String) -> LocalizedText {
        LocalizedText(ja: "\(date) は未来の日付です", en: "\(date) is in the future")
    }

    static func contactsRecordedBy(_ login: String) -> LocalizedText {
        LocalizedText(ja: "記録: \(login)", en: "recorded by \(login)")
    }
}
