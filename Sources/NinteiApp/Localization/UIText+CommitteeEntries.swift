import NinteiCore

/// The committee's entries: an opinion, a conflict, a decision, a folder to write to.
extension UIText {
    static let entrySave = LocalizedText(ja: "保存", en: "Save")
    static let entryCancel = LocalizedText(ja: "取消", en: "Cancel")
    static let entryNone = LocalizedText(ja: "（なし）", en: "(none)")

    // MARK: Opinion

    static func opinionTitle(_ id: Int64, firm: String) -> LocalizedText {
        LocalizedText(ja: "意見 案件 \(id) \(firm)", en: "Opinion on case \(id) \(firm)")
    }

    static let opinionMember = LocalizedText(ja: "委員（← → で選択）", en: "Member (← → to choose)")
    static let opinionVerdict = LocalizedText(ja: "意見（Space で選択）", en: "Opinion (Space to choose)")
    static let opinionComment = LocalizedText(ja: "コメント", en: "Comment")
    static let opinionCommentPlaceholder = LocalizedText(ja: "理由や確認したい点", en: "Your reasons, or what to ask the firm")
    static let opinionIntro = LocalizedText(
        ja: "意見は決定まで変更できます。他の委員の意見は、ご自分の意見を出した後に表示されます。",
        en: "You can change your opinion until the decision. Others' opinions show once you have given yours.")
    static func opinionTypingFor(_ member: String, typist: String) -> LocalizedText {
        LocalizedText(
            ja: "\(member) さんの紙の意見を代理入力します（入力者 \(typist) として記録）",
            en: "Typing \(member)'s paper opinion (recorded as typed by \(typist))")
    }

    static let opinionChooseVerdict = LocalizedText(ja: "意見（認定可・認定不可・要追加情報）を選んでください", en: "Choose an opinion: approve, reject or needs more information")
    static let opinionNoMembers = LocalizedText(ja: "審査委員が登録されていません", en: "No committee members are registered")
    static func opinionSaved(_ member: String, verdict: LocalizedText, typedBy: String?) -> LocalizedText {
        if let typedBy {
            return LocalizedText(ja: "\(member) さんの意見「\(verdict.ja)」を記録しました（\(typedBy) が代理入力）", en: "Recorded \(member)'s opinion: \(verdict.en) (typed by \(typedBy))")
        }
        return LocalizedText(ja: "意見「\(verdict.ja)」を記録しました", en: "Recorded your opinion: \(verdict.en)")
    }

    // MARK: Conflict

    static func conflictTitle(_ id: Int64, firm: String) -> LocalizedText {
        LocalizedText(ja: "利益相反 案件 \(id) \(firm)", en: "Conflict on case \(id) \(firm)")
    }

    static let conflictMember = LocalizedText(ja: "委員（← → で選択）", en: "Member (← → to choose)")
    static let conflictType = LocalizedText(ja: "関係（Space で選択）", en: "Connection (Space to choose)")
    static let conflictNote = LocalizedText(ja: "メモ", en: "Note")
    static let conflictNotePlaceholder = LocalizedText(ja: "例: 令和4年まで顧問契約", en: "e.g. adviser until 2022")
    static let conflictSave = LocalizedText(ja: "登録", en: "Mark")
    static let conflictIntro = LocalizedText(
        ja: "利益相反のある委員は、この案件の意見を見ず、意見も出しません（既に出した意見は取り下げられます）。",
        en: "A conflicted member neither sees nor gives opinions on this case (an opinion already given is withdrawn).")
    static let conflictChooseType = LocalizedText(ja: "関係（従業員・顧問・取引先・親族・その他）を選んでください", en: "Choose the connection: employee, adviser, client, relative or other")
    static func conflictSaved(_ member: String, type: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "\(member) さんを利益相反（\(type.ja)）として登録しました", en: "Marked \(member) as conflicted (\(type.en))")
    }

    // MARK: Decision

    static func decisionTitle(_ id: Int64, firm: String) -> LocalizedText {
        LocalizedText(ja: "決定 案件 \(id) \(firm)", en: "Decision on case \(id) \(firm)")
    }

    static let decisionOutcome = LocalizedText(ja: "審査会の決定（Space で選択）", en: "The committee's decision (Space to choose)")
    static let decisionReason = LocalizedText(ja: "理由", en: "Reason")
    static let decisionReasonPlaceholder = LocalizedText(ja: "規則の判定と異なる決定では必須", en: "Required against the rule result")
    static let decisionSave = LocalizedText(ja: "決定を記録", en: "Record")
    static func decisionTally(_ counts: [(LocalizedText, Int)]) -> LocalizedText {
        LocalizedText(
            ja: "意見: " + counts.map { "\($0.0.ja) \($0.1)" }.joined(separator: "、"),
            en: "Opinions: " + counts.map { "\($0.0.en) \($0.1)" }.joined(separator: ", "))
    }

    static func decisionAgainstRule(_ outcome: LocalizedText) -> LocalizedText {
        LocalizedText(
            ja: "「\(outcome.ja)」は規則の判定と異なります。理由が必要です",
            en: "\(outcome.en.prefix(1).uppercased() + outcome.en.dropFirst()) is against the rule result: a reason is required")
    }

    static let decisionChooseOutcome = LocalizedText(ja: "決定（認定・不認定・差し戻し）を選んでください", en: "Choose the decision: approve, reject or return")
    static func decisionSaved(_ outcome: LocalizedText, approved: Bool) -> LocalizedText {
        LocalizedText(
            ja: "決定「\(outcome.ja)」を記録しました" + (approved ? "。認定証は事務局が発行します（i）" : ""),
            en: "Recorded the decision: \(outcome.en)" + (approved ? ". The office issues the certificate (i)" : ""))
    }

    // MARK: Files

    static func writeCertificateTitle(_ number: String) -> LocalizedText {
        LocalizedText(ja: "認定証 \(number) を書き出す", en: "Write certificate \(number)")
    }

    static let writeCertificateIntro = LocalizedText(ja: "印刷用の認定証（HTML とテキスト）を書き出すフォルダー", en: "The folder for the printable certificate (HTML and text)")
    static let folderLabel = LocalizedText(ja: "フォルダー", en: "Folder")
    static let writeSave = LocalizedText(ja: "書き出す", en: "Write")
    static func wroteFiles(_ first: String, _ second: String) -> LocalizedText {
        LocalizedText(ja: "書き出しました: \(first), \(second)", en: "Wrote \(first), \(second)")
    }
}
