import NinteiCore

extension UIText {
    static func caseListCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件", en: count == 1 ? "1 case" : "\(count) cases")
    }
}
