/// One entry of a text catalogue file: `queueNoted(_ count: Int)` with its Japanese and English,
/// which the build turns into `static func queueNoted(_ count: Int) -> LocalizedText`.
public struct CatalogueEntry: Equatable, Sendable {
    /// A parameter as written: `_ count: Int` has the label `_`, the name `count`, the type `Int`.
    public struct Parameter: Equatable, Sendable {
        public var label: String?
        public var name: String
        public var type: String
    }

    /// One Japanese text and its English, each the inside of a Swift string literal
    /// (escapes and `\(parameter)` as written).
    public struct Pair: Equatable, Sendable {
        public var ja: String
        public var en: String
        public var line: Int
    }

    public var name: String
    /// Nil for a constant (`static let`); a function otherwise.
    public var parameters: [Parameter]?
    /// `name []`: a `[LocalizedText]`, one pair per element.
    public var isList: Bool
    public var isPublic: Bool
    public var pairs: [Pair]
    /// The `///` lines above the entry, without the slashes.
    public var documentation: [String]
    public var line: Int

    /// What tells two entries apart in Swift: the name and the argument labels.
    var signature: String {
        guard let parameters else { return name }
        return name + "(" + parameters.map { ($0.label ?? $0.name) + ":" }.joined() + ")"
    }
}

/// A catalogue file read whole: its imports and entries, in order.
public struct Catalogue: Equatable, Sendable {
    public var imports: [String]
    public var entries: [CatalogueEntry]
}

/// Why a catalogue file cannot be built, at which line: `UIText.catalogue:12: queueTitle has no English text`.
public struct CatalogueError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}
