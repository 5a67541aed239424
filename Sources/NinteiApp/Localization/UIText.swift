import NinteiCore

/// The catalogue of the screens' UI strings, in Japanese and English. Screens name a string;
/// the wording lives once, in UIText.catalogue (turned into Swift by the build); the few texts
/// that need logic (plurals, a choice by case) are written in Swift beside it, in UIText+<screen>.swift.
enum UIText {}

extension LocalizedText {
    /// The text in a language: `UIText.quit(language)`.
    func callAsFunction(_ language: Language) -> String {
        text(language)
    }
}

extension [LocalizedText] {
    /// The headings in a language: `UIText.meetingColumns(language)`.
    func callAsFunction(_ language: Language) -> [String] {
        map { $0.text(language) }
    }
}
