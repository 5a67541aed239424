import NinteiCore

/// The certified-firm browser (`nintei browse`): read-only, for anyone.
extension UIText {
    static func browseCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)社", en: count == 1 ? "1 firm" : "\(count) firms")
    }

    static func bothCalendars(_ date: LocalDate) -> String {
        "\(date.iso)（\(date.japanese)）"
    }
}
