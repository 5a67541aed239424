import NinteiCore

/// Why the store refused or failed, in words that name the file, the case or the person.
public enum StoreError: Error, Sendable, Equatable, Codable {
    case missing(path: String)
    case alreadyExists(path: String)
    case notAStore(path: String, detail: String)
    case cannotOpen(path: String, detail: String)
    case readOnly(path: String)
    /// The store's folder or file is not this login's to open (an office server's store).
    case notPermitted(path: String)
    case refused(LocalizedText)
    case staleRevision(caseID: Int64, changedBy: String, changedAt: String)
    case noSuchCase(Int64)
    case invalidDocument(DocumentReadError)
    /// A stored case whose document the strict reader refuses: the store was changed outside Nintei.
    case damagedCase(caseID: Int64, DocumentReadError)
    /// One of the store's files was deleted or replaced while this process had it open.
    case filesVanished(file: String, afterCommit: Bool)
    case failed(String)
    /// A request to the office server it cannot answer: an unknown route, a wrong method, an
    /// argument missing or of the wrong type (named).
    case badRequest(String)
    /// The office server does not answer at its socket (not running, or not reachable by this login).
    case serverUnreachable(socket: String, detail: String)
    /// The office server broke off an exchange: whether that request's change was saved is not known.
    case serverStopped(socket: String, detail: String)

    /// The refusal in words; a file name in it has its control characters escaped (no forged line).
    public func text(_ language: Language) -> String {
        let ja = language == .ja
        switch self.escapingPaths {
        case .missing(let path):
            return ja
                ? "\(path): 保存ファイルがありません。nintei init で作成してください（場所は --db か NINTEI_DB で指定できます）"
                : "\(path): no store here; create one with nintei init (choose the place with --db or NINTEI_DB)"
        case .alreadyExists(let path):
            return ja ? "\(path): 保存ファイルは既にあります" : "\(path): a store already exists here"
        case .notAStore(let path, let detail):
            return ja
                ? "\(path): Nintei の保存ファイルとして読めません（壊れているか別のファイルです）: \(detail)。"
                    + "変更はしていません。nintei check で確かめ、壊れていれば最後のバックアップから戻してください"
                : "\(path): cannot be read as a Nintei store (damaged, or another kind of file): \(detail). "
                    + "Nothing was changed; run nintei check, and if it is damaged restore the last backup"
        case .cannotOpen(let path, let detail):
            return ja ? "\(path): 開けません: \(detail)" : "\(path): cannot be opened: \(detail)"
        case .notPermitted(let path):
            return ja
                ? "\(path): このログインには開く権限がありません。事務所サーバー（nintei serve）の保存ファイルには --server か NINTEI_SERVER で接続してください"
                : "\(path): this login may not open it. A store kept by the office server (nintei serve) is reached with --server or NINTEI_SERVER"
        case .readOnly(let path):
            return ja ? "\(path): 読み取り専用で開いているため変更できません" : "\(path): opened read-only, so nothing can be changed"
        case .refused(let reason):
            return reason.text(language)
        case .staleRevision(let id, let who, let stamp):
            let when = Store.localTime(stamp)
            return ja
                ? "案件 \(id) は \(when) に \(who) さんが変更しています。保存せずに読み直しました。変更を確かめてからもう一度入力してください"
                : "case \(id) was changed by \(who) at \(when); your change was not saved and the case was reloaded — check their change and enter yours again"
        case .noSuchCase(let id):
            return ja ? "案件 \(id) はありません" : "there is no case \(id)"
        case .invalidDocument(let error):
            return error.text(language)
        case .damagedCase(let id, let error):
            return ja
                ? "案件 \(id) の保存された申請書が読めません（保存ファイルが Nintei の外で変更されています）: \(error.text(language))。"
                    + "nintei check で確かめ、最後のバックアップから戻してください"
                : "case \(id): its stored application cannot be read (the store was changed outside Nintei): \(error.text(language)). "
                    + "Run nintei check and restore the last backup"
        case .filesVanished(let file, let afterCommit):
            let what = afterCommit
                ? (ja ? "この変更は保存ファイルに届いていない恐れがあります" : "this change may not have reached the store")
                : (ja ? "この変更は保存していません" : "this change was not saved")
            return ja
                ? "\(file): 開いている間に削除または置き換えられました。\(what)。これ以上は書き込みません。"
                    + "Nintei を終了し、nintei check で確かめてください（壊れていれば最後のバックアップから戻します）"
                : "\(file) was deleted or replaced while Nintei had it open; \(what). Nothing more will be written. "
                    + "Quit Nintei and run nintei check (restore the last backup if it is damaged)"
        case .failed(let detail):
            return ja ? "保存ファイルの操作に失敗しました: \(detail)" : "the store operation failed: \(detail)"
        case .badRequest(let detail):
            return ja ? "事務所サーバーへの要求が読めません: \(detail)" : "the office server cannot read the request: \(detail)"
        case .serverUnreachable(let socket, let detail):
            return ja
                ? "\(socket): 事務所サーバーが応答しません（\(detail)）。nintei serve が動いているか、事務局に確かめてください"
                : "\(socket): the office server does not answer (\(detail)); check with the office that nintei serve is running"
        case .serverStopped(let socket, let detail):
            return ja
                ? "\(socket): 事務所サーバーとのやりとりが途中で切れました（\(detail)）。この変更が保存されたかは分かりません。サーバーが戻ったら確かめてください"
                : "\(socket): the office server broke off the exchange (\(detail)); whether this change was saved is not known — check once the server is back"
        }
    }
}

extension StoreError {
    /// The same error with the file names it holds escaped for display.
    fileprivate var escapingPaths: StoreError {
        switch self {
        case .missing(let path): .missing(path: path.escapedForDisplay)
        case .alreadyExists(let path): .alreadyExists(path: path.escapedForDisplay)
        case .notAStore(let path, let detail): .notAStore(path: path.escapedForDisplay, detail: detail)
        case .cannotOpen(let path, let detail): .cannotOpen(path: path.escapedForDisplay, detail: detail)
        case .readOnly(let path): .readOnly(path: path.escapedForDisplay)
        case .notPermitted(let path): .notPermitted(path: path.escapedForDisplay)
        case .serverUnreachable(let socket, let detail): .serverUnreachable(socket: socket.escapedForDisplay, detail: detail)
        case .serverStopped(let socket, let detail): .serverStopped(socket: socket.escapedForDisplay, detail: detail)
        case .filesVanished(let file, let afterCommit): .filesVanished(file: file.escapedForDisplay, afterCommit: afterCommit)
        default: self
        }
    }
}
