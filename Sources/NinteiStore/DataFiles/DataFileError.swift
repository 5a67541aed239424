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
    private static func size(_ bytes: Int) -> LocalizedText {
        let tenths = (Double(bytes) / 1_048_576 * 10).rounded()
        let megabytes = bytes % 1_048_576 == 0 ? String(bytes / 1_048_576) : String(tenths / 10)
        return StoreText.fileSize(megabytes: megabytes, exact: InputLimits.grouped(bytes))
    }

    private func problemText(_ language: Language) -> String {
        switch problem {
        case .missing: return StoreText.noSuchFile.text(language)
        case .isAFolder: return StoreText.isAFolder.text(language)
        case .notARegularFile: return StoreText.notARegularFile.text(language)
        case .tooLarge(let bytes, let limit): return StoreText.tooLarge(Self.size(bytes), limit: Self.size(limit)).text(language)
        case .unreadable(let reason):
            let base = StoreText.unreadable.text(language)
            return reason.map { "\(base): \($0)" } ?? base
        case .notUTF8: return StoreText.notUTF8.text(language)
        case .invalid(let error): return error.text(language)
        case .notADataDirectory: return StoreText.notADataFolder.text(language)
        case .notFound: return StoreText.dataFolderNotFound.text(language)
        case .noChecklists: return StoreText.noChecklists.text(language)
        case .duplicateChecklist(let id, let title): return StoreText.duplicateChecklist(id, title: title).text(language)
        case .configurationSyntax(let line, let column, let message):
            return StoreText.notTOML(line: line, column: column, message: message.escapedForDisplay).text(language)
        case .configuration(let key, let problem):
            return "\(key.escapedForDisplay): \(problem.text(language).escapedForDisplay)"
        }
    }
}
