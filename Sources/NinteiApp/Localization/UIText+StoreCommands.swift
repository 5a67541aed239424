import NinteiCore

/// The store's commands (`nintei user`, `import`, `export`, `list`, `verify`, `backup`):
/// what they report.
extension UIText {
    static func userNamed(_ login: String, _ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            ja: "\(login) の\(parts.map(\.ja).joined(separator: "と"))を記録しました", en: "Recorded \(parts.map(\.en).joined(separator: " and ")) for \(login)")
    }

    static func importFolderRefused(_ folder: String, _ reason: ImportFolders.Refusal) -> LocalizedText {
        switch reason {
        case .noDocuments:
            return LocalizedText(ja: "\(folder): このフォルダーに申請書（*.json）がありません", en: "\(folder): no application documents (*.json) in this folder")
        case .unreadable:
            return LocalizedText(ja: "\(folder): フォルダーを読めません", en: "\(folder): the folder cannot be read")
        }
    }
}
