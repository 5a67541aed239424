import NinteiCore

/// A file that could not be used, with the file's name first so the person knows where to look.
public struct DataFileError: Error, Sendable {
    public enum Problem: Sendable {
        case missing
        case isAFolder
        /// A FIFO, a device (`/dev/zero`), a socket: nothing to read a document from.
        case notARegularFile
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String?)
        case notUTF8
        case invalid(DocumentReadError)
        case notADataDirectory
        case notFound
        case noChecklists
        case duplicateChecklist(String, String)
        /// The configuration file is not valid TOML: where and what the parser says.
        case configurationSyntax(line: Int, column: Int, String)
        /// A key of the configuration file holds what cannot be used.
        case configuration(key: String, LocalizedText)
    }

    public let file: String
    public let problem: Problem

    /// The file's name shown with its control characters escaped (a newline in a name forges no line).
    public func text(_ language: Language) -> String {
        "\(file.escapedForDisplay): \(problemText(language))"
    }

    /// 52428800 → "50 MB (52,428,800 bytes)"; 1100000 → "1.0 MB（1,100,000 バイト）".
    private static func size(_ bytes: Int, _ ja: Bool) -> String {
        let tenths = (Double(bytes) / 1_048_576 * 10).rounded()
        let megabytes = bytes % 1_048_576 == 0 ? String(bytes / 1_048_576) : String(tenths / 10)
        let exact = InputLimits.grouped(bytes)
        return ja ? "\(megabytes) MB（\(exact) バイト）" : "\(megabytes) MB (\(exact) bytes)"
    }

    private func problemText(_ language: Language) -> String {
        let ja = language == .ja
        switch problem {
        case .missing: return ja ? "ファイルがありません" : "no such file"
        case .isAFolder: return ja ? "ファイルではなくフォルダです" : "is a folder, not a file"
        case .notARegularFile:
            return ja
                ? "通常のファイルではありません（名前付きパイプや /dev/zero のような装置からは読み込みません）"
                : "is not a regular file (a named pipe or a device such as /dev/zero is not read)"
        case .tooLarge(let bytes, let limit):
            return ja
                ? "大きすぎます: \(Self.size(bytes, ja))。読み込めるのは \(Self.size(limit, ja)) までです"
                : "is too large: \(Self.size(bytes, ja)); at most \(Self.size(limit, ja)) is read"
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
        case .configurationSyntax(let line, let column, let message):
            return ja
                ? "\(line)行\(column)桁: TOML として読めません: \(message.escapedForDisplay)"
                : "line \(line), column \(column): not valid TOML: \(message.escapedForDisplay)"
        case .configuration(let key, let problem):
            return "\(key.escapedForDisplay): \(problem.text(language).escapedForDisplay)"
        }
    }
}
