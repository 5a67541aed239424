import NinteiCore

/// `nintei report`: the program's figures as text.
extension UIText {
    static func reportMonth(year: Int, month: Int) -> LocalizedText { LocalizedText(ja: "\(year)年\(month)月", en: "\(year)-\(month < 10 ? "0" : "")\(month)") }
}
