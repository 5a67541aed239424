import NinteiCore
import NinteiTerminal

/// Runs a stack of screens on a backend: draws the title bar, the current screen, the dialog a
/// screen asked for over it, the status bar generated from its key bindings and, on `?`, the
/// help overlay; routes keys to the dialog or to actions, and tells a screen when it becomes
/// current.
final class AppShell {
    static let minimumSize = TerminalSize(width: 40, height: 12)

    private var stack: [any Screen]
    private let language: Language
    private var showingHelp = false
    /// A message for the status line until the next key (why an action is not available).
    private var message: String?
    /// The dialog a screen asked for (`ScreenAction.ask`), and what its answer does.
    private var question: (dialog: Dialog, then: (Dialog.Result) -> ScreenAction)?

    init(root: any Screen, language: Language) {
        self.stack = [root]
        self.language = language
        _ = apply(root.becameCurrent())
    }

    /// The dialog over the current screen, if any.
    var shownDialog: Dialog? { question?.dialog }

    /// True while typed keys go into a field of the current screen (not while a dialog is over it).
    private var focusTakesText: Bool { question == nil && current.focusTakesText }

    var current: any Screen { stack[stack.count - 1] }

    private enum ShellAction: String, ScreenActionSet {
        static let namespace = "app"
        case help, quit
    }

    /// Shell-wide bindings, after the screen's own (read by the README's key tables).
    var shellBindings: [KeyBinding] {
        if focusTakesText {
            return [
                KeyBinding([.function(1)], ShellAction.help.name, label: UIText.help(language)),
                KeyBinding([.ctrl("c")], ShellAction.quit.name, label: UIText.quit(language)),
            ]
        }
        return [
            KeyBinding([.character("?"), .function(1)], ShellAction.help.name, label: UIText.help(language)),
            KeyBinding([.character("q"), .ctrl("c")], ShellAction.quit.name, label: UIText.quit(language)),
        ]
    }

    private var bindings: [KeyBinding] { current.bindings(language) + shellBindings }

    /// What the keys do while a dialog is asking (the dialog takes them; the status line says so
    /// instead of the screen's keys, which do nothing then).
    private func dialogKeys(_ dialog: Dialog) -> [KeyBinding] {
        var keys: [KeyBinding] = []
        if dialog.buttons.count > 1 { keys.append(KeyBinding([.tab, .left, .right], "dialog.choose", label: UIText.dialogChoose(language))) }
        keys += [
            KeyBinding([.enter], "dialog.answer", label: UIText.dialogAnswer(language)),
            KeyBinding([.escape], "dialog.cancel", label: UIText.dialogCancel(language)),
            KeyBinding([.ctrl("c")], ShellAction.quit.name, label: UIText.quit(language)),
        ]
        return keys
    }

    /// Reads keys until the user quits or input ends.
    func run(on backend: any TerminalBackend) {
        settle(on: backend)
        redraw(on: backend)
        while let key = backend.readKey(wakingWhen: { [unowned self] in current.hasArrivals }) {
            if handle(key) == false { return }
            if !backend.hasPendingKeys {
                settle(on: backend)
                redraw(on: backend)
            }
        }
        leaveAll()
    }

    /// Before a frame: the current screen takes in what reads on other threads brought (waits
    /// for them on a scripted terminal) and learns its size if it changed.
    private func settle(on backend: any TerminalBackend) {
        if backend.drawsSettledFrames { current.waitForArrivals() }
        current.takeArrivals()
        layOut(size: backend.size)
    }

    /// The size and screen the last `layOut` told about.
    private var laidOut: (size: TerminalSize, screen: ObjectIdentifier)?

    /// Tells the current screen its body's size when the terminal or the current screen changed
    /// since it was last told, before a frame is drawn.
    func layOut(size: TerminalSize) {
        let screen = ObjectIdentifier(current)
        if let laidOut, laidOut.size == size, laidOut.screen == screen { return }
        laidOut = (size, screen)
        current.resized(to: Self.body(size: size))
    }

    /// Draws a frame, and again if the terminal changed size while it was drawn.
    private func redraw(on backend: any TerminalBackend) {
        var size = backend.size
        for _ in 0..<3 {
            let buffer = frame(size: size)
            backend.draw(buffer, cursor: cursor(size: size).flatMap(buffer.cursorPlacement(for:)))
            guard backend.size != size else { return }
            size = backend.size
        }
    }

