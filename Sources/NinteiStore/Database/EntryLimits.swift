import NinteiCore

/// The lengths of the store's own entries (beside the application document, which
/// `ApplicationReader` holds to `InputLimits`): checked before a write starts, so the refusal
/// names the field and the limit and no oversized text ever holds the write lock.
enum EntryLimits {
    static let contactNote = Entry(field: "contact.note", label: LocalizedText(ja: "連絡記録のメモ", en: "contact note"), limit: InputLimits.freeText)
    static let opinionComment = Entry(field: "opinion.comment", label: LocalizedText(ja: "意見のコメント", en: "opinion comment"), limit: InputLimits.freeText)
    static let decisionReason = Entry(field: "decision.reason", label: LocalizedText(ja: "決定の理由", en: "decision reason"), limit: InputLimits.freeText)
    static let conflictNote = Entry(field: "conflict.note", label: LocalizedText(ja: "利益相反のメモ", en: "conflict note"), limit: InputLimits.freeText)
    static let findingReviewReason = Entry(
        field: "findingReview.reason", label: LocalizedText(ja: "指摘を確認済みにする理由", en: "reason the finding stands"), limit: InputLimits.freeText)
    static let cultureNote = Entry(field: "cultureNote.note", label: LocalizedText(ja: "会社の風土のメモ", en: "culture note"), limit: InputLimits.freeText)
    static let meetingPlace = Entry(field: "meeting.place", label: LocalizedText(ja: "開催場所", en: "meeting place"), limit: InputLimits.line)
    static let login = Entry(field: "login", label: LocalizedText(ja: "ログイン名", en: "login"), limit: InputLimits.line)
    static let displayName = Entry(field: "user.name", label: LocalizedText(ja: "氏名", en: "display name"), limit: InputLimits.line)
    static let title = Entry(field: "user.title", label: LocalizedText(ja: "役職", en: "title"), limit: InputLimits.line)

    struct Entry {
        let field: String
        let label: LocalizedText
        let limit: Int

        /// Refuses `text` when it is longer than this entry allows.
        func check(_ text: String) throws(StoreError) {
            do throws(Lifecycle.Refusal) {
                try InputLimits.check(text, limit: limit, field: field, label: label)
            } catch {
                throw .refused(error.reason)
            }
        }
    }
}
