/// A form row as label and widget: the label in a column to the left or on a row of its own
/// above; the focused input's label stands out.
public enum LabelledRow {
    public static let focusedLabelStyle = CellStyle(bold: true, color: .accent)

    /// The widget's part of a row whose first `labelWidth` columns are the label's.
    public static func widgetArea(_ row: CellRect, labelWidth: Int) -> CellRect {
        CellRect(x: row.x + labelWidth, y: row.y, width: max(0, row.width - labelWidth), height: row.height)
    }

    /// The widget's part of a row whose label is above it: the rows under the label, indented.
    public static func widgetAreaBelowLabel(_ row: CellRect, indent: Int, rightMargin: Int = 0) -> CellRect {
        CellRect(x: row.x + indent, y: row.y + 1, width: max(0, row.width - indent - rightMargin), height: max(0, row.height - 1))
    }

    /// The label at the row's top left, cut to `width`; `style` when the input is not focused.
    public static func drawLabel(
        _ text: String, focused: Bool, width: Int, style: CellStyle = CellStyle(color: .muted),
        into buffer: inout CellBuffer, row: CellRect
    ) {
        buffer.put(text.truncated(toWidth: width), x: row.x, y: row.y, maxWidth: width, style: focused ? focusedLabelStyle : style)
    }
}
