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
        switch self.escapingPaths {
        case .missing(let path):
            return StoreText.noStore(path).text(language)
        case .alreadyExists(let path):
            return StoreText.storeExists(path).text(language)
        case .notAStore(let path, let detail):
            return StoreText.notAStore(path, detail: detail).text(language)
        case .cannotOpen(let path, let detail):
            return StoreText.cannotOpen(path, detail: detail).text(language)
        case .notPermitted(let path):
            return StoreText.notPermitted(path).text(language)
        case .readOnly(let path):
            return StoreText.openedReadOnly(path).text(language)
        case .refused(let reason):
            return reason.text(language)
        case .staleRevision(let id, let who, let stamp):
            return StoreText.staleRevision(id, by: who, at: Store.localTime(stamp)).text(language)
        case .noSuchCase(let id):
            return StoreText.noSuchCase(id).text(language)
        case .invalidDocument(let error):
            return error.text(language)
        case .damagedCase(let id, let error):
            return StoreText.damagedCase(id, problem: LocalizedText(ja: error.text(.ja), en: error.text(.en))).text(language)
        case .filesVanished(let file, let afterCommit):
            return StoreText.filesVanished(file, what: afterCommit ? StoreText.mayNotHaveReached : StoreText.notSaved).text(language)
        case .failed(let detail):
            return StoreText.operationFailed(detail).text(language)
        case .badRequest(let detail):
            return StoreText.badRequest(detail).text(language)
        case .serverUnreachable(let socket, let detail):
            return StoreText.serverUnreachable(socket, detail: detail).text(language)
        case .serverStopped(let socket, let detail):
            return StoreText.serverStopped(socket, detail: detail).text(language)
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
