import NinteiCore

/// The committee's entries: an opinion, a conflict, a decision, a folder to write to.
extension UIText {
    static func opinionSaved(_ member: String, verdict: LocalizedText, typedBy: String?) -> LocalizedText {
        if let typedBy {
            return LocalizedText(ja: "\(member) さんの意見「\(verdict.ja)」を記録しました（\(typedBy) が代理入力）", en: "Recorded \(member)'s opinion: \(verdict.en) (typed by \(typedBy))")
        }
        return LocalizedText(ja: "意見「\(verdict.ja)」を記録しました", en: "Recorded your opinion: \(verdict.en)")
    }

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

    static func decisionSaved(_ outcome: LocalizedText, approved: Bool) -> LocalizedText {
        LocalizedText(
            ja: "決定「\(outcome.ja)」を記録しました" + (approved ? "。認定証は事務局が発行します（i）" : ""),
            en: "Recorded the decision: \(outcome.en)" + (approved ? ". The office issues the certificate (i)" : ""))
    }
}
