import Foundation

/// A text as the catalogue writes it: a Swift string literal on one line, whose
/// interpolations may only name a parameter or a property of one (`\(count)`, `\(status.ja)`).
enum CatalogueLiteral {
    /// The inside of the literal that `written` starts with, checked; nothing may follow it.
    static func contents(of written: Substring, line: Int) throws -> String {
        guard written.first == "\"" else {
            throw CatalogueError(line: line, message: "a text must be written in double quotes: \(written)")
        }
        var index = written.index(after: written.startIndex)
        var contents = ""
        while index < written.endIndex {
            let character = written[index]
            if character == "\"" {
                let rest = written[written.index(after: index)...].trimmingCharacters(in: .whitespaces)
                guard rest.isEmpty else {
                    throw CatalogueError(line: line, message: "after the closing quote comes \(rest) (write a quote inside a text as \\\")")
                }
                return contents
            }
            if character == "\\" {
                let escape = try escapeSequence(in: written, at: index, line: line)
                contents += escape
                index = written.index(index, offsetBy: escape.count)
                continue
            }
            contents.append(character)
            index = written.index(after: index)
        }
        throw CatalogueError(line: line, message: "the text has no closing quote: \(written)")
    }

    /// The expressions interpolated in a literal's inside: `count`, `status.ja`.
    static func interpolations(in contents: String) -> [String] {
        var found: [String] = []
        var rest = Substring(contents)
        while let start = rest.firstRange(of: "\\(") {
            let backslashesBefore = rest[..<start.lowerBound].reversed().prefix(while: { $0 == "\\" }).count
            if backslashesBefore % 2 == 1 {  // `\\(` is a backslash and a parenthesis, not an interpolation
                rest = rest[start.upperBound...]
                continue
            }
            let end = rest[start.upperBound...].firstIndex(of: ")") ?? rest.endIndex
            found.append(String(rest[start.upperBound..<end]))
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
        }
        return found
    }

    /// An interpolation the catalogue allows: a name, then `.property` as often as needed.
    static func isPropertyPath(_ expression: String) -> Bool {
        let parts = expression.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { CatalogueReader.isIdentifier($0) }
    }

    private static let simpleEscapes: Set<Character> = ["n", "t", "r", "0", "\\", "\"", "'"]

    /// The escape at `index` (a backslash) as written, checked.
    private static func escapeSequence(in written: Substring, at index: Substring.Index, line: Int) throws -> String {
        let next = written.index(after: index)
        guard next < written.endIndex else { throw CatalogueError(line: line, message: "the text ends in a backslash") }
        switch written[next] {
        case let character where simpleEscapes.contains(character):
            return "\\" + String(character)
        case "(":
            guard let close = written[next...].firstIndex(of: ")") else {
                throw CatalogueError(line: line, message: "an interpolation \\( is not closed")
            }
            let expression = String(written[written.index(after: next)..<close])
            guard isPropertyPath(expression) else {
                throw CatalogueError(
                    line: line,
                    message: "\\(\(expression)) is more than a parameter or its property: write the entry in Swift beside the catalogue")
            }
            return String(written[index...close])
        case "u":
            guard let close = written[next...].firstIndex(of: "}"), written[written.index(after: next)] == "{" else {
                throw CatalogueError(line: line, message: "a \\u escape is written \\u{XXXX}")
            }
            return String(written[index...close])
        default:
            throw CatalogueError(line: line, message: "unknown escape \\\(written[next]) (known: \\n \\t \\\" \\\\ \\u{…} \\(parameter))")
        }
    }
}