    /// Handles one key; false when the app should end.
    func handle(_ key: Key) -> Bool {
        if key == .resize || key == .wake { return true }
        message = nil
        if showingHelp {
            showingHelp = false
            return true
        }
        if var asked = question {
            // Ctrl-C still quits over a dialog; what a screen holds is kept on the way out (willLeave).
            if key == .ctrl("c") {
                leaveAll()
                return false
            }
            _ = asked.dialog.handle(key)
            guard let answer = asked.dialog.result else {
                question = asked
                return true
            }
            question = nil
            return apply(asked.then(answer))
        }
        if let action = current.handle(key) {
            return apply(action)
        }
        // Ctrl-J (LF) is Enter wherever it is not a key of its own (a terminal sending LF for Enter).
        if key == .ctrl("j"), bindings.binding(for: key) == nil { return handle(.enter) }
        guard let binding = bindings.binding(for: key) else { return true }
        if let reason = binding.disabledReason {
            message = reason
            return true
        }
        switch ShellAction(name: binding.action) {
        case .help:
            showingHelp = true
            return true
        case .quit:
            leaveAll()
            return false
        case nil:
            return apply(current.perform(binding.action))
        }
    }

    /// Every screen on the stack keeps what is being typed; the app is about to end.
    func leaveAll() {
        for screen in stack.reversed() { screen.willLeave() }
    }

    private func apply(_ action: ScreenAction) -> Bool {
        switch action {
        case .stay:
            return true
        case .say(let text):
            message = text(language)
            return true
        case .ask(let dialog, let text, let then):
            question = (dialog, then)
            message = text?(language)
            return true
        case .open(let screen):
            stack.append(screen)
            return apply(screen.becameCurrent())
        case .replace(let screen):
            current.willLeave()
            stack[stack.count - 1] = screen
            return apply(screen.becameCurrent())
        case .back:
            guard stack.count > 1 else { return true }
            current.willLeave()
            stack.removeLast()
            return apply(current.becameCurrent())
        case .quit:
            leaveAll()
            return false
        }
    }

    /// The body's rectangle for a terminal size: between the title bar and the status bar.
    static func body(size: TerminalSize) -> CellRect {
        CellRect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    /// Where the hardware cursor goes: the dialog's focused button or the current screen's
    /// insertion point, hidden under help and when the window is too small.
    func cursor(size: TerminalSize) -> CellPosition? {
        guard !showingHelp, size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else { return nil }
        if let question { return question.dialog.cursorPosition(in: Self.body(size: size)) }
        return current.cursorPosition(in: Self.body(size: size))
    }

    /// The whole frame for a terminal size: a pure function of the shell's state.
    func frame(size: TerminalSize) -> CellBuffer {
        var buffer = CellBuffer(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            for (row, line) in UIText.windowTooSmall(language).wrapped(toWidth: max(1, size.width)).prefix(size.height).enumerated() {
                _ = buffer.put(line, x: 0, y: row, maxWidth: size.width)
            }
            return buffer
        }
        let bar = CellStyle(reverse: true)
        buffer.fill(CellRect(x: 0, y: 0, width: size.width, height: 1), style: bar)
        let title = (UIText.appName(language) + current.title.text(language)).truncated(toWidth: size.width)
        _ = buffer.put(title, x: 0, y: 0, maxWidth: size.width, style: CellStyle(bold: true, reverse: true))

        let body = Self.body(size: size)
        if showingHelp {
            HelpOverlay(title: UIText.keysHeading(language), bindings: bindings, notes: current.helpNotes(language)).draw(into: &buffer, area: body, focused: true)
        } else {
            current.draw(into: &buffer, area: body, language: language, focused: question == nil)
            question?.dialog.draw(into: &buffer, area: body, focused: true)
        }
        let statusLine = CellRect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if let question, !showingHelp {
            StatusBar(bindings: dialogKeys(question.dialog), pinned: [], message: message).draw(into: &buffer, area: statusLine, focused: false)
            return buffer
        }
        let help = shellBindings.filter { $0.action == ShellAction.help.name }
        StatusBar(bindings: current.bindings(language) + shellBindings.filter { $0.action != ShellAction.help.name }, pinned: help,
                  message: showingHelp ? UIText.pressAnyKey(language) : message)
            .draw(into: &buffer, area: statusLine, focused: false)
        return buffer
    }
}
