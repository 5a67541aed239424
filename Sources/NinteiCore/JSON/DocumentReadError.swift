/// Why a JSON file (an application document, a checklist version, reference figures) could not
/// be used: not JSON at all, or JSON that breaks the format at a key path.
public enum DocumentReadError: Error, Sendable, Equatable, Codable {
    case syntax(JSONSyntaxError)
    case invalid(DataError)

    public func text(_ language: Language) -> String {
        switch self {
        case .syntax(let error):
            let place = language == .ja ? "\(error.line)行\(error.column)列" : "line \(error.line), column \(error.column)"
            let notJSON = language == .ja ? "JSON として読めません" : "not valid JSON"
            return "\(place): \(notJSON): \(error.detail.text(language))"
        case .invalid(let error):
            return error.text(language)
        }
    }
}
