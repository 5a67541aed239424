import Foundation
import Testing
import TextCatalogue

/// Every word the user sees is in a catalogue, Japanese and English side by side: `UIText`
/// (NinteiApp/Localization), `CoreText` (NinteiCore/Localization), `StoreText`
/// (NinteiStore/Localization), `PrintText` (NinteiPrint/Localization). Each is a data file
/// (`UIText.catalogue`), read here by the build's own reader, and a few Swift files beside it for
/// the texts that need logic, read as text; so an entry added anywhere there is checked without
/// being listed.
@Suite("The text catalogue")
struct TextCatalogueTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalogueFolders = ["Sources/NinteiApp/Localization", "Sources/NinteiCore/Localization", "Sources/NinteiStore/Localization", "Sources/NinteiPrint/Localization"]
    /// Modules whose texts all live in a catalogue.
    static let cataloguedModules = ["Sources/NinteiApp", "Sources/NinteiCore", "Sources/NinteiStore", "Sources/NinteiPrint"]
    /// Texts that read the same in both languages on purpose, each with why.
    static let sameInBoth: [String: String] = [
        #""id""#: "the checklist's JSON key, as typed in the files",
    ]

    static func swiftFiles(under folder: String) -> [URL] {
        files(under: folder, extension: "swift")
    }

    static func files(under folder: String, extension wanted: String) -> [URL] {
        let base = root.appendingPathComponent(folder)
        let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == wanted }.sorted { $0.path < $1.path }
    }

    static func isCatalogue(_ file: URL) -> Bool {
        catalogueFolders.contains { file.path.hasPrefix(root.appendingPathComponent($0).path + "/") }
    }

    @Test("no text chooses its language inline (ja ? \"…\" : \"…\") outside the catalogues")
    func noInlineChoices() throws {
        let inline = try NSRegularExpression(pattern: #"\bja\s*\?\s*["\[(]"#)
        var found: [String] = []
        for module in Self.cataloguedModules {
            for file in Self.swiftFiles(under: module) where !Self.isCatalogue(file) {
                let text = try String(contentsOf: file, encoding: .utf8)
                for match in inline.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let line = text[..<Range(match.range, in: text)!.lowerBound].filter { $0 == "\n" }.count + 1
                    found.append("\(file.path.dropFirst(Self.root.path.count + 1)):\(line)")
                }
            }
        }
        #expect(found.isEmpty, "texts chosen inline, to move into the module's catalogue:\n\(found.joined(separator: "\n"))")
    }

    @Test("every catalogue entry has both languages, and the Japanese is not the English")
    func everyEntryHasBothLanguages() throws {
        var entries = 0
        var problems: [String] = []
        var dataFiles = 0
        for folder in Self.catalogueFolders {
            for file in Self.files(under: folder, extension: "catalogue") {
                dataFiles += 1
                let name = String(file.path.dropFirst(Self.root.path.count + 1))
                let catalogue = try CatalogueReader.read(String(contentsOf: file, encoding: .utf8))
                for pair in catalogue.entries.flatMap(\.pairs) {
                    entries += 1
                    if let problem = Self.problem(ja: "\"\(pair.ja)\"", en: "\"\(pair.en)\"") { problems.append("\(name):\(pair.line): \(problem)") }
                }
            }
            for file in Self.swiftFiles(under: folder) {
                let name = String(file.path.dropFirst(Self.root.path.count + 1))
                for pair in CataloguePairs.pairs(in: try String(contentsOf: file, encoding: .utf8)) {
                    entries += 1
                    if let problem = Self.problem(ja: pair.ja, en: pair.en) { problems.append("\(name):\(pair.line): \(problem)") }
                }
            }
        }
        #expect(dataFiles == Self.catalogueFolders.count, "one catalogue file per module, found \(dataFiles)")
        #expect(entries > 600, "the catalogue files hold \(entries) entries: the reader missed them")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("the checker refuses an empty side and an untranslated word, and lets symbols through")
    func checkerRule() {
        #expect(Self.problem(ja: #""""#, en: #""Open""#) != nil)
        #expect(Self.problem(ja: #""Open""#, en: #""Open""#) != nil)
        #expect(Self.problem(ja: #""F1""#, en: #""F1""#) == nil)
        #expect(Self.problem(ja: #""\(id) —""#, en: #""\(id) —""#) == nil)
        #expect(CataloguePairs.pairs(in: #"LocalizedText(ja: "月\(m < 10 ? "0" : "")", en: "x, y")"#).map(\.en) == [#""x, y""#])
    }

    /// The rule: both sides non-empty (but for an empty fragment, empty in both); the same on both sides only for a symbol, a number or a
    /// key name ("F1", "—", "✓", an interpolation alone): what is left without interpolations has
    /// no two lowercase Latin letters in a row and no Japanese.
    static func problem(ja: String, en: String) -> String? {
        let empty = { (side: String) in side.isEmpty || side == #""""# }
        if empty(ja), empty(en) { return nil }  // an empty fragment ("no remark"), the same in both
        if empty(ja) { return "empty Japanese (English: \(en))" }
        if empty(en) { return "empty English (Japanese: \(ja))" }
        guard ja == en, sameInBoth[ja] == nil else { return nil }
        let words = CataloguePairs.withoutInterpolations(ja)
        let lowercaseRun = words.unicodeScalars.indices.dropLast().contains { index in
            let scalars = words.unicodeScalars
            return ("a"..."z").contains(scalars[index]) && ("a"..."z").contains(scalars[scalars.index(after: index)])
        }
        let japanese = words.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
        return lowercaseRun || japanese ? "the same text in both languages: \(ja)" : nil
    }
}

/// Reads `LocalizedText(ja: …, en: …)` out of Swift source: the
/// expression after each label, as written, string literals and their interpolations kept whole.
enum CataloguePairs {
    struct Pair { let ja: String; let en: String; let line: Int }

    static func pairs(in source: String) -> [Pair] {
        let text = Array(source)
        var pairs: [Pair] = []
        var index = 0
        while index < text.count {
            if let afterJa = match("LocalizedText(", at: index, in: text).flatMap({ label("ja:", after: $0, in: text) }) {
                let (ja, afterJaExpression) = expression(from: afterJa, in: text)
                if let afterEn = label(",", after: afterJaExpression, in: text).flatMap({ label("en:", after: $0, in: text) }) {
                    let (en, end) = expression(from: afterEn, in: text)
                    pairs.append(Pair(ja: ja, en: en, line: text[..<index].filter { $0 == "\n" }.count + 1))
                    index = end
                    continue
                }
            }
            index += 1
        }
        return pairs
    }

    /// The literal with each `\(…)` taken out.
    static func withoutInterpolations(_ literal: String) -> String {
        let text = Array(literal)
        var result = ""
        var index = 0
        while index < text.count {
            if text[index] == "\\", index + 1 < text.count, text[index + 1] == "(" {
                index = skipBalanced(from: index + 1, in: text)
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    private static func match(_ word: String, at index: Int, in text: [Character]) -> Int? {
        let characters = Array(word)
        guard index + characters.count <= text.count, Array(text[index..<index + characters.count]) == characters else { return nil }
        if index > 0, text[index - 1].isLetter || text[index - 1].isNumber { return nil }
        return index + characters.count
    }

    /// After whitespace, `word`: the index past it.
    private static func label(_ word: String, after index: Int, in text: [Character]) -> Int? {
        var index = index
        while index < text.count, text[index].isWhitespace { index += 1 }
        let characters = Array(word)
        guard index + characters.count <= text.count, Array(text[index..<index + characters.count]) == characters else { return nil }
        return index + characters.count
    }

    /// The expression from `index` up to a `,` or `)` at its own depth, trimmed, and where it ends.
    private static func expression(from index: Int, in text: [Character]) -> (String, Int) {
        var index = index
        let start = index
        var depth = 0
        while index < text.count {
            let character = text[index]
            if character == "\"" {
                index = skipString(from: index, in: text)
                continue
            }
            if "([{".contains(character) { depth += 1 }
            if ")]}".contains(character) {
                if depth == 0 { break }
                depth -= 1
            }
            if character == ",", depth == 0 { break }
            index += 1
        }
        return (String(text[start..<index]).trimmingCharacters(in: .whitespacesAndNewlines), index)
    }

    /// Past a string literal starting at `index` (a `"`), interpolations and escapes included.
    private static func skipString(from index: Int, in text: [Character]) -> Int {
        var index = index + 1
        while index < text.count {
            switch text[index] {
            case "\\":
                if index + 1 < text.count, text[index + 1] == "(" {
                    index = skipBalanced(from: index + 1, in: text)
                } else {
                    index += 2
                }
            case "\"": return index + 1
            default: index += 1
            }
        }
        return index
    }

    /// Past the parenthesis opening at `index` and what it holds.
    private static func skipBalanced(from index: Int, in text: [Character]) -> Int {
        var index = index + 1
        var depth = 1
        while index < text.count, depth > 0 {
            switch text[index] {
            case "\"": index = skipString(from: index, in: text); continue
            case "(": depth += 1
            case ")": depth -= 1
            default: break
            }
            index += 1
        }
        return index
    }
}
