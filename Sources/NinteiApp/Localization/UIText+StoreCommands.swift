import NinteiCore

/// The store's commands (`nintei user`, `import`, `export`, `list`, `verify`, `backup`):
/// what they report.
extension UIText {
    static func userNamed(_ login: String, _ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            ja: "\(login) の\(parts.map(\.ja).joined(separator: "と"))を記録しました", en: "Recorded \(parts.map(\.en).joined(separator: " and ")) for \(login)")
    }
}
