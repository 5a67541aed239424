import Foundation
import NinteiCore

/// A document for printing or reading offline, written once and rendered both as one
/// self-contained HTML file (inline CSS, every text escaped) and as plain text.
struct PrintDocument {
    enum Block {
        case heading(level: Int, String)
        case paragraph(String)
        case fields([(label: String, value: String)])
        /// `widths`: each column's share of the page width in per cent, for tables whose texts
        /// would otherwise squeeze a column (the checklist's item text beside its evidence).
        case table(header: [String], rows: [[String]], widths: [Int]? = nil)
        case list([String])
        /// A line set to the right (a date, the sender), as letters have them.
        case right(String)
        /// A centred line (a letter's title).
        case centered(String)
        /// A line to sign on: the label, the printed name (empty for a blank to write on), and
        /// the seal space (印).
        case signature(label: String, name: String)
        /// The sender of a letter, set to the right, with the seal space (印).
        case sender(String, seal: String)
        case pageBreak
    }

    let title: String
    let language: Language
    var blocks: [Block] = []

    mutating func add(_ block: Block) { blocks.append(block) }

    /// The page rule every printed document shares: A4 with margins Chromium and LibreOffice
    /// both honour; borders and shading kept in print (`print-color-adjust`).
    static let pageRule = """
        @page { size: A4; margin: 15mm 14mm 15mm 14mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        """

    /// The seal space (印): a circle with 印 in it, drawn with borders so that it prints.
    static let sealStyle = """
        .seal { display: inline-block; width: 14mm; height: 14mm; line-height: 14mm; border: 1px solid #555; border-radius: 50%; text-align: center; color: #555; font-size: 10pt; vertical-align: middle; margin-left: 4mm; }
        """

    /// Tables fit A4: a header never wraps inside a word (審/査), short columns (numbers, marks,
    /// item codes) keep to one line, long texts wrap; header rows repeat on each page.
    static let style = pageRule + """

        body { font-family: "Hiragino Mincho ProN", "Yu Mincho", "Noto Serif CJK JP", "IPAexMincho", "IPAMincho", serif; margin: 2em; line-height: 1.6; color: #111; }
        h1 { font-size: 1.5em; border-bottom: 2px solid #333; } h2 { font-size: 1.25em; margin-top: 1.5em; border-bottom: 1px solid #999; }
        h3 { font-size: 1.05em; margin-top: 1.2em; }
        table { border-collapse: collapse; margin: 0.5em 0; width: 100%; } th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
        th { background: #eee; white-space: nowrap; word-break: keep-all; } td { overflow-wrap: anywhere; } td.short { white-space: nowrap; word-break: keep-all; }
        thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        .right { text-align: right; } .centered { text-align: center; font-size: 1.3em; font-weight: bold; margin: 1.5em 0; letter-spacing: 0.1em; }
        .signature { margin: 1.2em 0; } .signature .label { display: inline-block; min-width: 6em; } .signature .line { display: inline-block; min-width: 60mm; border-bottom: 1px solid #333; padding: 0 0.5em; }
        .break { page-break-after: always; break-after: page; }
        @media print { body { margin: 0; font-size: 10.5pt; } table { font-size: 0.92em; } h1, h2, h3 { break-after: avoid; page-break-after: avoid; } }
        """ + "\n" + sealStyle

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
            case .table(let header, let rows, let widths):
                let short = Self.shortColumns(header: header, rows: rows)
                let columns = widths.map { "<colgroup>" + $0.map { "<col style=\"width: \($0)%\">" }.joined() + "</colgroup>" } ?? ""
                out.append("<table>" + columns + "<thead><tr>" + header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead><tbody>")
                for row in rows {
                    out.append("<tr>" + row.enumerated().map { index, cell in
                        (short.contains(index) ? "<td class=\"short\">" : "<td>") + Self.escape(cell).replacingLineBreaks() + "</td>"
                    }.joined() + "</tr>")
                }
                out.append("</tbody></table>")
            case .right(let text):
                out.append("<p class=\"right\">" + Self.escape(text).replacingLineBreaks() + "</p>")
            case .centered(let text):
                out.append("<p class=\"centered\">" + Self.escape(text).replacingLineBreaks() + "</p>")
            case .signature(let label, let name):
                out.append("<p class=\"signature\"><span class=\"label\">\(Self.escape(label))</span><span class=\"line\">\(Self.escape(name))</span><span class=\"seal\">印</span></p>")
            case .list(let items):
                out.append("<ul>" + items.map { "<li>\(Self.escape($0).replacingLineBreaks())</li>" }.joined() + "</ul>")
            case .sender(let text, let seal):
                out.append("<p class=\"right sender\">\(Self.escape(text))<span class=\"seal\">\(Self.escape(seal))</span></p>")
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
            case .table(let header, let rows, _):
                out.append(header.map(\.escapedForDisplay).joined(separator: " | "))
                out += rows.map { $0.map { clean($0).replacingOccurrences(of: "\n", with: " / ") }.joined(separator: " | ") }
                out.append("")
            case .list(let items):
                // An item's later lines are indented, so none passes for an item of its own.
                out += items.map { "・" + clean($0).replacingOccurrences(of: "\n", with: "\n  ") }
                out.append("")
            case .right(let text):
                out += [String(repeating: "　", count: 16) + clean(text).replacingOccurrences(of: "\n", with: "\n" + String(repeating: "　", count: 16)), ""]
            case .centered(let text):
                out += [String(repeating: "　", count: 8) + clean(text), ""]
            case .signature(let label, let name):
                let blank = name.isEmpty ? String(repeating: "＿", count: 12) : name.escapedForDisplay
                out += ["\(label.escapedForDisplay)　\(blank)　印", ""]
            case .sender(let text, let seal):
                out += [String(repeating: "　", count: 16) + text.escapedForDisplay + "　" + seal.escapedForDisplay, ""]
            case .pageBreak:
                out += ["", "\u{0C}"]
            }
        }
        return out.drop { $0.isEmpty }.joined(separator: "\n") + "\n"
    }

    /// The columns whose every cell is short and on one line (numbers, marks, item codes):
    /// printed without wrapping, so that no column shrinks to one character a line.
    static func shortColumns(header: [String], rows: [[String]]) -> Set<Int> {
        Set(header.indices.filter { index in
            rows.allSatisfy { row in
                index >= row.count || (row[index].count <= 8 && !row[index].contains("\n"))
            }
        })
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
