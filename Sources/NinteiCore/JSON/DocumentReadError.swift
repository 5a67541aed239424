/// Why a JSON file (an application document, a checklist version, reference figures) could not
/// be used: not JSON at all, or JSON that breaks the format at a key path.
public enum DocumentReadError: Error, Sendable, Equatable, Codable {
    case syntax(JSONSyntaxError)
    case invalid(DataError)

    public func text(_ language: Language) -> String {
        switch self {
        case .syntax(let error):
            let place = CoreText.linePlace(line: error.line, column: error.column).text(language)
            let notJSON = CoreText.notJSON.text(language)
            return "\(place): \(notJSON): \(error.detail.text(language))"
        case .invalid(let error):
            return error.text(language)
        }
    }
}
