import NinteiCore

/// The checklist versions: the screens that show them item by item and their rule, and
/// `nintei checklists`.
extension UIText {
    static func checklistCounts(sections: Int, items: Int) -> LocalizedText { LocalizedText(ja: "\(sections)節 \(items)項目", en: "\(sections) sections, \(items) items") }
    static let checklistPerSectionScoring = LocalizedText(ja: "節ごとの合否判定", en: "pass/fail per section")
    static let checklistPointsScoring = LocalizedText(ja: "点数方式", en: "points")
    static let checklistPlaceholderPoints = LocalizedText(ja: "（仮の配点）", en: " (placeholder points)")

    // MARK: One item, as on the paper form

    static let checklistItemAllowsNA = LocalizedText(ja: "・対象者がいない場合は「-」（数に入れない）", en: "・\"-\" when nobody was eligible (left out of the count)")
    static func checklistItemPoints(_ points: String) -> LocalizedText { LocalizedText(ja: "・配点 \(points)点", en: "・\(points) points") }
    static func checklistOptionsField(minimum: Int, choices: String) -> LocalizedText {
        LocalizedText(ja: "（\(minimum)つ以上）: \(choices)", en: " (\(minimum) or more): \(choices)")
    }

    static func checklistYearFiguresField(years: Int, columns: String) -> LocalizedText {
        LocalizedText(ja: ": \(years)年分 × \(columns)", en: ": \(years) years × \(columns)")
    }

    static let checklistHeadcountField = LocalizedText(ja: ": 男性・女性（人）、女性の割合", en: ": men, women, women's share")
    static let checklistSDGField = LocalizedText(ja: ": SDGs 目標番号 1〜17", en: ": SDG goal numbers 1–17")

    // MARK: The rule in plain sentences

    static let ruleSectionPassesAtHalf = LocalizedText(ja: "各節は、項目の半数以上に該当すれば合格", en: "A section passes when at least half of its items count as checked")
    static func ruleQualifiesWithSections(_ needed: Int, of sections: Int) -> LocalizedText {
        LocalizedText(ja: "\(sections)節のうち\(needed)節以上が合格で認定基準を満たす", en: "The firm qualifies with \(needed) or more of the \(sections) sections passed")
    }

    static func ruleQualifiesWithPoints(_ passMark: String) -> LocalizedText {
        LocalizedText(ja: "該当する項目の配点の合計が\(passMark)点以上で認定基準を満たす", en: "The firm qualifies with a total of \(passMark) points or more")
    }

    static func ruleDeclarationRequired(_ declaration: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "「\(declaration.ja)」の申告が必要", en: "The declaration \"\(declaration.en)\" is required")
    }

    static let ruleNAExcluded = LocalizedText(ja: "「-」（対象者なし）の項目は数に入れない", en: "Items marked \"-\" (nobody eligible) are left out of the count")
    static func ruleOptionsMinimum(_ minimum: Int) -> LocalizedText {
        LocalizedText(ja: "選択肢のある項目は、選択肢が\(minimum)つ以上で該当", en: "An item with options counts when \(minimum) or more options are ticked")
    }

    // MARK: nintei checklists

    static func checklistsPerSectionScoring(_ needed: Int) -> LocalizedText { LocalizedText(ja: "節ごと半数以上・\(needed)節以上", en: "half per section, \(needed) sections") }
    static func checklistsPointsScoring(_ passMark: String) -> LocalizedText { LocalizedText(ja: "点数・\(passMark)点以上", en: "points, pass mark \(passMark)") }
    static let checklistsPlaceholders = LocalizedText(ja: "（仮の値あり）", en: " (placeholders)")
    static func checklistsDataFolder(_ path: String) -> LocalizedText { LocalizedText(ja: "データ: \(path)", en: "Data: \(path)") }
    static let checklistsColumns = columns(ja: ["id", "節", "項目", "採点", "名称"], en: ["id", "Sections", "Items", "Scoring", "Title"])
}
