import Foundation

/// Writes a catalogue as Swift: an extension of the catalogue's type (`UIText`) holding one
/// `LocalizedText` per entry, each marked with its place in the catalogue file so that a
/// compiler error points there.
public enum CatalogueSwiftWriter {
    public static func swift(for catalogue: Catalogue, typeName: String, sourcePath: String) -> String {
        var lines = ["// Generated from \((sourcePath as NSString).lastPathComponent) by the TextCatalogue plugin: edit that file, not this one.", ""]
        lines += catalogue.imports.map { "import \($0)" }
        lines += ["", "extension \(typeName) {"]
        for entry in catalogue.entries {
            lines.append("#sourceLocation(file: \(quoted(sourcePath)), line: \(entry.line))")
            lines += entry.documentation.map { "    ///\($0)" }
            lines += declaration(of: entry)
        }
        lines += ["#sourceLocation()", "}", ""]
        return lines.joined(separator: "\n")
    }

    private static func declaration(of entry: CatalogueEntry) -> [String] {
        let access = entry.isPublic ? "public " : ""
        if entry.isList {
            return ["    \(access)static let \(entry.name): [LocalizedText] = ["]
                + entry.pairs.map { "        \(localizedText($0))," }
                + ["    ]"]
        }
        guard let parameters = entry.parameters else {
            return ["    \(access)static let \(entry.name) = \(localizedText(entry.pairs[0]))"]
        }
        let list = parameters.map { [$0.label, $0.name].compactMap { $0 }.joined(separator: " ") + ": " + $0.type }.joined(separator: ", ")
        return [
            "    \(access)static func \(entry.name)(\(list)) -> LocalizedText {",
            "        \(localizedText(entry.pairs[0]))",
            "    }",
        ]
    }

    private static func localizedText(_ pair: CatalogueEntry.Pair) -> String {
        "LocalizedText(ja: \"\(pair.ja)\", en: \"\(pair.en)\")"
    }

    private static func quoted(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
