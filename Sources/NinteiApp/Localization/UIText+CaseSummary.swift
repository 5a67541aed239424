import NinteiCore

extension UIText {
    static func summaryTitle(_ id: Int64) -> LocalizedText {
        LocalizedText(ja: "案件 \(id)", en: "Case \(id)")
    }

    static let summaryPageDown = LocalizedText(ja: "次の画面", en: "Page down")
    static let summaryPageUp = LocalizedText(ja: "前の画面", en: "Page up")
    static let summaryChecklist = LocalizedText(ja: "チェックシート", en: "Checklist")
    static let summaryUpdated = LocalizedText(ja: "最終更新: ", en: "Last changed: ")
    static let summaryProfile = LocalizedText(ja: "会社の概要", en: "Firm profile")
    static let summaryAddress = LocalizedText(ja: "所在地", en: "Address")
    /// After "renewal": the certificate renewed, or that its number is still to be filled in.
    static func summaryPrevious(_ previous: String?) -> LocalizedText {
        guard let previous, !previous.allSatisfy(\.isWhitespace) else {
            return LocalizedText(ja: "（前回の認定番号なし）", en: " (previous number missing)")
        }
        return LocalizedText(ja: "（前回 \(previous)）", en: " (previous \(previous))")
    }
    static let summaryIndustry = LocalizedText(ja: "業種（大分類）", en: "Industry (JSIC group)")
    static let summaryEmployees = LocalizedText(ja: "従業員数", en: "Employees")
    static let summaryRepresentative = LocalizedText(ja: "代表者", en: "Representative")
    static let summaryContact = LocalizedText(ja: "担当者", en: "Contact person")
    static let summaryPhone = LocalizedText(ja: "電話", en: "Phone")
    static let summaryEmail = LocalizedText(ja: "メール", en: "Email")
    static let summaryDeclared = LocalizedText(ja: "申告あり", en: "declared")
    static let summaryNotDeclared = LocalizedText(ja: "申告なし", en: "not declared")
    static let summaryCertifications = LocalizedText(ja: "外部の認定", en: "External certifications")
    static let summaryRuleResult = LocalizedText(ja: "チェックシートの判定（委員会への推薦。決定ではありません）", en: "Rule result (a recommendation to the committee, not its decision)")
    static let summaryQualifies = LocalizedText(ja: "認定基準を満たす", en: "Meets the certification rule")
    static let summaryDoesNotQualify = LocalizedText(ja: "認定基準を満たさない", en: "Does not meet the certification rule")
    static let summaryNoFindings = LocalizedText(ja: "確認の必要な点はありません", en: "Nothing to check")
    static let summaryStrengths = LocalizedText(ja: "公開される強み", en: "Strengths to publish")

    static func summaryFindings(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "確認が必要な点（\(count)件）", en: count == 1 ? "Findings (1)" : "Findings (\(count))")
    }

    static func summaryContactCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "ヒアリング \(count)件", en: count == 1 ? "1 contact" : "\(count) contacts")
    }

    static func summaryPeople(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)人", en: "\(count)")
    }

    static func summaryUnknownChecklist(_ id: String) -> LocalizedText {
        LocalizedText(ja: "チェックシート「\(id)」が見つからないため判定できません", en: "cannot evaluate: the checklist \"\(id)\" is not known")
    }
}

extension UIText {
    static let summaryFieldGap = LocalizedText(ja: "　", en: "   ")

    static func summaryPoints(_ points: String) -> LocalizedText {
        LocalizedText(ja: "\(points)点", en: "\(points) pts")
    }

    static func summarySectionCount(checked: Int, of countable: Int, needed: Int) -> LocalizedText {
        LocalizedText(ja: "\(checked)/\(countable)（必要 \(needed)）", en: "\(checked)/\(countable) (needs \(needed))")
    }

    static func summaryTotalAgainstPassMark(_ total: String, passMark: String) -> LocalizedText {
        LocalizedText(ja: "（\(total)点、合格点 \(passMark)点）", en: " (\(total) points, pass mark \(passMark))")
    }

    static func summarySectionsPassed(_ passed: Int, of sections: Int, needed: Int) -> LocalizedText {
        LocalizedText(ja: "（\(sections)節のうち\(passed)節が合格、必要 \(needed)節）", en: " (\(passed) of \(sections) sections passed, \(needed) needed)")
    }
}
