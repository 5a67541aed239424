import NinteiCore

extension Language {
    /// The UI language: `--lang` when given, else English for an English locale, else Japanese.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(rawValue: option.lowercased()) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .ja
        }
        return .ja
    }
}
