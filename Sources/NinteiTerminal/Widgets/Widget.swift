/// A widget draws itself into a rectangle of a cell buffer. It never talks to a backend and
/// never holds the buffer: drawing is a function of the widget's state and the rectangle.
public protocol Widget {
    /// Draws into `area` (clipped to the buffer); `focused` widgets show their cursor or highlight.
    func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool)
}

/// What a widget did with a key.
public enum KeyOutcome: Sendable, Equatable {
    /// The widget used the key (its state may have changed).
    case handled
    /// Not for this widget: the screen decides (Tab, Enter, Esc, PgUp …).
    case ignored
    /// The widget refused the key, and why (for the status line).
    case refused(Refusal)

    public enum Refusal: Sendable, Equatable {
        /// A number field got something that is not a digit.
        case notADigit
        /// The value would leave the field's range.
        case outOfRange(minimum: Double?, maximum: Double?)
        /// The field is full.
        case tooLong(maximum: Int)
    }
}

/// A widget that takes keys when it has the focus.
public protocol Editable: Widget {
    mutating func handle(_ key: Key) -> KeyOutcome
    /// Where the hardware cursor belongs when the widget has the focus in `area`, so an input
    /// method's candidate window appears at the insertion point; nil hides it.
    func cursorPosition(in area: CellRect) -> CellPosition?
}

extension CellRect {
    /// The rectangle clipped to a buffer of this size.
    public func clipped(to size: TerminalSize) -> CellRect {
        let left = max(0, x), top = max(0, y)
        let right = min(size.width, x + width), bottom = min(size.height, y + height)
        return CellRect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }
}
