/// The languages of the user interface and of every message. Japanese is the normal case.
public enum Language: String, Sendable, CaseIterable {
    case ja
    case en
}

/// A text in every UI language. Model messages carry both so that the caller, not the model,
/// chooses the language.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .ja: return ja
        case .en: return en
        }
    }
}
