import NinteiCore

/// A file that could not be used, with the file's name first so the person knows where to look.
public struct DataFileError: Error, Sendable {
    public enum Problem: Sendable {
        case missing
        case isAFolder
        case unreadable(String?)
        case notUTF8
        case invalid(DocumentReadError)
        case notADataDirectory
        case notFound
        case noChecklists
        case duplicateChecklist(String, String)
    }

    public let file: String
    public let problem: Problem

    public func text(_ language: Language) -> String {
        "\(file): \(problemText(language))"
    }

    private func problemText(_ language: Language) -> String {
        let ja = language == .ja
        switch problem {
        case .missing: return ja ? "ファイルがありません" : "no such file"
        case .isAFolder: return ja ? "ファイルではなくフォルダです" : "is a folder, not a file"
        case .unreadable(let reason):
            let base = ja ? "読み込めません（権限を確認してください）" : "cannot be read (check its permissions)"
            return reason.map { "\(base): \($0)" } ?? base
        case .notUTF8: return ja ? "UTF-8 のテキストではありません（Shift_JIS などは UTF-8 で保存し直してください）" : "is not UTF-8 text (save Shift_JIS and other encodings as UTF-8)"
        case .invalid(let error): return error.text(language)
        case .notADataDirectory: return ja ? "データフォルダではありません（checklists/ がありません）" : "is not a data folder (it has no checklists/)"
        case .notFound:
            return ja
                ? "データフォルダが見つかりません。--data でフォルダを指定するか、NINTEI_DATA を設定してください"
                : "cannot find the data folder; give it with --data or set NINTEI_DATA"
        case .noChecklists: return ja ? "チェックシートの定義（*.json）が一つもありません" : "holds no checklist definitions (*.json)"
        case .duplicateChecklist(let id, let title):
            return ja ? "id「\(id)」は別のファイル（\(title)）と重複しています" : "the id \"\(id)\" is already used by another file (\(title))"
        }
    }
}
