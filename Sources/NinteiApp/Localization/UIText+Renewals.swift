import NinteiCore

/// The renewals screen (officers) and the report pages it opens.
extension UIText {
    static let renewalsTitle = LocalizedText(ja: "更新時期の認定", en: "Certifications due for renewal")
    static let renewalsValidUntil = LocalizedText(ja: "有効期限", en: "Ends")
    static let renewalsDaysLeft = LocalizedText(ja: "残日数", en: "Days")
    static let renewalsNumber = LocalizedText(ja: "番号", en: "No.")
    static let renewalsFirm = LocalizedText(ja: "事業者名", en: "Firm")
    static let renewalsState = LocalizedText(ja: "更新申請", en: "Renewal")
    static let renewalsReceived = LocalizedText(ja: "受付済み", en: "received")
    static let renewalsNotYet = LocalizedText(ja: "未着", en: "not yet")
    static let renewalsNone = LocalizedText(ja: "期間内に期限を迎える認定はありません", en: "No certification ends in the window")
    static let renewalsContact = LocalizedText(ja: "担当者", en: "Contact")
    static let renewalsPhone = LocalizedText(ja: "電話", en: "Phone")
    static let renewalsMail = LocalizedText(ja: "メール", en: "Mail")
    static let renewalsStart = LocalizedText(ja: "更新を始める", en: "Start renewal")
    static let renewalsChanges = LocalizedText(ja: "変更点", en: "What changed")
    static let renewalsReload = LocalizedText(ja: "読み直す", en: "Reload")
    static let renewalsNoneSelected = LocalizedText(ja: "認定が選ばれていません", en: "No certification is selected")
    static let renewalsReadOnly = LocalizedText(
        ja: "閲覧専用で開いているため、更新を始められません", en: "Opened read-only: a renewal cannot be started here")
    static let renewalsOfficersOnly = LocalizedText(
        ja: "更新を始められるのは事務局（officer）の担当者です", en: "Only an officer may start a renewal")
    static let renewalsNoRenewalYet = LocalizedText(
        ja: "まだ更新申請がないため、比べるものがありません", en: "No renewal has been started yet, so there is nothing to compare")
    static let renewalsStartConfirm = LocalizedText(ja: "作成する", en: "Create")
    static let renewalsCancel = LocalizedText(ja: "やめる", en: "Cancel")
    static let renewalsOpenDraft = LocalizedText(ja: "下書きを開く", en: "Open the draft")
    static let renewalsCannotOpenDraft = LocalizedText(ja: "下書きを開けませんでした", en: "The draft could not be opened")
    static let renewalsNoOpener = LocalizedText(
        ja: "この画面からは下書きを開けません（nintei form で開いてください）", en: "The draft cannot be opened from here (use nintei form)")
    static let renewalsRefused = LocalizedText(ja: "更新を始められませんでした", en: "The renewal was not started")

    static func renewalsAlreadyStarted(_ caseID: Int64) -> LocalizedText {
        LocalizedText(ja: "更新申請は受付済みです（案件 \(caseID)）。F3 で変更点を見られます",
                      en: "A renewal is already under way (case \(caseID)); F3 shows what changed")
    }

    static func renewalsWindow(from: LocalDate, through: LocalDate, months: Int, count: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(from.iso)〜\(through.iso)（\(months)か月）に期限を迎える認定 \(count)件",
            en: "\(count) certification\(count == 1 ? "" : "s") end from \(from.iso) to \(through.iso) (\(months) months)")
    }

    /// As `renewalsWindow`, while the certifications are counted.
    static func renewalsWindowCounting(from: LocalDate, through: LocalDate, months: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(from.iso)〜\(through.iso)（\(months)か月）に期限を迎える認定（数えています）",
            en: "Certifications ending from \(from.iso) to \(through.iso) (\(months) months): counting")
    }

    static func renewalsCase(_ caseID: Int64, status: CaseStatus) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID)（\(status.label.ja)）", en: "Case \(caseID) (\(status.label.en))")
    }

    static func renewalsStartTitle(_ firm: String) -> LocalizedText {
        LocalizedText(ja: "更新の下書き: \(firm)", en: "Renewal draft: \(firm)")
    }

    static func renewalsStartBody(caseID: Int64, number: String, firm: String) -> LocalizedText {
        LocalizedText(
            ja: "\(firm)（認定番号 \(number)、案件 \(caseID)）の更新申請の下書きを、前回の認定の内容から作ります。よろしいですか？",
            en: "Create a renewal draft for \(firm) (certificate \(number), case \(caseID)), pre-filled from the last certification?")
    }

    static func renewalsStarted(from: Int64, to: Int64) -> LocalizedText {
        LocalizedText(
            ja: "案件 \(from) から更新の下書きを作りました: 案件 \(to)（受付日は未記入です）",
            en: "Started a renewal draft from case \(from): case \(to) (the received date is not filled in)")
    }

    static func renewalsCarryOverTitle(_ caseID: Int64) -> LocalizedText {
        LocalizedText(ja: "引き継ぎの報告（案件 \(caseID)）", en: "Carried over (case \(caseID))")
    }

    static func renewalsChangesTitle(from: Int64, to: Int64) -> LocalizedText {
        LocalizedText(ja: "変更点: 案件 \(from) → 案件 \(to)", en: "What changed: case \(from) → case \(to)")
    }
}

extension UIText {
    /// `nintei changes`: a renewal and the certified case it renews.
    static func changesHeading(_ before: Int64, _ after: Int64) -> LocalizedText {
        LocalizedText(ja: "案件 \(before) → 案件 \(after)", en: "Case \(before) → case \(after)")
    }

    static func renewalDraftStarted(from caseID: Int64, draft: Int64) -> LocalizedText {
        LocalizedText(
            ja: "案件 \(caseID) から更新の下書きを作りました: 案件 \(draft)（受付日は未記入です）",
            en: "Started a renewal draft from case \(caseID): case \(draft) (the received date is not filled in)")
    }
}
