/// "[ 作成する ]" at the end of a form: takes no keys itself (the screen acts on Enter),
/// drawn reversed when focused, with the cursor on its first letter.
public struct FormButton: Editable, Sendable, Equatable {
    public var label: String

    public init(label: String) {
        self.label = label
    }

    public func handle(_ key: Key) -> KeyOutcome { .ignored }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        buffer.put("[ \(label) ]", x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(bold: true, reverse: focused))
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? {
        CellPosition(x: area.x + 2, y: area.y)
    }
}
