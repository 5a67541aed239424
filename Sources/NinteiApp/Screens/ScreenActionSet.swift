import NinteiTerminal

/// The actions of one screen, as an enum. An action's stable name (`form.nextField`: what a
/// key binding carries, and what tests press) is the screen's `namespace` and the case.
protocol ScreenActionSet: RawRepresentable, CaseIterable where RawValue == String {
    static var namespace: String { get }
}

extension ScreenActionSet {
    var name: String { Self.namespace + "." + rawValue }

    init?(name: String) {
        let prefix = Self.namespace + "."
        guard name.hasPrefix(prefix) else { return nil }
        self.init(rawValue: String(name.dropFirst(prefix.count)))
    }
}

/// Moving through what a screen shows, and leaving it: the same names on every screen. The
/// shell passes them to `Screen.navigate`; a screen showing one list or text hands them to it.
enum Navigation: String, ScreenActionSet {
    static let namespace = "nav"
    case up, down, pageUp, pageDown, top, bottom, back

    /// The key a list or a scrolling widget takes for the move (nil for back).
    var key: Key? {
        switch self {
        case .up: return .up
        case .down: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .top: return .home
        case .bottom: return .end
        case .back: return nil
        }
    }
}

/// The actions of a screen whose keys only move and go back (`Navigation`).
enum NoActions: ScreenActionSet {
    static let namespace = ""
    init?(rawValue: String) { nil }
    var rawValue: String { switch self {} }
}

extension Screen where Action == NoActions {
    func perform(_ action: NoActions) -> ScreenAction {}
}

extension ListView {
    /// A move through the list (its own keys); back leaves the screen.
    mutating func move(_ move: Navigation) -> ScreenAction {
        guard let key = move.key else { return .back }
        _ = handle(key)
        return .stay
    }
}

extension ScrollingText {
    /// A row up or down, ten rows a page, to the top or the bottom; back leaves the screen.
    mutating func move(_ move: Navigation) -> ScreenAction {
        switch move {
        case .up: scroll(by: -1)
        case .down: scroll(by: 1)
        case .pageUp: scroll(by: -10)
        case .pageDown: scroll(by: 10)
        case .top: scroll(by: -Int.max / 2)
        case .bottom: scroll(by: Int.max / 2)
        case .back: return .back
        }
        return .stay
    }
}
