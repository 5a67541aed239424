/// One input of a `Form`: a widget and the key its value is read back by.
public protocol FormInput {
    associatedtype ID: Hashable
    var id: ID { get }
    var control: FormControl { get set }
}

/// The input of a form that needs nothing beyond its widget.
public struct FormEntry<ID: Hashable & Sendable>: FormInput, Sendable {
    public let id: ID
    public var control: FormControl

    public init(_ id: ID, _ control: FormControl) {
        self.id = id
        self.control = control
    }
}

/// A column of inputs with one focused: the order Tab and Shift-Tab follow, the focused
/// widget receiving keys, values read back by each input's key, and the scroll that keeps the
/// focused rows on screen. How rows are laid out and drawn is the screen's (see `LabelledRow`).
public struct Form<Input: FormInput> {
    public var inputs: [Input]
    /// The focused input's position in `inputs`; outside them when there are none.
    public var focusIndex: Int
    /// The first row the last frame showed (see `StackLayout.firstRow`).
    public private(set) var firstRow = 0

    public init(_ inputs: [Input], focusIndex: Int = 0) {
        self.inputs = inputs
        self.focusIndex = focusIndex
    }

    public var focused: Input? {
        inputs.indices.contains(focusIndex) ? inputs[focusIndex] : nil
    }

    public var focusedID: Input.ID? { focused?.id }

    public var isOnLast: Bool { focusIndex == inputs.count - 1 }

    /// Whether printable keys belong to the focused widget rather than to the screen's bindings.
    public var focusTakesText: Bool { focused?.control.takesText ?? false }

    public func index(of id: Input.ID) -> Int? {
        inputs.firstIndex { $0.id == id }
    }

    public mutating func focus(on id: Input.ID) {
        if let index = index(of: id) { moveFocus(to: index) }
    }

    /// Moves the focus `step` inputs on (back when negative): it stops at the first and last
    /// input, or goes round when `wrapping`. Returns whether it moved.
    @discardableResult
    public mutating func moveFocus(by step: Int, wrapping: Bool = false) -> Bool {
        guard !inputs.isEmpty else { return false }
        let target = wrapping
            ? ((focusIndex + step) % inputs.count + inputs.count) % inputs.count
            : min(max(0, focusIndex + step), inputs.count - 1)
        return moveFocus(to: target)
    }

    private mutating func moveFocus(to index: Int) -> Bool {
        guard index != focusIndex else { return false }
        focusIndex = index
        inputs[index].control.focusArrived()
        return true
    }

    /// Gives a key to the focused widget.
    public mutating func handleFocused(_ key: Key) -> KeyOutcome {
        guard inputs.indices.contains(focusIndex) else { return .ignored }
        return inputs[focusIndex].control.handle(key)
    }

    /// Gives a key to the focused widget; ↑ and ↓ that it leaves move the focus (stopping at
    /// the first and last input) and count as handled.
    public mutating func handleFocusedOrMove(_ key: Key) -> KeyOutcome {
        let outcome = handleFocused(key)
        guard outcome == .ignored, key == .up || key == .down else { return outcome }
        moveFocus(by: key == .down ? 1 : -1)
        return .handled
    }

    // MARK: Values

    /// The widget of the input with this key (the first one, when keys repeat).
    public subscript(id: Input.ID) -> FormControl? {
        get { index(of: id).map { inputs[$0].control } }
        set {
            guard let index = index(of: id), let newValue else { return }
            inputs[index].control = newValue
        }
    }

    /// A text field's text; "" for other widgets.
    public func text(_ id: Input.ID) -> String {
        self[id]?.text ?? ""
    }

    /// The position of the chosen one of a one-row choice.
    public func choice(_ id: Input.ID) -> Int? {
        guard case .choice(let choice)? = self[id] else { return nil }
        return choice.selected
    }

    /// The label of the chosen one of a one-row choice; nil when it has nothing to choose.
    public func choiceLabel(_ id: Input.ID) -> String? {
        guard case .choice(let choice)? = self[id] else { return nil }
        return choice.selectedLabel
    }

    /// The ticked ids of an option list, in the list's order.
    public func ticked(_ id: Input.ID) -> [String] {
        guard case .options(let group)? = self[id] else { return [] }
        return group.selected
    }

    // MARK: Scrolling

    /// The rectangles of rows of `heights` stacked down `area`, scrolled just enough for each
    /// of `showing` (row positions, most important last) to be whole on screen.
    public mutating func scroll(heights: [Int], showing rows: [Int], in area: CellRect) -> [CellRect?] {
        guard !rows.isEmpty else { return StackLayout.rects(heights: heights, firstRow: 0, in: area) }
        var first = firstRow
        for row in rows {
            first = StackLayout.firstRow(previous: first, heights: heights, focus: row, viewHeight: area.height)
        }
        firstRow = first
        return StackLayout.rects(heights: heights, firstRow: first, in: area)
    }

    public mutating func scrollToTop() {
        firstRow = 0
    }
}

extension Form {
    public init<ID>(_ entries: [(ID, FormControl)], focusIndex: Int = 0) where Input == FormEntry<ID> {
        self.init(entries.map { FormEntry($0.0, $0.1) }, focusIndex: focusIndex)
    }
}
