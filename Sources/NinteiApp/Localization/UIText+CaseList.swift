import NinteiCore

extension UIText {
    static func caseListCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件", en: count == 1 ? "1 case" : "\(count) cases")
    }

    /// Where the selected row is while the list is counted: from its end ("末尾−2").
    static func caseListFromEnd(_ rowsAfter: Int) -> LocalizedText {
        LocalizedText(ja: rowsAfter == 0 ? "末尾" : "末尾−\(rowsAfter)", en: rowsAfter == 0 ? "end" : "end−\(rowsAfter)")
    }
}
