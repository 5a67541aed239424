/// The bottom line: a message when there is one, else the key hints of the bindings shown in
/// the status bar, as many as fit; disabled actions are drawn muted. `pinned` hints (help)
/// sit at the right end and stay when the line is short, so the way to the full list of keys
/// is always on screen.
public struct StatusBar: Widget {
    public let bindings: [KeyBinding]
    public let pinned: [KeyBinding]
    public let message: String?

    public init(bindings: [KeyBinding], pinned: [KeyBinding] = [], message: String? = nil) {
        self.bindings = bindings
        self.pinned = pinned
        self.message = message
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let line = CellRect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
        buffer.fill(line, style: CellStyle(reverse: true))
        if let message {
            buffer.put(" " + message.truncated(toWidth: max(0, area.width - 1)), x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(reverse: true))
            return
        }
        let pinnedText = pinned.filter(\.showInStatusBar).map(Self.hint).joined(separator: "  ")
        let pinnedWidth = pinnedText.isEmpty || pinnedText.displayWidth + 2 > area.width ? 0 : pinnedText.displayWidth + 1
        if pinnedWidth > 0 {
            buffer.put(pinnedText, x: area.x + area.width - pinnedWidth, y: area.y, style: CellStyle(bold: true, reverse: true))
        }
        var x = area.x + 1
        let end = area.x + area.width - (pinnedWidth > 0 ? pinnedWidth + 2 : 0)
        for binding in bindings where binding.showInStatusBar {
            let hint = Self.hint(binding)
            guard x + hint.displayWidth <= end else { break }
            let style = binding.disabledReason == nil ? CellStyle(bold: true, reverse: true) : CellStyle(reverse: true, color: .muted)
            x = buffer.put(hint, x: x, y: area.y, maxWidth: end - x, style: style) + 2
        }
    }

    private static func hint(_ binding: KeyBinding) -> String {
        "\(binding.keys[0]) \(binding.label)"
    }
}
