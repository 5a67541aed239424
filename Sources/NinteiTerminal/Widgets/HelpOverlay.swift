/// The `?` help: every binding of the screen with its keys and label, and for an action that
/// cannot be used now, the reason; then the screen's notes (keys its widgets take, marks it shows).
public struct HelpOverlay: Widget {
    public let title: String
    public let bindings: [KeyBinding]
    public let notes: [String]

    public init(title: String, bindings: [KeyBinding], notes: [String] = []) {
        self.title = title
        self.bindings = bindings
        self.notes = notes
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        buffer.fill(area)
        guard area.height > 0, area.width > 4 else { return }
        buffer.put(title, x: area.x + 2, y: area.y + 1, maxWidth: area.width - 4, style: CellStyle(bold: true))
        let keyColumn = min(bindings.map(\.keyNames.displayWidth).max() ?? 0, area.width / 3)
        var y = area.y + 3
        for binding in bindings {
            guard y < area.y + area.height else { break }
            var text = binding.keyNames.fitted(toWidth: keyColumn) + "  " + binding.label
            if let reason = binding.disabledReason { text += " — " + reason }
            let style = binding.disabledReason == nil ? CellStyle.plain : CellStyle(color: .muted)
            buffer.put(text.truncated(toWidth: area.width - 4), x: area.x + 2, y: y, maxWidth: area.width - 4, style: style)
            y += 1
        }
        y += 1
        for line in notes.flatMap({ $0.wrapped(toWidth: area.width - 4) }) {
            guard y < area.y + area.height else { break }
            buffer.put(line, x: area.x + 2, y: y, maxWidth: area.width - 4, style: CellStyle(color: .muted))
            y += 1
        }
    }
}
