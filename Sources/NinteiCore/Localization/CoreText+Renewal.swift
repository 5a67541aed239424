/// A renewal: the carry-over report and the changes from the certified application.
extension CoreText {
    static let changeSeparator = LocalizedText(ja: "、", en: "; ")

    // MARK: Carry-over report

    static func previousCertificate(_ number: String) -> LocalizedText { LocalizedText(ja: "（前回の認定番号 \(number)）", en: " (previous certificate \(number))") }
    static func carriedOver(from: String, to: String, certificate: String) -> LocalizedText {
        LocalizedText(ja: "引き継ぎ: \(from) → \(to)\(certificate)", en: "Carried over: \(from) → \(to)\(certificate)")
    }

    static func carriedFrom(_ items: String) -> LocalizedText { LocalizedText(ja: "（← \(items)）", en: " (← \(items))") }
    static let notCarried = LocalizedText(ja: "引き継げないもの: ", en: "not carried: ")
    static let droppedAnswers = LocalizedText(ja: "新様式に欄のない回答（引き継がれません）:", en: "Answers with no place on the new form (not carried):")

    // MARK: Changes

    static func changesAcrossVersions(from before: String, to after: String) -> LocalizedText {
        LocalizedText(
            ja: "変更点（\(before) → \(after)。前回の回答を対応表で新様式に写して比べています）",
            en: "Changes (\(before) → \(after); the earlier answers are carried onto the new form through the mapping)")
    }

    static func changesHeading(_ checklistID: String) -> LocalizedText { LocalizedText(ja: "変更点（\(checklistID)）", en: "Changes (\(checklistID))") }
    static let nothingChanged = LocalizedText(ja: "変更はありません", en: "Nothing changed")
    static let changesHeader = LocalizedText(ja: "[表頭]", en: "[Header]")
    static func yearPrefix(_ year: Int) -> LocalizedText { LocalizedText(ja: "\(year)年 ", en: "\(year) ") }
    static let blankMark = LocalizedText(ja: "空欄", en: "blank")
    static func quoted(_ text: String) -> LocalizedText { LocalizedText(ja: "「\(text)」", en: "\"\(text)\"") }
    static let changedMark = LocalizedText(ja: "チェック: ", en: "mark: ")
    static let changedText = LocalizedText(ja: "記載", en: "text")
    static let changedOtherInitiative = LocalizedText(ja: "上記以外の取組: ", en: "other initiative: ")
    static let changedOptions = LocalizedText(ja: "選択肢: ", en: "options: ")
    static let changedManagers = LocalizedText(ja: "管理職内訳: ", en: "managers: ")
    static func menAndWomen(_ count: GenderCount) -> LocalizedText {
        LocalizedText(ja: "男性\(count.men)人・女性\(count.women)人", en: "\(count.men) men, \(count.women) women")
    }
}
