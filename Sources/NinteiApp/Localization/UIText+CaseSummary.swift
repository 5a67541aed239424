import NinteiCore

extension UIText {
    /// After "renewal": the certificate renewed, or that its number is still to be filled in.
    static func summaryPrevious(_ previous: String?) -> LocalizedText {
        guard let previous, !previous.allSatisfy(\.isWhitespace) else {
            return LocalizedText(ja: "（前回の認定番号なし）", en: " (previous number missing)")
        }
        return LocalizedText(ja: "（前回 \(previous)）", en: " (previous \(previous))")
    }

    static func summaryFindings(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "確認が必要な点（\(count)件）", en: count == 1 ? "Findings (1)" : "Findings (\(count))")
    }

    static func summaryContactCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "ヒアリング \(count)件", en: count == 1 ? "1 contact" : "\(count) contacts")
    }
}
