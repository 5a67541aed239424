/// A box in the middle of an area, drawn over whatever is below: a title in the top border,
/// wrapped body text, and buttons whose labels the caller passes. Left/Right/Tab move between
/// buttons, Enter chooses the focused one, Esc cancels; `result` then says which. A body
/// taller than the box scrolls with Up/Down and PgUp/PgDn (▲ ▼ on the border say there is
/// more), so a long message is never cut.
public struct Dialog: Editable, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case confirm, message, error
    }

    public enum Result: Sendable, Equatable {
        /// The index of the chosen button in `buttons`.
        case chosen(Int)
        case cancelled
    }

    public let kind: Kind
    public var title: String
    public var body: String
    public let buttons: [String]
    public private(set) var focusedButton: Int
    public private(set) var result: Result?
    /// The first body line shown (kept within the body when drawn).
    public private(set) var firstLine = 0

    /// The widest the box gets; narrower areas get a box a little narrower than themselves.
    public static let preferredWidth = 60

    public init(kind: Kind, title: String, body: String, buttons: [String], focusedButton: Int = 0) {
        self.kind = kind
        self.title = title
        self.body = body
        self.buttons = buttons
        self.focusedButton = min(max(0, focusedButton), max(0, buttons.count - 1))
    }

    public static func confirm(title: String, body: String, confirm: String, cancel: String, focusOnCancel: Bool = false) -> Dialog {
        Dialog(kind: .confirm, title: title, body: body, buttons: [confirm, cancel], focusedButton: focusOnCancel ? 1 : 0)
    }

    public static func message(title: String, body: String, ok: String) -> Dialog {
        Dialog(kind: .message, title: title, body: body, buttons: [ok])
    }

    public static func error(title: String, body: String, ok: String) -> Dialog {
        Dialog(kind: .error, title: title, body: body, buttons: [ok])
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        switch key {
        case .left, .backTab:
            focusedButton = (focusedButton + buttons.count - 1) % max(1, buttons.count)
        case .right, .tab:
            focusedButton = (focusedButton + 1) % max(1, buttons.count)
        case .enter:
            result = buttons.isEmpty ? .cancelled : .chosen(focusedButton)
        case .escape:
            result = .cancelled
        case .up:
            firstLine = max(0, firstLine - 1)
        case .down:
            firstLine += 1
        case .pageUp:
            firstLine = max(0, firstLine - 5)
        case .pageDown:
            firstLine += 5
        default:
            return .ignored
        }
        return .handled
    }

    /// The box for an area: up to `preferredWidth` wide with a column free on each side when
    /// there is room, as tall as the text needs, centred; never larger than the area.
    public func frame(in area: CellRect) -> CellRect {
        let margin = area.width >= 44 ? 2 : area.width >= 30 ? 1 : 0
        let width = max(0, min(Self.preferredWidth, area.width - 2 * margin))
        let wanted = body.wrapped(toWidth: max(1, width - 4)).count + 5
        let height = max(0, min(wanted, area.height))
        return CellRect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    /// On the focused button's label.
    public func cursorPosition(in area: CellRect) -> CellPosition? {
        let box = frame(in: area)
        guard box.height >= 3, let start = buttonStarts(in: box).dropFirst(focusedButton).first else { return nil }
        return CellPosition(x: start + 1, y: box.y + box.height - 2)
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let box = frame(in: area.clipped(to: buffer.size))
        guard box.width >= 2, box.height >= 2 else { return }
        let frameStyle = kind == .error ? CellStyle(bold: true, color: .error) : CellStyle(color: .accent)
        buffer.fill(box)
        drawBorder(into: &buffer, box: box, style: frameStyle)

        let inner = box.height - 2
        let bodyWidth = max(0, box.width - 4)
        let buttonRow = inner >= 1 ? 1 : 0
        let blankRows = inner >= 3 ? 1 : 0
        let bodyRoom = max(0, inner - buttonRow - blankRows)
        let lines = body.wrapped(toWidth: max(1, bodyWidth))
        let topPadding = bodyRoom > lines.count ? 1 : 0
        let visible = max(0, bodyRoom - topPadding)
        let start = min(firstLine, max(0, lines.count - visible))
        for (offset, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + topPadding + offset, maxWidth: bodyWidth, style: kind == .error ? CellStyle(color: .error) : .plain)
        }
        let right = box.x + box.width - 1
        if visible > 0, start > 0 { buffer.put("▲", x: right, y: box.y + 1, style: frameStyle) }
        if visible > 0, start + visible < lines.count { buffer.put("▼", x: right, y: box.y + topPadding + visible, style: frameStyle) }
        if buttonRow == 1 {
            drawButtons(into: &buffer, box: box, focused: focused)
        }
    }

    private func drawBorder(into buffer: inout CellBuffer, box: CellRect, style: CellStyle) {
        let right = box.x + box.width - 1, bottom = box.y + box.height - 1
        let rule = String(repeating: "─", count: box.width - 2)
        buffer.put("┌" + rule + "┐", x: box.x, y: box.y, style: style)
        buffer.put("└" + rule + "┘", x: box.x, y: bottom, style: style)
        for y in (box.y + 1)..<bottom {
            buffer.put("│", x: box.x, y: y, style: style)
            buffer.put("│", x: right, y: y, style: style)
        }
        let titleRoom = box.width - 4
        if titleRoom > 2, !title.isEmpty {
            buffer.put(" " + title.truncated(toWidth: titleRoom - 2) + " ", x: box.x + 2, y: box.y, maxWidth: titleRoom, style: CellStyle(bold: true, color: style.color))
        }
    }

    private func drawButtons(into buffer: inout CellBuffer, box: CellRect, focused: Bool) {
        let labels = buttonLabels(fitting: box.width - 2)
        let y = box.y + box.height - 2
        for (index, (label, x)) in zip(labels, buttonStarts(in: box)).enumerated() {
            let style = index == focusedButton ? CellStyle(bold: true, reverse: focused) : .plain
            buffer.put(label, x: x, y: y, maxWidth: box.x + box.width - 1 - x, style: style)
        }
    }

    /// "[ はい ]" when the buttons fit with padding, "[はい]" when only that fits, and each
    /// label cut to an equal share ("[キャ…]") when not even that fits, so every button shows.
    private func buttonLabels(fitting width: Int) -> [String] {
        let padded = buttons.map { "[ \($0) ]" }
        if Self.rowWidth(padded) <= width { return padded }
        let tight = buttons.map { "[\($0)]" }
        if Self.rowWidth(tight) <= width || buttons.isEmpty { return tight }
        let share = (width - 2 * (buttons.count - 1)) / buttons.count - 2
        return buttons.map { "[" + $0.truncated(toWidth: max(1, share)) + "]" }
    }

    private static func rowWidth(_ labels: [String]) -> Int {
        labels.reduce(0) { $0 + $1.displayWidth } + 2 * max(0, labels.count - 1)
    }

    /// The column where each button starts: the row of buttons centred in the box.
    private func buttonStarts(in box: CellRect) -> [Int] {
        let labels = buttonLabels(fitting: box.width - 2)
        var x = box.x + 1 + max(0, (box.width - 2 - Self.rowWidth(labels)) / 2)
        return labels.map { label in
            defer { x += label.displayWidth + 2 }
            return x
        }
    }
}
