/// Why the full-screen terminal could not start. Messages are bilingual because they are
/// shown before the app knows which language the user wants.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case unsupportedTerminal(term: String?)
    case cannotStart(term: String)
    case noUTF8Locale
    case alreadyOpen

    public var japanese: String {
        switch self {
        case .notATerminal:
            return "端末（tty）で実行してください。標準入力または標準出力が端末ではありません。"
        case .unsupportedTerminal(let term):
            return "画面を使えない端末です（TERM=\(term ?? "未設定")）。TERM を xterm-256color などに設定してください。"
        case .cannotStart(let term):
            return "端末 \(term) を初期化できません。terminfo が見つからない可能性があります。"
        case .noUTF8Locale:
            return "UTF-8 のロケールが使えません。LANG=C.UTF-8 などを設定してください。"
        case .alreadyOpen:
            return "端末はすでに開かれています。"
        }
    }

    public var english: String {
        switch self {
        case .notATerminal:
            return "Run this in a terminal: standard input or output is not a tty."
        case .unsupportedTerminal(let term):
            return "This terminal cannot show full-screen programs (TERM=\(term ?? "unset")). Set TERM, e.g. to xterm-256color."
        case .cannotStart(let term):
            return "Cannot initialise terminal \(term); its terminfo entry may be missing."
        case .noUTF8Locale:
            return "No UTF-8 locale is available. Set LANG, e.g. to C.UTF-8."
        case .alreadyOpen:
            return "The terminal is already open."
        }
    }

    public var description: String { japanese + "\n" + english }
}
