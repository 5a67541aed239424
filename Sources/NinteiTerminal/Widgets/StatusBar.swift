/// The bottom line: a message when there is one, else the key hints of the bindings shown in
/// the status bar, as many as fit; disabled actions are drawn muted.
public struct StatusBar: Widget {
    public let bindings: [KeyBinding]
    public let message: String?

    public init(bindings: [KeyBinding], message: String? = nil) {
        self.bindings = bindings
        self.message = message
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let line = CellRect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
        buffer.fill(line, style: CellStyle(reverse: true))
        if let message {
            buffer.put(" " + message.truncated(toWidth: max(0, area.width - 1)), x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(reverse: true))
            return
        }
        var x = area.x + 1
        for binding in bindings where binding.showInStatusBar {
            let hint = "\(binding.keys[0]) \(binding.label)"
            guard x - area.x + hint.displayWidth <= area.width else { break }
            let style = binding.disabledReason == nil ? CellStyle(bold: true, reverse: true) : CellStyle(reverse: true, color: .muted)
            x = buffer.put(hint, x: x, y: area.y, maxWidth: area.x + area.width - x, style: style) + 2
        }
    }
}
