import NinteiCore

extension UIText {
    /// Short enough for the status line: the candidates show in full beside the field.
    static func formChoiceAmbiguous(_ field: LocalizedText, typed: String, candidates: [String]) -> LocalizedText {
        LocalizedText(ja: "「\(typed)」に当たる\(field.ja)が\(candidates.count)つあります（\(candidates.joined(separator: " / ")))。もう少し入力してください",
                      en: "\"\(typed)\" matches \(candidates.count) (\(candidates.joined(separator: " / "))): type more of it")
    }
    /// Short enough for the status line at 80 columns (the reader's messages are longer).
    static func formCorporateNumberRefused(_ problem: CorporateNumber.Problem) -> LocalizedText {
        switch problem {
        case .notThirteenDigits(let count):
            return LocalizedText(ja: "法人番号: 13桁の数字で入力してください（いま\(count)文字）", en: "Corporate number: type 13 digits (now \(count) characters)")
        case .wrongCheckDigit:
            return LocalizedText(ja: "法人番号: 先頭のチェックデジットが合いません（打ち間違い？）", en: "Corporate number: the check digit (the first) does not match; mistyped?")
        }
    }

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

    static func formPoints(_ points: Double, passMark: Double) -> LocalizedText {
        LocalizedText(ja: "（\(formatted(points))点 / 基準\(formatted(passMark))点）", en: " (\(formatted(points)) of \(formatted(passMark)) points)")
    }
    static func formSectionCount(_ checked: Int, countable: Int, needed: Int?) -> LocalizedText {
        let need = needed.map { LocalizedText(ja: "・必要\($0)", en: ", needs \($0)") } ?? LocalizedText(ja: "", en: "")
        return LocalizedText(ja: "この節 \(checked)/\(countable)\(need.ja)", en: "this section \(checked)/\(countable)\(need.en)")
    }

    static func unsavedWaiting(cases: [Int64]) -> LocalizedText {
        let list = Array(Set(cases)).sorted().map(String.init).joined(separator: ", ")
        return LocalizedText(
            ja: "保存できなかった入力があります（案件 \(list)）。その案件を開くと戻せます",
            en: "Entries that were not saved are waiting (case \(list)); open the case to put them back")
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
