import NinteiTerminal

/// The label column of the small desk forms (a new case, a contact, a file to import): the
/// kit's `LabelledRow` with the desk's label width.
enum FormRows {
    static func labelWidth(_ width: Int) -> Int { width >= 60 ? 14 : 9 }

    static func drawLabel(_ text: String, focused: Bool, into buffer: inout CellBuffer, rect: CellRect) {
        LabelledRow.drawLabel(text, focused: focused, width: labelWidth(rect.width) - 1, into: &buffer, row: rect)
    }

    static func fieldArea(_ rect: CellRect) -> CellRect {
        LabelledRow.widgetArea(rect, labelWidth: labelWidth(rect.width))
    }
}
