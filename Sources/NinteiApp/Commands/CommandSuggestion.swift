import NinteiCore

/// What `nintei` says for a first word that names no command (`nintei casez`): that it is not a
/// command, the nearest ones (did you mean: cases), and where the list is. Nearest is an edit
/// distance of at most 2 (1 for words of up to 4 letters), else the commands it begins.
public enum CommandSuggestion {
    /// The commands `typed` was most likely meant to be, nearest first; empty when none is near.
    public static func candidates(_ typed: String, among names: [String]) -> [String] {
        let word = typed.lowercased()
        let limit = word.count <= 4 ? 1 : 2
        let near = names.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }
        if let best = near.map(\.1).min() {
            return near.filter { $0.1 == best }.map(\.0).sorted()
        }
        if word.count >= 2 {
            return names.filter { $0.hasPrefix(word) }.sorted()
        }
        return []
    }

    /// The message for a word that names no command, in the user's language.
    public static func message(_ typed: String, among names: [String], language: Language) -> String {
        let shown = typed.escapedForDisplay
        let near = candidates(typed, among: names)
        if language == .ja {
            let hint = near.isEmpty ? "" : "。もしかして: " + near.joined(separator: "、")
            return "「\(shown)」というコマンドはありません\(hint)（一覧は nintei --help）"
        }
        let hint = near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", ")
        return "\"\(shown)\" is not a nintei command\(hint) (nintei --help lists them)"
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
