import NinteiCore

extension UIText {
    static let formProfile = LocalizedText(ja: "基本情報", en: "Profile")
    static let formDeclarations = LocalizedText(ja: "申告・認証", en: "Declarations")
    /// The page tabs' names where the full ones do not fit (40 columns).
    static let formProfileShort = LocalizedText(ja: "基本", en: "Firm")
    static let formDeclarationsShort = LocalizedText(ja: "申告", en: "Decl")
    static let formReceivedOn = LocalizedText(ja: "受付日", en: "Received")
    static let formFirmName = LocalizedText(ja: "企業名", en: "Firm name")
    static let formFirmKana = LocalizedText(ja: "読み（カナ）", en: "Reading")
    static let formAddress = LocalizedText(ja: "所在地", en: "Address")
    static let formIndustry = LocalizedText(ja: "業種", en: "Industry")
    /// The help's notes on the form: keys the fields take themselves and the marks on the tabs.
    static let formHelpNotes = [
        LocalizedText(ja: "Space  ✓を付ける・外す（「-」のある項目は ✓ → - → 空欄、- でも「-」）", en: "Space  tick or untick (items with \"-\": ✓ → - → blank; - types \"-\")"),
        LocalizedText(ja: "Ctrl-U  欄を消す（入力済みの欄は最初の文字で置き換わります）", en: "Ctrl-U  clear a field (a filled one is replaced by the first key typed)"),
        LocalizedText(ja: "表  Tab で次のマス（記入済みの年は飛ばす）、矢印で移動、Enter で表を出る",
                      en: "Tables  Tab to the next cell (years there are skipped), arrows move, Enter leaves"),
        LocalizedText(ja: "複数行の欄  Enter で次の欄、Ctrl-J で改行", en: "Multi-line text  Enter to the next field, Ctrl-J for a new line"),
        LocalizedText(ja: "タブの「!」 提出に必要な入力が残るページ　「✓」 基準を満たした節",
                      en: "\"!\" on a tab: something needed to submit is missing there; \"✓\": section met"),
    ]
    static let formIndustryName = LocalizedText(ja: "業種", en: "industry")
    static let formIndustryPrompt = LocalizedText(ja: "記号 A–T か名前の一部（例: 建設）", en: "a letter A–T or part of the name (e.g. constr)")
    static let formCategoryName = LocalizedText(ja: "区分", en: "category")

