import NinteiCore

extension UIText {
    static func verifyTitle(_ title: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "確認入力 " + title.ja, en: "Verify " + title.en)
    }

    static func verifyMatched(_ label: String) -> LocalizedText {
        LocalizedText(ja: "一致しました: \(label)", en: "Matches: \(label)")
    }

    static func verifyDifferTitle(_ label: String) -> LocalizedText {
        LocalizedText(ja: "入力が一致しません: \(label)", en: "The entries differ: \(label)")
    }

    static func verifyDifferBody(first: String, keyedBy: String, second: String) -> LocalizedText {
        LocalizedText(
            ja: "1回目（\(keyedBy)）: \(first)\n2回目（あなた）: \(second)\n\n申請書の紙ではどちらですか。",
            en: "First entry (\(keyedBy)): \(first)\nSecond entry (you): \(second)\n\nWhich one does the paper say?")
    }

    static let caseListVerify = LocalizedText(ja: "確認入力", en: "Verify by re-keying")
    static let verifyNoFindings = LocalizedText(ja: "確認入力中は指摘を表示しません（1回目の入力がわかるため）", en: "not while verifying: the findings would show the first entry")
    static let verifyFirstRight = LocalizedText(ja: "1回目が正しい", en: "First is right")
    static let verifySecondRight = LocalizedText(ja: "2回目が正しい", en: "Second is right")
    static let verifyRetype = LocalizedText(ja: "入力し直す", en: "Type again")
    static let verifyRetypeHint = LocalizedText(ja: "紙を見て入力し直してください（Ctrl-U で消去）", en: "Type it again from the paper (Ctrl-U clears)")
    static func verifyRefused(_ reason: String) -> LocalizedText {
        LocalizedText(ja: "確認できません: " + reason, en: "Not verified: " + reason)
    }

    static let verifyEmpty = LocalizedText(ja: "（空欄）", en: "(empty)")

    static func verifyKept(_ label: String) -> LocalizedText {
        LocalizedText(ja: "1回目のとおりとしました: \(label)", en: "Kept the first entry: \(label)")
    }

    static func verifyCorrected(_ label: String) -> LocalizedText {
        LocalizedText(ja: "2回目に訂正しました: \(label)", en: "Corrected to the second entry: \(label)")
    }

    static func verifyProgress(_ summary: VerificationSummary) -> LocalizedText {
        LocalizedText(
            ja: "確認入力: \(summary.verified) / \(summary.fields) 欄（不一致 \(summary.mismatches)・訂正 \(summary.corrected)）",
            en: "Verified \(summary.verified) of \(summary.fields) fields (\(summary.mismatches) differed, \(summary.corrected) corrected)")
    }
}

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

    static let verificationColumns = [
        LocalizedText(ja: "欄", en: "Field"), LocalizedText(ja: "入力", en: "Keyed by"),
        LocalizedText(ja: "確認", en: "Verified by"), LocalizedText(ja: "結果", en: "Outcome"),
    ]
    static let verificationOfficeColumns = [
        LocalizedText(ja: "番号", en: "Case"), LocalizedText(ja: "事業者名", en: "Firm"), LocalizedText(ja: "確認済", en: "Verified"),
        LocalizedText(ja: "不一致", en: "Differed"), LocalizedText(ja: "訂正", en: "Corrected"), LocalizedText(ja: "確認者", en: "Verifiers"),
    ]
    static let verificationNotYet = LocalizedText(ja: "未確認", en: "not verified")
    static let verificationChangedSince = LocalizedText(ja: "確認後に変更（要再確認）", en: "changed since (verify again)")
    static let verificationNone = LocalizedText(ja: "確認入力された案件はまだありません", en: "No case has been verified yet")

    static func verificationOutcome(_ outcome: VerificationOutcome) -> LocalizedText {
        switch outcome {
        case .matched: return LocalizedText(ja: "一致", en: "matched")
        case .kept: return LocalizedText(ja: "不一致・1回目どおり", en: "differed, first kept")
        case .corrected: return LocalizedText(ja: "不一致・訂正", en: "differed, corrected")
        }
    }

    static func verificationTotals(cases: Int, fields: Int, mismatches: Int, corrected: Int) -> LocalizedText {
        LocalizedText(
            ja: "合計: \(cases) 件、確認済 \(fields) 欄、不一致 \(mismatches)、訂正 \(corrected)",
            en: "Total: \(cases) cases, \(fields) fields verified, \(mismatches) differed, \(corrected) corrected")
    }

    static func unknownChecklist(_ id: String) -> LocalizedText {
        LocalizedText(ja: "チェックシート「\(id)」は知りません", en: "unknown checklist \"\(id)\"")
    }
}
