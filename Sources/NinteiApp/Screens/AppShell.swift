import NinteiCore
import NinteiTerminal

/// Runs a stack of screens on a backend: draws the title bar, the current screen, the status
/// bar generated from its key bindings and, on `?`, the help overlay; routes keys to actions.
final class AppShell {
    static let minimumSize = TerminalSize(width: 40, height: 12)

    private var stack: [any Screen]
    private let language: Language
    private var showingHelp = false

    init(root: any Screen, language: Language) {
        self.stack = [root]
        self.language = language
    }

    var current: any Screen { stack[stack.count - 1] }

    /// Shell-wide bindings, after the screen's own.
    private var shellBindings: [KeyBinding] {
        [
            KeyBinding([.character("?"), .function(1)], "app.help", LocalizedText(ja: "ヘルプ", en: "Help")),
            KeyBinding([.character("q"), .ctrl("c")], "app.quit", LocalizedText(ja: "終了", en: "Quit")),
        ]
    }

    private var bindings: [KeyBinding] { current.bindings + shellBindings }

    /// Reads keys until the user quits or input ends.
    func run(on backend: any TerminalBackend) {
        redraw(on: backend)
        while let key = backend.readKey() {
            if handle(key) == false { return }
            redraw(on: backend)
        }
    }

    /// Draws a frame, and again if the terminal changed size while it was drawn.
    private func redraw(on backend: any TerminalBackend) {
        var size = backend.size
        for _ in 0..<3 {
            backend.draw(frame(size: size), cursor: nil)
            guard backend.size != size else { return }
            size = backend.size
        }
    }

    /// Handles one key; false when the app should end.
    func handle(_ key: Key) -> Bool {
        if key == .resize { return true }
        if showingHelp {
            showingHelp = false
            return true
        }
        guard let action = bindings.action(for: key) else { return true }
        switch action {
        case "app.help":
            showingHelp = true
            return true
        case "app.quit":
            return false
        default:
            break
        }
        switch current.perform(action) {
        case .stay: return true
        case .open(let screen):
            stack.append(screen)
            return true
        case .back:
            if stack.count > 1 { stack.removeLast() }
            return true
        case .quit:
            return false
        }
    }

    /// The whole frame for a terminal size: a pure function of the shell's state.
    func frame(size: TerminalSize) -> CellBuffer {
        var buffer = CellBuffer(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            let message = language == .ja ? "画面が小さすぎます（40×12 以上にしてください）" : "Window too small (make it at least 40×12)"
            for (row, line) in message.wrapped(toWidth: max(1, size.width)).prefix(size.height).enumerated() {
                _ = buffer.put(line, x: 0, y: row, maxWidth: size.width)
            }
            return buffer
        }
        let bar = CellStyle(reverse: true)
        buffer.fill(CellRect(x: 0, y: 0, width: size.width, height: 1), style: bar)
        let heading = language == .ja ? " 認定 Nintei ─ " : " Nintei ─ "
        let title = (heading + current.title.text(language)).truncated(toWidth: size.width)
        _ = buffer.put(title, x: 0, y: 0, maxWidth: size.width, style: CellStyle(bold: true, reverse: true))

        let body = CellRect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if showingHelp {
            drawHelp(into: &buffer, area: body)
        } else {
            current.draw(into: &buffer, area: body, language: language)
        }
        drawStatusBar(into: &buffer, row: size.height - 1, width: size.width)
        return buffer
    }

    private func drawStatusBar(into buffer: inout CellBuffer, row: Int, width: Int) {
        buffer.fill(CellRect(x: 0, y: row, width: width, height: 1), style: CellStyle(reverse: true))
        if showingHelp {
            let text = language == .ja ? " 何かキーを押すと戻ります" : " Press any key to go back"
            _ = buffer.put(text, x: 0, y: row, maxWidth: width, style: CellStyle(reverse: true))
            return
        }
        var x = 1
        for binding in bindings where binding.showInStatusBar {
            let hint = "\(binding.keys[0]) \(binding.label.text(language))"
            guard x + hint.displayWidth <= width else { break }
            x = buffer.put(hint, x: x, y: row, maxWidth: width - x, style: CellStyle(bold: true, reverse: true)) + 2
        }
    }

    private func drawHelp(into buffer: inout CellBuffer, area: CellRect) {
        let heading = language == .ja ? "キー操作" : "Keys"
        _ = buffer.put(heading, x: area.x + 2, y: area.y + 1, maxWidth: area.width - 2, style: CellStyle(bold: true))
        let keyColumn = bindings.map(\.keyNames.displayWidth).max() ?? 0
        for (index, binding) in bindings.enumerated() where index + 3 < area.height {
            let line = binding.keyNames.padded(toWidth: keyColumn) + "  " + binding.label.text(language)
            _ = buffer.put(line, x: area.x + 2, y: area.y + 3 + index, maxWidth: area.width - 4)
        }
    }
}
