/// One of a few choices on one row: ← → (and Space, onwards) change it, round the ends.
/// `.spread` shows every choice, "(•) 電話  ( ) メール  ( ) 訪問"; `.cycling` only the chosen one,
/// "◀ suzuki ▶", for choices too many or too long for one row (a member's login).
public struct SingleChoice: Editable, Sendable, Equatable {
    public enum Presentation: Sendable, Equatable {
        case spread, cycling
    }

    public var labels: [String]
    public var selected: Int
    public let presentation: Presentation

    public init(labels: [String], selected: Int = 0, presentation: Presentation = .spread) {
        self.labels = labels
        self.selected = min(max(0, selected), max(0, labels.count - 1))
        self.presentation = presentation
    }

    /// The chosen label; nil when there is nothing to choose.
    public var selectedLabel: String? {
        labels.indices.contains(selected) ? labels[selected] : nil
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        guard !labels.isEmpty else { return .ignored }
        switch key {
        case .left: selected = (selected + labels.count - 1) % labels.count
        case .right, .character(" "): selected = (selected + 1) % labels.count
        default: return .ignored
        }
        return .handled
    }

    /// Where each choice starts; tighter ("(•)電話 ( )メール") when the spaced row does not fit.
    private func starts(width: Int) -> (starts: [Int], compact: Bool) {
        let spaced = labels.reduce(0) { $0 + 4 + $1.displayWidth + 2 }
        let compact = spaced - 2 > width
        var x = 0
        let starts = labels.map { label in
            defer { x += (compact ? 3 : 4) + label.displayWidth + (compact ? 1 : 2) }
            return x
        }
        return (starts, compact)
    }

    /// On the chosen mark when spread; hidden when cycling (the whole row is highlighted).
    public func cursorPosition(in area: CellRect) -> CellPosition? {
        guard presentation == .spread, area.width > 1, area.height > 0,
              let start = starts(width: area.width).starts.dropFirst(selected).first else { return nil }
        return CellPosition(x: area.x + min(start + 1, area.width - 1), y: area.y)
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let area = area.clipped(to: buffer.size)
        guard area.width > 0, area.height > 0 else { return }
        switch presentation {
        case .spread:
            buffer.fill(CellRect(x: area.x, y: area.y, width: area.width, height: 1))
            let layout = starts(width: area.width)
            for (index, (label, start)) in zip(labels, layout.starts).enumerated() where start < area.width {
                let mark = (index == selected ? "(•)" : "( )") + (layout.compact ? "" : " ")
                let style = index == selected ? CellStyle(bold: true, reverse: focused) : .plain
                buffer.put(mark + label, x: area.x + start, y: area.y, maxWidth: area.width - start, style: style)
            }
        case .cycling:
            guard let value = selectedLabel else { return }
            let text = labels.count > 1 ? "◀ " + value + " ▶" : value
            buffer.put(text.truncated(toWidth: area.width), x: area.x, y: area.y, maxWidth: area.width, style: focused ? CellStyle(reverse: true) : .plain)
        }
    }
}
