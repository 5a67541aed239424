import NinteiCore

/// The certified-firm browser (`nintei browse`): read-only, for anyone.
extension UIText {
    static func browseCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)社", en: count == 1 ? "1 firm" : "\(count) firms")
    }

    /// The selected row's place in a list whose count is being read: "12/…".
    static func listPositionCounting(_ selection: Int) -> String {
        "\(selection + 1)/…"
    }

    static func bothCalendars(_ date: LocalDate) -> String {
        "\(date.iso)（\(date.japanese)）"
    }
}
