/// A "tick any" list of options, one check box a row, with a focused row. Up and Down move the
/// focus and return `.ignored` at the ends so the screen can move to the next field.
public struct OptionGroup: Editable, Sendable, Equatable {
    public struct Option: Sendable, Equatable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// The id of the "other" option (whose text the screen asks for separately).
    public static let otherID = "other"

    public let options: [Option]
    public private(set) var ticked: Set<String>
    public private(set) var focusedIndex = 0
    /// How many ticked options the item needs; 0 means no minimum and no hint.
    public var minimum: Int
    /// Shown under the options while fewer than `minimum` are ticked, in the caller's language.
    public var minimumHint: String

    public init(options: [Option], selected: [String] = [], minimum: Int = 0, minimumHint: String = "") {
        self.options = options
        self.ticked = Set(selected).intersection(options.map(\.id))
        self.minimum = minimum
        self.minimumHint = minimumHint
    }

    /// Options with the ids a, b, c, … in order, and `other` last when `otherLabel` is given.
    public static func lettered(_ labels: [String], otherLabel: String? = nil) -> [Option] {
        let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        precondition(labels.count <= letters.count, "more options than letters")
        return zip(letters, labels).map { Option(id: $0, label: $1) }
            + (otherLabel.map { [Option(id: otherID, label: $0)] } ?? [])
    }

    /// The ticked ids in the group's order.
    public var selected: [String] { options.map(\.id).filter(ticked.contains) }

    public var meetsMinimum: Bool { ticked.count >= minimum }

    public var focusedID: String? { options.indices.contains(focusedIndex) ? options[focusedIndex].id : nil }

    public mutating func toggle(_ id: String) {
        guard options.contains(where: { $0.id == id }) else { return }
        if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
    }

    public mutating func focus(_ index: Int) {
        guard !options.isEmpty else { return }
        focusedIndex = min(max(0, index), options.count - 1)
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        switch key {
        case .up where focusedIndex > 0:
            focusedIndex -= 1
        case .down where focusedIndex + 1 < options.count:
            focusedIndex += 1
        case .character(" "):
            guard let id = focusedID else { return .ignored }
            toggle(id)
        default:
            return .ignored
        }
        return .handled
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? {
        let y = area.y + focusedIndex - firstVisibleOption(rows: optionRows(in: area))
        return checkBox(focusedIndex).cursorPosition(in: CellRect(x: area.x, y: y, width: area.width, height: 1))
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        let area = area.clipped(to: buffer.size)
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area)
        let rows = optionRows(in: area)
        let first = firstVisibleOption(rows: rows)
        for index in first..<min(options.count, first + rows) {
            let line = CellRect(x: area.x, y: area.y + index - first, width: area.width, height: 1)
            checkBox(index).draw(into: &buffer, area: line, focused: focused && index == focusedIndex)
        }
        let shownOptions = min(options.count - first, rows)
        if showsHint && area.height > shownOptions {
            buffer.put(minimumHint, x: area.x + 4, y: area.y + shownOptions, maxWidth: area.width - 4, style: CellStyle(color: .warning))
        }
    }

    private var showsHint: Bool { minimum > 0 && !minimumHint.isEmpty && !meetsMinimum }

    /// Rows for options: all of the area but the hint's row when the hint shows and room is short.
    private func optionRows(in area: CellRect) -> Int {
        let rows = showsHint && area.height <= options.count ? area.height - 1 : area.height
        return max(1, rows)
    }

    /// Keeps the focused option in view when the area is shorter than the list.
    private func firstVisibleOption(rows: Int) -> Int {
        max(0, focusedIndex - rows + 1)
    }

    private func checkBox(_ index: Int) -> CheckBox {
        CheckBox(label: options[index].label, state: ticked.contains(options[index].id) ? .checked : .unchecked)
    }
}
