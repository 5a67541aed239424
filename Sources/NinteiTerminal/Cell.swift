/// What a colour means, not which colour it is: the backend picks real colours (or, on a
/// terminal without colours, attributes that keep the meaning readable).
public enum ColorRole: Sendable, Hashable, CaseIterable {
    case normal, accent, muted, success, warning, error
}

/// How a cell is drawn.
public struct CellStyle: Sendable, Hashable {
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var color: ColorRole

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, color: ColorRole = .normal) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.color = color
    }

    public static let plain = CellStyle()
}

/// One column of the screen.
///
/// A wide grapheme (width 2) lives in its own cell and makes the cell to its right a
/// continuation cell, whose grapheme is empty.
public struct Cell: Sendable, Hashable {
    public var grapheme: String
    public var style: CellStyle

    public init(_ grapheme: String, style: CellStyle = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    public var isContinuation: Bool { grapheme.isEmpty }

    public static let blank = Cell(" ")

    static func blank(_ style: CellStyle) -> Cell { Cell(" ", style: style) }
    static func continuation(_ style: CellStyle) -> Cell { Cell("", style: style) }
}
