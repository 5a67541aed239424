import NinteiTerminal

/// Label column and field rows of a small form, drawn the same way on every desk screen.
enum FormRows {
    static func labelWidth(_ width: Int) -> Int { width >= 60 ? 14 : 9 }

    static func drawLabel(_ text: String, focused: Bool, into buffer: inout CellBuffer, rect: CellRect) {
        let style = focused ? CellStyle(bold: true, color: .accent) : CellStyle(color: .muted)
        buffer.put(text.truncated(toWidth: labelWidth(rect.width) - 1), x: rect.x, y: rect.y, style: style)
    }

    static func fieldArea(_ rect: CellRect) -> CellRect {
        let label = labelWidth(rect.width)
        return CellRect(x: rect.x + label, y: rect.y, width: max(0, rect.width - label), height: rect.height)
    }

    /// "[ 作成する ]", reversed when focused.
    static func drawButton(_ label: String, focused: Bool, into buffer: inout CellBuffer, rect: CellRect) {
        let area = fieldArea(rect)
        buffer.put("[ \(label) ]", x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(bold: true, reverse: focused))
    }

    static func buttonCursor(_ rect: CellRect) -> CellPosition {
        let area = fieldArea(rect)
        return CellPosition(x: area.x + 2, y: area.y)
    }
}
