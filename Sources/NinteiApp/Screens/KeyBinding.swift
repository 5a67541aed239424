import NinteiCore
import NinteiTerminal

/// One key binding of a screen, as data: the status bar and the `?` help are generated from
/// a screen's list, so they never disagree with what the keys do.
struct KeyBinding {
    let keys: [Key]
    /// A stable name (`home.open`), so tests press actions by name, not by key.
    let action: String
    let label: LocalizedText
    let showInStatusBar: Bool

    init(_ keys: [Key], _ action: String, _ label: LocalizedText, statusBar: Bool = true) {
        self.keys = keys
        self.action = action
        self.label = label
        self.showInStatusBar = statusBar
    }

    var keyNames: String {
        keys.map(\.description).joined(separator: "/")
    }
}

extension Array where Element == KeyBinding {
    func action(for key: Key) -> String? {
        first { $0.keys.contains(key) }?.action
    }
}
