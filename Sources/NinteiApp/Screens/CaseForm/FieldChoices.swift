import Foundation
import NinteiCore
import NinteiTerminal

/// The values a field takes from a fixed list (an industry's JSIC major group, a certification's
/// category): typed as the value or part of its name, resolved to one of them when the field
/// is left, and shown beside the field while it is typed.
struct FieldChoices: Equatable {
    struct Choice: Equatable {
        /// What is stored ("D", "プラチナくるみん").
        let value: String
        /// What is shown among the matches ("D 建設業").
        let label: String
        /// What is shown beside the stored value when it says more than the value ("建設業").
        let name: String
        /// The names the typed text is looked for in.
        let names: [String]
    }

    let choices: [Choice]
    /// Shown beside the empty focused field: how to type it.
    let prompt: LocalizedText
    /// The field's name in messages ("業種").
    let fieldName: LocalizedText

    static func industries(_ industries: [Industry], language: Language) -> FieldChoices {
        FieldChoices(
            choices: industries.map { Choice(value: $0.code, label: "\($0.code) \($0.name(language))", name: $0.name(language), names: [$0.name.ja, $0.name.en]) },
            prompt: UIText.formIndustryPrompt, fieldName: UIText.formIndustryName)
    }

    static func categories(_ categories: [String]) -> FieldChoices {
        FieldChoices(
            choices: categories.map { Choice(value: $0, label: $0, name: $0, names: [$0]) },
            prompt: LocalizedText(ja: categories.joined(separator: " / "), en: categories.joined(separator: " / ")),
            fieldName: UIText.formCategoryName)
    }

    /// The choices the text may mean: the one whose value it is (ｄ, D and d alike) or whose
    /// name it is, else every one whose name contains it.
    func matches(_ typed: String) -> [Choice] {
        let text = Self.folded(typed)
        guard !text.isEmpty else { return [] }
        if let exact = choices.first(where: { Self.folded($0.value) == text || $0.names.contains { Self.folded($0) == text } }) {
            return [exact]
        }
        return choices.filter { $0.names.contains { Self.folded($0).contains(text) } }
    }

    /// The value the typed text stands for; nil for an empty field.
    func resolve(_ typed: String) throws(FieldInputError) -> String? {
        let text = typed.trimmed
        guard !text.isEmpty else { return nil }
        let found = matches(text)
        switch found.count {
        case 1:
            return found[0].value
        case 0:
            throw FieldInputError(message: UIText.formChoiceUnknown(fieldName, typed: text, prompt: prompt))
        default:
            throw FieldInputError(message: UIText.formChoiceAmbiguous(fieldName, typed: text, candidates: found.map(\.value)))
        }
    }

    /// What to show beside the field: how to type it (empty and focused), the choices the text
    /// may mean (focused), or the name of the stored value where it is not the value itself.
    func hint(for typed: String, focused: Bool, language: Language) -> String {
        let text = typed.trimmed
        if focused {
            guard !text.isEmpty else { return prompt(language) }
            return matches(text).map(\.label).joined(separator: " / ")
        }
        return choices.first { $0.value == text && $0.name != $0.value }.map(\.name) ?? ""
    }

    /// Case, width (ｄ, ｶﾅ) and surrounding spaces do not matter.
    private static func folded(_ text: String) -> String {
        text.trimmed.precomposedStringWithCompatibilityMapping.lowercased()
    }
}