    static func formChoiceUnknown(_ field: LocalizedText, typed: String, prompt: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "\(field.ja)に「\(typed)」はありません（\(prompt.ja)）", en: "no \(field.en) \"\(typed)\" (\(prompt.en))")
    }

    /// Short enough for the status line: the candidates show in full beside the field.
    static func formChoiceAmbiguous(_ field: LocalizedText, typed: String, candidates: [String]) -> LocalizedText {
        LocalizedText(ja: "「\(typed)」に当たる\(field.ja)が\(candidates.count)つあります（\(candidates.joined(separator: " / ")))。もう少し入力してください",
                      en: "\"\(typed)\" matches \(candidates.count) (\(candidates.joined(separator: " / "))): type more of it")
    }
    static let formEmployees = LocalizedText(ja: "従業員数", en: "Employees")
    static let formRepresentative = LocalizedText(ja: "代表者", en: "Representative")
    static let formContactName = LocalizedText(ja: "担当者", en: "Contact")
    static let formPhone = LocalizedText(ja: "電話番号", en: "Phone")
    static let formEmail = LocalizedText(ja: "メール", en: "Email")
    /// Short enough for the label column at 40 columns; `corporateNumber` where there is room.
    static let formCorporateNumber = LocalizedText(ja: "法人番号", en: "Corp. No.")
    static let corporateNumber = LocalizedText(ja: "法人番号", en: "Corporate number")
    static let formCorporateNumberPlaceholder = LocalizedText(ja: "13桁（個人事業主は空欄）", en: "13 digits, or blank")
    static let formKind = LocalizedText(ja: "申請区分", en: "Kind")
    static let formKindRenewal = LocalizedText(ja: "更新申請", en: "Renewal")
    static let formPreviousCertificate = LocalizedText(ja: "前回番号", en: "Prev. No.")
    /// Short enough for the status line at 80 columns (the reader's messages are longer).
    static func formCorporateNumberRefused(_ problem: CorporateNumber.Problem) -> LocalizedText {
        switch problem {
        case .notThirteenDigits(let count):
            return LocalizedText(ja: "法人番号: 13桁の数字で入力してください（いま\(count)文字）", en: "Corporate number: type 13 digits (now \(count) characters)")
        case .wrongCheckDigit:
            return LocalizedText(ja: "法人番号: 先頭のチェックデジットが合いません（打ち間違い？）", en: "Corporate number: the check digit (the first) does not match; mistyped?")
        }
    }
    static let formPeople = LocalizedText(ja: "人", en: "people")
    static let formExternalCertifications = LocalizedText(ja: "外部認証（取得しているもの）", en: "External certifications held")
    static let formCategory = LocalizedText(ja: "区分", en: "Category")
    static let formNumber = LocalizedText(ja: "番号", en: "Number")
    static let formMark = LocalizedText(ja: "チェック", en: "Mark")
    static let formApplies = LocalizedText(ja: "該当する", en: "Applies")
    static let formAppliesOrNA = LocalizedText(ja: "該当する（Space: ✓ → - → 空欄）", en: "Applies (Space: ✓ → - → blank)")
    static let formOtherText = LocalizedText(ja: "上記以外の取組の内容", en: "The other measure")
    static let formYear = LocalizedText(ja: "年", en: "Year")
    static let formHeadcount = LocalizedText(ja: "人数", en: "Count")
    static let formWomenShare = LocalizedText(ja: "女性の割合", en: "Women")
    static let formSDGsPlaceholder = LocalizedText(ja: "例: 5, 8", en: "e.g. 5, 8")
    static let formDatePlaceholder = LocalizedText(ja: "例: 2023-07-14", en: "e.g. 2023-07-14")
    /// Names the field, not what was typed (it shows in the field): short enough for 80 columns.
    static func formDateUnreadable(_ field: String) -> LocalizedText {
        LocalizedText(ja: "\(field)が日付として読めません（Ctrl-U で消去。例 20230714、R5.7.1、5.7.1）",
                      en: "\(field) is not a date (Ctrl-U clears; e.g. 20230714, R5.7.1, 5.7.1)")
    }

    static func formMinimumHint(_ minimum: Int) -> LocalizedText {
        LocalizedText(ja: "\(minimum)つ以上選ぶと該当になります", en: "Tick at least \(minimum) to count")
    }

    static let formNewLine = LocalizedText(ja: "改行", en: "New line")
    static let formNewLineOnlyMultiline = LocalizedText(
        ja: "改行できるのは複数行の欄だけです", en: "Only a multi-line field takes a new line")
    /// What was typed on a check box or an option list, named whole (its last part when long).
    static func formNotTyped(_ typed: String, options: Bool) -> LocalizedText {
        let shown = typed.count > 12 ? "…" + String(typed.suffix(12)) : typed
        if typed.last == " " {
            // The space was taken as part of the words, not as a tick.
            return LocalizedText(ja: "「\(shown)」は入力されていません（空白も文字とみなしました。もう一度 Space で切替）",
                                 en: "\"\(shown)\" not entered (the space too; Space again to tick)")
        }
        return options
            ? LocalizedText(ja: "「\(shown)」は入力されていません: 選択肢の欄です（↑↓ と Space、Tab で次の欄）",
                            en: "\"\(shown)\" not entered: this is a list (↑↓ and Space; Tab: next field)")
            : LocalizedText(ja: "「\(shown)」は入力されていません: チェック欄です（Space で切替、Tab で次の欄）",
                            en: "\"\(shown)\" not entered: this is a check box (Space; Tab: next field)")
    }
    static func formCertificationDetailGoes(_ detail: String) -> LocalizedText {
        LocalizedText(ja: "✓ を外すと「\(detail)」も保存されません（もう一度 Space で戻せます）",
                      en: "Unticked: \"\(detail)\" is not saved without it (Space ticks it again)")
    }
    static func formCertificationTicked(_ label: String) -> LocalizedText {
        LocalizedText(ja: "\(label) に ✓ を付けました（区分・番号は認証とともに保存します）",
                      en: "Ticked \(label) (its detail is saved with it)")
    }
    static let formNextPage = LocalizedText(ja: "次の頁", en: "Next page")
    static let formPreviousPage = LocalizedText(ja: "前の頁", en: "Previous page")
    static let formSubmit = LocalizedText(ja: "提出", en: "Submit")
    static let formReview = LocalizedText(ja: "指摘を確認", en: "Review finding")
    static let formContacts = LocalizedText(ja: "ヒアリング", en: "Contacts")
    static let formReload = LocalizedText(ja: "再読込", en: "Reload")

    static let formResultQualifies = LocalizedText(ja: "判定: 認定基準を満たす", en: "Result: qualifies")
    static let formResultNotYet = LocalizedText(ja: "判定: まだ満たさない", en: "Result: does not qualify yet")
    static func formSectionsPassed(_ passed: Int, needed: Int) -> LocalizedText {
        LocalizedText(ja: "（\(passed)節 / 必要\(needed)節）", en: " (\(passed) sections passed, \(needed) needed)")
    }
    static func formPoints(_ points: Double, passMark: Double) -> LocalizedText {
        LocalizedText(ja: "（\(formatted(points))点 / 基準\(formatted(passMark))点）", en: " (\(formatted(points)) of \(formatted(passMark)) points)")
    }
    static func formSectionCount(_ checked: Int, countable: Int, needed: Int?) -> LocalizedText {
        let need = needed.map { LocalizedText(ja: "・必要\($0)", en: ", needs \($0)") } ?? LocalizedText(ja: "", en: "")
        return LocalizedText(ja: "この節 \(checked)/\(countable)\(need.ja)", en: "this section \(checked)/\(countable)\(need.en)")
    }
    static let formMissingDeclaration = LocalizedText(ja: "法令遵守の申告がありません", en: "no law-compliance declaration")
    static let formReviewed = LocalizedText(ja: "確認済", en: "reviewed")

    static let formReadOnlyDraftOnly = LocalizedText(ja: "この画面では見るだけです", en: "This case is shown read-only")
    static func formSaveRefused(_ reason: String) -> LocalizedText {
        LocalizedText(ja: "保存できません: \(reason)", en: "Not saved: \(reason)")
    }
    static func formSaved(_ label: String, revision: Int64) -> LocalizedText {
        LocalizedText(ja: "保存しました: \(label)（版 \(revision)）", en: "Saved: \(label) (revision \(revision))")
    }
    static let formConflictShort = LocalizedText(
        ja: "保存できませんでした（ほかの人が先に変更しています）", en: "Not saved: someone else changed the case first")
    static let formConflictTitle = LocalizedText(ja: "同時に変更されています", en: "Changed by someone else")
    static func formConflictBody(reason: String, label: String, typed: String) -> LocalizedText {
        LocalizedText(
            ja: "\(reason)\n\nあなたの入力（\(label)）:\n「\(typed)」\n\n「入力を戻す」で欄に戻します（欄を離れると最新の内容に保存します）。Esc は入力をファイルに残して閉じます。",
            en: "\(reason)\n\nYour entry (\(label)):\n\"\(typed)\"\n\nPut it back to have it in the field again (leaving the field saves it onto the latest version). Esc keeps it in a file and closes.")
    }
    static let formPutBack = LocalizedText(ja: "入力を戻す", en: "Put it back")
    static let formKeepTheirs = LocalizedText(ja: "相手の変更のまま", en: "Keep theirs")
    static let formDiscard = LocalizedText(ja: "破棄する", en: "Discard")
    static let formPutBackDone = LocalizedText(
        ja: "入力を欄に戻しました（まだ保存していません）", en: "Your entry is back in the field (not saved yet)")
    static func formKeptInFile(_ file: String) -> LocalizedText {
        LocalizedText(ja: "入力はファイルに残しています: \(file)", en: "Your entry is kept in \(file)")
    }
    static func unsavedKept(file: String) -> LocalizedText {
        LocalizedText(
            ja: "入力を保存できなかったため、ファイルに残しました（次にその案件を開くと戻せます）: \(file)",
            en: "An entry could not be saved and is kept in a file (opening its case offers it back): \(file)")
    }
    static func unsavedWaiting(cases: [Int64]) -> LocalizedText {
        let list = Array(Set(cases)).sorted().map(String.init).joined(separator: ", ")
        return LocalizedText(
            ja: "保存できなかった入力があります（案件 \(list)）。その案件を開くと戻せます",
            en: "Entries that were not saved are waiting (case \(list)); open the case to put them back")
    }
    static let formRecoveredTitle = LocalizedText(ja: "保存できなかった入力があります", en: "An entry that was not saved")
    static func formRecoveredBody(_ entry: UnsavedEntry, file: String) -> LocalizedText {
        LocalizedText(
            ja: "\(entry.at) に \(entry.login) さんが入力した「\(entry.fieldLabel)」は保存できませんでした。\n理由: \(entry.reason)\n\n入力:「\(entry.typedText)」\n\n「入力を戻す」で欄に戻します。Esc はファイルを残して閉じます。\nファイル: \(file)",
            en: "What \(entry.login) typed into \(entry.fieldLabel) at \(entry.at) was not saved.\nWhy: \(entry.reason)\n\nEntry: \"\(entry.typedText)\"\n\nPut it back to have it in the field again. Esc closes and keeps the file.\nFile: \(file)")
    }
    static let formNoFindingHere = LocalizedText(ja: "この項目に指摘はありません", en: "No finding on this item")
    static let formReviewPrompt = LocalizedText(ja: "この指摘を確認済みにする理由（Enter で保存、Esc でやめる）", en: "Why this finding stands (Enter saves, Esc cancels)")
    static let formReviewSaved = LocalizedText(ja: "確認済みにしました", en: "Marked as reviewed")

    static let formSubmitTitle = LocalizedText(ja: "委員会に提出", en: "Submit to the committee")
    static func formSubmitBody(result: String, openFindings: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(result)。未確認の指摘 \(openFindings) 件。提出すると内容は変更できません。提出しますか？",
            en: "\(result). \(openFindings) finding(s) not reviewed. Once submitted the application cannot be changed. Submit?")
    }
    static let formSubmitConfirm = LocalizedText(ja: "提出する", en: "Submit")
    static let formCancel = LocalizedText(ja: "キャンセル", en: "Cancel")
    static let formSubmitted = LocalizedText(ja: "委員会に提出しました", en: "Submitted to the committee")

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
