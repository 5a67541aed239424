import Foundation

/// Reads a text catalogue file (`UIText.catalogue`): line by line, refusing the first malformed
/// entry with its line and what is wrong.
///
///     # A comment.
///     import NinteiCore
///
///     /// A documentation comment, kept on the generated declaration.
///     queueTitle
///         ja "審査一覧"
///         en "Review queue"
///     queueNoted(_ count: Int)
///         ja "事後報告 \(count)件を了承として記録しました"
///         en "Recorded \(count) post-hoc reports as noted"
///     galleryMeasureOptions []
///         ja "社員への意識啓発"
///         en "Raising staff awareness"
///
/// An entry is a constant (`queueTitle`), a function with a Swift parameter list, or a list
/// (`name []`, one `ja`/`en` pair per element); `public` before it makes it public. Texts are
/// Swift string literals; an indented line holding only a literal continues the text above it.
public enum CatalogueReader {
    public static func read(_ text: String) throws -> Catalogue {
        var catalogue = Catalogue(imports: [], entries: [])
        var documentation: [String] = []
        var entry: CatalogueEntry?
        var pending: [(language: String, text: String, line: Int)] = []
        var signatures: [String: Int] = [:]

        func finish() throws {
            guard var finished = entry else { return }
            finished.pairs = try pairs(of: finished, from: pending)
            if let earlier = signatures[finished.signature] {
                throw CatalogueError(line: finished.line, message: "\(finished.signature) is already an entry (line \(earlier))")
            }
            signatures[finished.signature] = finished.line
            catalogue.entries.append(finished)
            entry = nil
            pending = []
        }

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            let indented = rawLine.first == " " || rawLine.first == "\t"
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("///") {
                try finish()
                documentation.append(String(trimmed.dropFirst(3)))
            } else if trimmed.hasPrefix("#") {
                continue
            } else if indented {
                guard let current = entry else {
                    throw CatalogueError(line: line, message: "an indented line belongs under an entry's name: \(trimmed)")
                }
                if trimmed.hasPrefix("\"") {
                    guard let last = pending.popLast() else {
                        throw CatalogueError(line: line, message: "a continued text needs a ja or en line above it in \(current.name)")
                    }
                    let more = try CatalogueLiteral.contents(of: Substring(trimmed), line: line)
                    pending.append((last.language, last.text + more, last.line))
                    continue
                }
                let language = String(trimmed.prefix { !$0.isWhitespace })
                guard language == "ja" || language == "en" else {
                    throw CatalogueError(line: line, message: "\(current.name): a text line starts with ja or en, not \(language)")
                }
                let written = trimmed.dropFirst(language.count).drop { $0.isWhitespace }
                let contents = try CatalogueLiteral.contents(of: written, line: line)
                try checkInterpolations(in: contents, of: current, line: line)
                pending.append((language, contents, line))
            } else if trimmed.hasPrefix("import ") {
                try finish()
                catalogue.imports.append(String(trimmed.dropFirst("import ".count)).trimmingCharacters(in: .whitespaces))
            } else {
                try finish()
                entry = try header(trimmed, line: line, documentation: documentation)
                documentation = []
            }
        }
        try finish()
        return catalogue
    }

    /// `Name`, `_name`: what Swift takes as a name.
    static func isIdentifier(_ word: some StringProtocol) -> Bool {
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// An entry's first line: `[public] name`, `name(parameters)` or `name []`.
    private static func header(_ written: String, line: Int, documentation: [String]) throws -> CatalogueEntry {
        var rest = Substring(written)
        let isPublic = rest.hasPrefix("public ")
        if isPublic { rest = rest.dropFirst("public ".count).drop { $0 == " " } }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard isIdentifier(name) else {
            throw CatalogueError(line: line, message: "not an entry's name: \(written) (a name, name(parameters) or name [])")
        }
        rest = rest.dropFirst(name.count).drop { $0 == " " }
        var entry = CatalogueEntry(
            name: String(name), parameters: nil, isList: false, isPublic: isPublic, pairs: [], documentation: documentation, line: line)
        if rest == "[]" {
            entry.isList = true
        } else if rest.hasPrefix("(") {
            guard rest.hasSuffix(")") else {
                throw CatalogueError(line: line, message: "\(name): the parameter list does not end in ): \(rest)")
            }
            entry.parameters = try parameters(rest.dropFirst().dropLast(), of: entry.name, line: line)
        } else if !rest.isEmpty {
            throw CatalogueError(line: line, message: "\(name): after the name comes \(rest) (expected (parameters), [] or nothing)")
        }
        return entry
    }

    /// `_ count: Int, firm: String`: each parameter's label, name and type.
    private static func parameters(_ list: Substring, of name: String, line: Int) throws -> [CatalogueEntry.Parameter] {
        var parameters: [CatalogueEntry.Parameter] = []
        for (position, written) in splitAtTopLevelCommas(list).enumerated() where !(position == 0 && written.isEmpty) {
            let bad = { (why: String) in CatalogueError(line: line, message: "\(name): parameter \(position + 1) (\(written)) \(why)") }
            guard let colon = written.firstIndex(of: ":") else { throw bad("has no type (name: Type)") }
            let names = written[..<colon].split(separator: " ")
            let type = written[written.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard (1...2).contains(names.count), names.allSatisfy({ isIdentifier($0) }) else {
                throw bad("needs a name, or a label and a name, before the colon")
            }
            guard names.last != "_" else { throw bad("needs a name, not _") }
            guard !type.isEmpty else { throw bad("has no type after the colon") }
            guard !parameters.contains(where: { $0.name == names.last.map(String.init) }) else {
                throw bad("repeats the name \(names.last!)")
            }
            parameters.append(.init(label: names.count == 2 ? String(names[0]) : nil, name: String(names.last!), type: type))
        }
        return parameters
    }

    private static func splitAtTopLevelCommas(_ list: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in list {
            if "([<".contains(character) { depth += 1 }
            if ")]>".contains(character) { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }

    private static func checkInterpolations(in contents: String, of entry: CatalogueEntry, line: Int) throws {
        for expression in CatalogueLiteral.interpolations(in: contents) {
            let name = String(expression.prefix { $0 != "." })
            guard let parameters = entry.parameters else {
                throw CatalogueError(line: line, message: "\(entry.name) has no parameters, so \\(\(expression)) has nothing to name: write \(entry.name)(…)")
            }
            guard parameters.contains(where: { $0.name == name }) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                throw CatalogueError(line: line, message: "\\(\(expression)) names no parameter of \(entry.name) (its parameters: \(known.isEmpty ? "none" : known))")
            }
        }
    }

    /// The entry's texts as Japanese–English pairs: one pair, or for a list one or more, each `ja` then `en`.
    private static func pairs(of entry: CatalogueEntry, from texts: [(language: String, text: String, line: Int)]) throws -> [CatalogueEntry.Pair] {
        if !entry.isList {
            let ja = texts.filter { $0.language == "ja" }, en = texts.filter { $0.language == "en" }
            for (side, name) in [(ja, "Japanese"), (en, "English")] where side.count > 1 {
                throw CatalogueError(line: side[1].line, message: "\(entry.name) has a second \(name) text (the first is on line \(side[0].line))")
            }
            guard let ja = ja.first else { throw CatalogueError(line: entry.line, message: "\(entry.name) has no Japanese text (a line ja \"…\")") }
            guard let en = en.first else { throw CatalogueError(line: entry.line, message: "\(entry.name) has no English text (a line en \"…\")") }
            return [.init(ja: ja.text, en: en.text, line: ja.line)]
        }
        guard !texts.isEmpty else { throw CatalogueError(line: entry.line, message: "the list \(entry.name) has no texts") }
        var pairs: [CatalogueEntry.Pair] = []
        var index = 0
        while index < texts.count {
            let ja = texts[index]
            guard ja.language == "ja" else {
                throw CatalogueError(line: ja.line, message: "\(entry.name): element \(pairs.count + 1) has English but no Japanese above it")
            }
            guard index + 1 < texts.count, texts[index + 1].language == "en" else {
                throw CatalogueError(line: ja.line, message: "\(entry.name): element \(pairs.count + 1) has Japanese but no English after it")
            }
            pairs.append(.init(ja: ja.text, en: texts[index + 1].text, line: ja.line))
            index += 2
        }
        return pairs
    }
}
