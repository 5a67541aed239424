/// The state of a check box: ticked, not ticked, or "-" (not applicable) where the caller allows it.
public enum CheckState: Sendable, Equatable, CaseIterable {
    case unchecked, checked, notApplicable

    /// "[✓]", "[ ]" or "[-]"; ✓ (U+2713) is one column in glibc, so ncurses draws it as one.
    public var box: String {
        switch self {
        case .unchecked: return "[ ]"
        case .checked: return "[✓]"
        case .notApplicable: return "[-]"
        }
    }
}

/// `[✓] label`: Space moves to the next allowed state (unchecked → checked → "-" → unchecked);
/// where "-" is allowed, typing it sets it at once.
public struct CheckBox: Editable, Sendable, Equatable {
    public var label: String
    public var state: CheckState
    public var allowsNotApplicable: Bool

    public init(label: String, state: CheckState = .unchecked, allowsNotApplicable: Bool = false) {
        self.label = label
        self.state = state
        self.allowsNotApplicable = allowsNotApplicable
    }

    public var isChecked: Bool { state == .checked }

    public mutating func toggle() {
        switch state {
        case .unchecked: state = .checked
        case .checked: state = allowsNotApplicable ? .notApplicable : .unchecked
        case .notApplicable: state = .unchecked
        }
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        switch key {
        case .character(" "):
            toggle()
            return .handled
        case .character("-"), .character("－") where allowsNotApplicable:
            // "-" as written on the paper, in one key.
            state = .notApplicable
            return .handled
        default:
            return .ignored
        }
    }

    /// On the mark inside the brackets, where terminal check boxes traditionally keep it.
    public func cursorPosition(in area: CellRect) -> CellPosition? {
        guard area.width >= 2, area.height >= 1 else { return nil }
        return CellPosition(x: area.x + 1, y: area.y)
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let area = area.clipped(to: buffer.size)
        guard area.width > 0, area.height > 0 else { return }
        let line = CellRect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(line)
        let text = (state.box + " " + label).truncated(toWidth: area.width)
        buffer.put(text, x: area.x, y: area.y, maxWidth: area.width, style: CellStyle(reverse: focused))
    }
}
