import NinteiCore

/// The committee's screens: the review queue, the case packet, the meeting.
extension UIText {
    /// A renewal with the certificate it renews, or saying that number is missing.
    static func packetRenewal(previous: String?) -> LocalizedText {
        guard let previous, !previous.allSatisfy(\.isWhitespace) else {
            return LocalizedText(ja: "更新（前回の認定番号が未記入）", en: "renewal (previous certificate number missing)")
        }
        return LocalizedText(ja: "更新（前回の認定番号 \(previous)）", en: "renewal (previous certificate \(previous))")
    }
}
