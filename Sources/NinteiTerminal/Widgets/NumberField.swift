/// A number entry field: digits (full-width ０-９ from an input method become ASCII), an
/// optional decimal point and, when the range allows negatives, a leading minus. Drawn
/// right-aligned, with an optional unit ("時間", "%", "人") muted after it.
///
/// A keystroke is refused when the value would pass the maximum (or, for negatives, the
/// minimum) in a way more typing cannot undo; a value still below the minimum while it is being
/// typed ("1" on the way to "10") is allowed, and `isWithinRange` tells the screen on leaving.
public struct NumberField: Editable, Sendable, Equatable {
    public let minimum: Double?
    public let maximum: Double?
    public let allowsDecimal: Bool
    public var unit: String?
    public private(set) var editor = LineEditor()

    public static let focusedStyle = CellStyle(underline: true)
    public static let unitStyle = CellStyle(color: .muted)

    public init(value: Double? = nil, minimum: Double? = nil, maximum: Double? = nil, allowsDecimal: Bool = false, unit: String? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.allowsDecimal = allowsDecimal
        self.unit = unit
        self.value = value
    }

    /// The text as typed, in ASCII: "-12.5".
    public var text: String { editor.text }

    /// The number typed, nil while empty or only "-" or ".".
    public var value: Double? {
        get { text.contains(where: \.isNumber) ? Double(text) : nil }
        set { editor.setText(newValue.map(Self.format) ?? "") }
    }

    public var isWithinRange: Bool {
        guard let value else { return true }
        return value >= (minimum ?? -.infinity) && value <= (maximum ?? .infinity)
    }

    private var outOfRange: KeyOutcome { .refused(.outOfRange(minimum: minimum, maximum: maximum)) }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        var edited = editor
        let outcome: KeyOutcome
        if case .character(let typed) = key {
            guard let character = Self.ascii(typed) else { return .refused(.notADigit) }
            guard !(text.hasPrefix("-") && editor.cursor == 0) else { return .refused(.notADigit) }
            switch character {
            case "0"..."9": break
            case "." where allowsDecimal && !text.contains("."): break
            case "-" where (minimum ?? -1) >= 0: return outOfRange
            case "-" where editor.cursor == 0 && !text.hasPrefix("-"): break
            default: return .refused(.notADigit)
            }
            outcome = edited.insert(String(character))
        } else {
            outcome = edited.handle(key)
        }
        guard outcome == .handled else { return outcome }
        guard !Self.cannotReachRange(edited.text, minimum: minimum, maximum: maximum) else { return outOfRange }
        editor = edited
        return .handled
    }

    public func draw(into buffer: inout CellBuffer, area: CellRect, focused: Bool) {
        guard area.width > 0 && area.height > 0 else { return }
        let layout = layout(in: area)
        let style = focused ? Self.focusedStyle : .plain
        buffer.fill(CellRect(x: area.x, y: area.y, width: layout.numberWidth + 1, height: 1), style: style)
        let shown = String(text.dropFirst(layout.firstShown).prefix(layout.numberWidth))
        buffer.put(shown, x: area.x + layout.numberWidth - shown.count, y: area.y, maxWidth: layout.numberWidth, style: style)
        if let unit, layout.numberWidth > 0 {
            buffer.put(unit, x: area.x + layout.numberWidth + 1, y: area.y, maxWidth: area.width - layout.numberWidth - 1, style: Self.unitStyle)
        }
    }

    public func cursorPosition(in area: CellRect) -> CellPosition? {
        guard area.width > 0 && area.height > 0 else { return nil }
        let layout = layout(in: area)
        let shownBeforeCursor = editor.cursor - layout.firstShown
        let shownCount = min(text.count - layout.firstShown, layout.numberWidth)
        return CellPosition(x: area.x + layout.numberWidth - shownCount + shownBeforeCursor, y: area.y)
    }

    /// The digits take the columns before one spare cell (where the cursor sits after the last
    /// digit, and which separates the unit); when they do not fit, the part around the cursor shows.
    private func layout(in area: CellRect) -> (numberWidth: Int, firstShown: Int) {
        let unitWidth = unit?.displayWidth ?? 0
        var numberWidth = area.width - 1 - unitWidth
        if numberWidth < 1 { numberWidth = area.width - 1 }   // too narrow: the unit goes first
        numberWidth = max(0, numberWidth)
        return (numberWidth, max(0, min(text.count - numberWidth, editor.cursor)))
    }

    /// True when no further typing can bring `text` back into the range: a positive value over
    /// the maximum only grows with more digits, a negative one under the minimum only shrinks.
    private static func cannotReachRange(_ text: String, minimum: Double?, maximum: Double?) -> Bool {
        guard text.contains(where: \.isNumber), let value = Double(text) else { return false }
        if let maximum, value > maximum, value >= 0 { return true }
        if let minimum, value < minimum, value <= 0 { return true }
        return false
    }

    /// The ASCII form of a digit, point or minus typed through an input method (full-width ５, ．, －).
    public static func ascii(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        case 0xFF0E: return "."
        case 0xFF0D, 0x2212: return "-"
        default: return scalar.isASCII ? character : nil
        }
    }

    private static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
