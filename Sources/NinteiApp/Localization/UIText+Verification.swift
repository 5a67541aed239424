import NinteiCore

extension UIText {
    static func verificationRequiredSet(_ required: Bool) -> LocalizedText {
        required
            ? LocalizedText(ja: "提出の前に確認入力を必須にしました", en: "Verification is now required before submission")
            : LocalizedText(ja: "確認入力を提出の条件から外しました", en: "Verification is no longer required before submission")
    }

    static func verificationSetting(_ required: Bool) -> LocalizedText {
        required
            ? LocalizedText(ja: "確認入力: 提出の前に必須", en: "Verification: required before submission")
            : LocalizedText(ja: "確認入力: 任意（nintei verification --require yes で必須に）", en: "Verification: optional (nintei verification --require yes makes it required)")
    }

    static func verificationOutcome(_ outcome: VerificationOutcome) -> LocalizedText {
        switch outcome {
        case .matched: return LocalizedText(ja: "一致", en: "matched")
        case .kept: return LocalizedText(ja: "不一致・1回目どおり", en: "differed, first kept")
        case .corrected: return LocalizedText(ja: "不一致・訂正", en: "differed, corrected")
        }
    }
}
