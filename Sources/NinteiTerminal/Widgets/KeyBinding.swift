/// One key binding of a screen, as data: the status bar and the help overlay are generated from
/// a screen's list, so they never disagree with what the keys do. Labels come already in the
/// user's language; the toolkit holds no UI wording of its own.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// A stable name (`case.submit`), so tests press actions by name, not by key.
    public let action: String
    public let label: String
    public let showInStatusBar: Bool
    /// Why the action cannot be used right now ("提出するには法令遵守の申告が必要です"); nil when it can.
    public let disabledReason: String?

    public init(_ keys: [Key], _ action: String, label: String, statusBar: Bool = true, disabledReason: String? = nil) {
        self.keys = keys
        self.action = action
        self.label = label
        self.showInStatusBar = statusBar
        self.disabledReason = disabledReason
    }

    /// The keys as the user reads them: "Esc/Backspace".
    public var keyNames: String {
        keys.map(\.description).joined(separator: "/")
    }
}

extension Array where Element == KeyBinding {
    /// The binding a key belongs to, enabled or not.
    public func binding(for key: Key) -> KeyBinding? {
        first { $0.keys.contains(key) }
    }
}
