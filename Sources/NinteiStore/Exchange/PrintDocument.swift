import Foundation
import NinteiCore

/// A document for printing or reading offline, written once and rendered both as one
/// self-contained HTML file (inline CSS, every text escaped) and as plain text.
struct PrintDocument {
    enum Block {
        case heading(level: Int, String)
        case paragraph(String)
        case fields([(label: String, value: String)])
        case table(header: [String], rows: [[String]])
        case list([String])
        case pageBreak
    }

    let title: String
    let language: Language
    var blocks: [Block] = []

    mutating func add(_ block: Block) { blocks.append(block) }

    static let style = """
        body { font-family: "Hiragino Mincho ProN", "Yu Mincho", "Noto Serif CJK JP", serif; margin: 2em; line-height: 1.6; color: #111; }
        h1 { font-size: 1.5em; border-bottom: 2px solid #333; } h2 { font-size: 1.25em; margin-top: 1.5em; border-bottom: 1px solid #999; }
        h3 { font-size: 1.05em; margin-top: 1.2em; }
        table { border-collapse: collapse; margin: 0.5em 0; width: 100%; } th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
        th { background: #eee; } dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        .break { page-break-after: always; break-after: page; }
        @media print { body { margin: 0; } }
        """

    func html() -> String {
        var out = ["<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
                   "<title>\(Self.escape(title))</title>", "<style>\n\(Self.style)\n</style>", "</head>", "<body>"]
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(max(level, 1), 6))"
                out.append("<\(tag)>\(Self.escape(text))</\(tag)>")
            case .paragraph(let text):
                out.append("<p>" + Self.escape(text).replacingLineBreaks() + "</p>")
            case .fields(let fields):
                out.append("<dl>" + fields.map { "<dt>\(Self.escape($0.label))</dt><dd>\(Self.escape($0.value).replacingLineBreaks())</dd>" }.joined() + "</dl>")
            case .table(let header, let rows):
                out.append("<table><thead><tr>" + header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead><tbody>")
                for row in rows {
                    out.append("<tr>" + row.map { "<td>\(Self.escape($0).replacingLineBreaks())</td>" }.joined() + "</tr>")
                }
                out.append("</tbody></table>")
            case .list(let items):
                out.append("<ul>" + items.map { "<li>\(Self.escape($0).replacingLineBreaks())</li>" }.joined() + "</ul>")
            case .pageBreak:
                out.append("<div class=\"break\"></div>")
            }
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    /// The plain text: the document's own layout (line breaks, the form feed of a page break)
    /// around its texts, each with its control characters shown as `\u{…}`.
    func text() -> String {
        let clean: (String) -> String = \.escapedKeepingLines
        var out: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                out += level <= 2 ? ["", text.escapedForDisplay, String(repeating: level == 1 ? "=" : "-", count: 40)] : ["", "■ " + text.escapedForDisplay]
            case .paragraph(let text):
                out += [clean(text), ""]
            case .fields(let fields):
                out += fields.map { "\($0.label.escapedForDisplay): \(clean($0.value).replacingOccurrences(of: "\n", with: "\n    "))" }
                out.append("")
            case .table(let header, let rows):
                out.append(header.map(\.escapedForDisplay).joined(separator: " | "))
                out += rows.map { $0.map { clean($0).replacingOccurrences(of: "\n", with: " / ") }.joined(separator: " | ") }
                out.append("")
            case .list(let items):
                // An item's later lines are indented, so none passes for an item of its own.
                out += items.map { "・" + clean($0).replacingOccurrences(of: "\n", with: "\n  ") }
                out.append("")
            case .pageBreak:
                out += ["", "\u{0C}"]
            }
        }
        return out.drop { $0.isEmpty }.joined(separator: "\n") + "\n"
    }

    /// `text` for HTML: markup characters as entities, control characters as `\u{…}`.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text.escapedKeepingLines {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

private extension String {
    func replacingLineBreaks() -> String { replacingOccurrences(of: "\n", with: "<br>") }
}
