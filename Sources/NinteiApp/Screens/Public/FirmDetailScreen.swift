import NinteiCore
import NinteiStore
import NinteiTerminal

/// One certified firm as published: name, reading, industry, certificate number, validity in
/// both calendars, and its strengths as sentences. Only ↑ ↓ to scroll and Esc to go back.
final class FirmDetailScreen: Screen {
    let firm: CertifiedFirm
    private var text: ScrollingText

    init(firm: CertifiedFirm) {
        self.firm = firm
        text = ScrollingText()
    }

    var title: LocalizedText { LocalizedText(ja: firm.name, en: firm.name) }

    func lines(_ language: Language) -> [ScrollingText.Line] {
        var lines: [ScrollingText.Line] = []
        func field(_ label: LocalizedText, _ value: String) {
            lines.append(.init(label: label(language), text: value))
        }
        field(UIText.detailName, firm.name)
        if !firm.kana.isEmpty { field(UIText.detailKana, firm.kana) }
        field(UIText.detailIndustry, firm.industry.map { "\($0.code) \($0.name(language))" } ?? "—")
        field(UIText.detailNumber, firm.certificateNumber)
        field(UIText.detailIssued, UIText.bothCalendars(firm.issuedOn))
        field(UIText.detailValid, UIText.detailValidity(from: firm.issuedOn, through: firm.validUntil)(language))
        lines.append(.blank)
        lines.append(.heading(UIText.detailStrengths(language)))
        if firm.strengths.isEmpty {
            lines.append(.init(text: UIText.detailNoStrengths(language), style: CellStyle(color: .muted)))
        }
        for strength in firm.strengths {
            lines.append(.init(text: "・" + strength.sentence(language), indent: 2, style: CellStyle(color: .accent)))
        }
        return lines
    }

    typealias Action = NoActions

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.up, .character("k")], Navigation.up, label: UIText.scrollUp(language), statusBar: false),
            bind([.down, .character("j")], Navigation.down, label: UIText.scrollDown(language), statusBar: false),
            bind([.escape, .backspace], Navigation.back, label: UIText.back(language)),
        ]
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        text.move(move)
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        text.draw(lines(language), into: &buffer, area: area)
    }
}

/// Lines of labelled text that wrap to the width and scroll with ↑ ↓: the detail and report
/// screens' body.
struct ScrollingText {
    struct Line {
        var label: String?
        var text: String
        var indent = 0
        var style = CellStyle.plain

        init(label: String? = nil, text: String, indent: Int = 0, style: CellStyle = .plain) {
            self.label = label
            self.text = text
            self.indent = indent
            self.style = style
        }

        static let blank = Line(text: "")
        static func heading(_ text: String) -> Line { Line(text: text, style: CellStyle(bold: true)) }
    }

    /// The first wrapped row shown.
    private(set) var top = 0
    /// Rows wrapped at the last draw, and the height shown then, to keep scrolling in range.
    private var rowCount = 0
    private var height = 1

    mutating func scroll(by rows: Int) {
        top = max(0, min(top + rows, rowCount - height))
    }

    /// One wrapped row: the label column's text (first row of a labelled line, else blank) and
    /// the text beside it.
    struct Row {
        var label: String
        var labelWidth: Int
        var text: String
        var style: CellStyle
    }

    /// The lines wrapped to `width`: a label column (as wide as the widest label, at most a
    /// third of the width) and the text wrapped beside it.
    static func rows(_ lines: [Line], width: Int) -> [Row] {
        let widest = lines.compactMap { $0.label?.displayWidth }.max() ?? 0
        let labelWidth = widest == 0 ? 0 : min(widest + 2, max(0, width / 3))
        var rows: [Row] = []
        for line in lines {
            if line.text.isEmpty {
                rows.append(Row(label: line.label ?? "", labelWidth: line.label == nil ? 0 : labelWidth, text: "", style: line.style))
                continue
            }
            let indent = line.label == nil ? line.indent : labelWidth
            for (index, part) in line.text.wrapped(toWidth: max(1, width - indent)).enumerated() {
                if let label = line.label {
                    rows.append(Row(label: index == 0 ? label : "", labelWidth: labelWidth, text: part, style: line.style))
                } else {
                    rows.append(Row(label: "", labelWidth: indent, text: part, style: line.style))
                }
            }
        }
        return rows
    }

    mutating func draw(_ lines: [Line], into buffer: inout CellBuffer, area: CellRect) {
        guard area.width > 2, area.height > 0 else { return }
        let inner = CellRect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let rows = Self.rows(lines, width: inner.width)
        rowCount = rows.count
        height = inner.height
        top = max(0, min(top, rows.count - inner.height))
        for (offset, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            let labelRoom = min(max(0, row.labelWidth - 1), inner.width)
            if !row.label.isEmpty {
                buffer.put(row.label.truncated(toWidth: labelRoom), x: inner.x, y: y, maxWidth: labelRoom, style: CellStyle(color: .muted))
            }
            let x = inner.x + min(row.labelWidth, inner.width)
            let room = inner.x + inner.width - x
            buffer.put(row.text.truncated(toWidth: room), x: x, y: y, maxWidth: room, style: row.style)
        }
        if rows.count > inner.height {
            let more = top + inner.height < rows.count ? "↓" : (top > 0 ? "↑" : "")
            if !more.isEmpty { buffer.put(more, x: area.x + area.width - 1, y: top + inner.height < rows.count ? area.y + area.height - 1 : area.y, style: CellStyle(color: .muted)) }
        }
    }
}
