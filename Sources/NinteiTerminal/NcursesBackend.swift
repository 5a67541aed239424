import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw. Only one can be open at a time.
///
/// Keys are read with `wget_wch`, so text typed or pasted through an IME arrives as whole
/// characters; frames are sent as the cells that changed since the last one.
public final class NcursesBackend: TerminalBackend {
    nonisolated(unsafe) private static var isOpen = false

    private var screen: OpaquePointer?
    private var palette: CursesPalette
    private var lastFrame: CellBuffer?
    private var pendingKeys: [Key] = []

    /// Takes over the terminal. Throws `TerminalError` when there is no usable terminal.
    public init() throws {
        guard !Self.isOpen else { throw TerminalError.alreadyOpen }
        let term = try TerminalEnvironment.terminalName()
        try TerminalEnvironment.adoptUTF8Locale()
        TerminalSignals.install()
        guard let screen = nintei_newterm(term) else {
            TerminalSignals.uninstall()
            throw TerminalError.cannotStart(term: term)
        }
        self.screen = screen
        Self.isOpen = true
        TerminalSignals.cursesActive = true
        raw()
        noecho()
        nonl()
        keypad(nintei_stdscr(), true)
        set_escdelay(25)  // Esc alone should not wait a second for an escape sequence
        palette = CursesPalette()
    }

    deinit {
        close()
    }

    /// Gives the terminal back to the shell. Safe to call more than once.
    public func close() {
        guard let screen else { return }
        endwin()
        TerminalSignals.cursesActive = false
        delscreen(screen)
        self.screen = nil
        TerminalSignals.uninstall()
        Self.isOpen = false
    }

    public var size: TerminalSize {
        guard screen != nil else { return TerminalSize(width: 0, height: 0) }
        let window = nintei_stdscr()
        // A KEY_RESIZE can be lost when the resize races with a frame: trust the terminal.
        var rows: Int32 = 0
        var columns: Int32 = 0
        if nintei_terminal_size(&rows, &columns) == 0, rows != nintei_getmaxy(window) || columns != nintei_getmaxx(window) {
            resizeterm(rows, columns)
        }
        return TerminalSize(width: Int(nintei_getmaxx(window)), height: Int(nintei_getmaxy(window)))
    }

    public func draw(_ buffer: CellBuffer, cursor: CellPosition?) {
        guard screen != nil else { return }
        let window = nintei_stdscr()
        if let lastFrame, lastFrame.size != buffer.size {
            // A frame may have reached the terminal at the old size just as it was resized, and
            // wrapped; ncurses' idea of the screen is then wrong, so clear and repaint it all.
            _ = nintei_clear_on_next_refresh()
        }
        for run in buffer.diff(from: lastFrame) {
            for grapheme in run.graphemes {
                let (attributes, pair) = palette.attributes(for: grapheme.cell.style)
                var x = grapheme.x
                let pieces = CursesGlyphs.pieces(
                    of: grapheme.cell.grapheme, columns: grapheme.width, terminalWidth: Self.libcWidth)
                for piece in pieces {
                    var characters = piece.map { wchar_t(bitPattern: $0.value) } + [0]
                    _ = nintei_put_cell(window, Int32(run.y), Int32(x), &characters, attributes, pair)
                    x += Self.libcWidth(piece[0])
                }
            }
        }
        lastFrame = buffer
        if let place = cursor.flatMap({ buffer.cursorPlacement(for: $0) }) {
            curs_set(1)
            wmove(window, Int32(place.y), Int32(place.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    /// Repaints the whole screen on the next `draw` (for Ctrl-L, or after other output).
    public func invalidate() {
        lastFrame = nil
        _ = nintei_clear_on_next_refresh()
    }

    public var hasPendingKeys: Bool { !pendingKeys.isEmpty }

    public func readKey() -> Key? {
        readKey(wakingWhen: { false })
    }

    public func readKey(wakingWhen ready: () -> Bool) -> Key? {
        while screen != nil {
            if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
            guard let input = readInput(waiting: true, wakingWhen: ready) else { return nil }
            switch input {
            case .wake:
                return .wake
            case .keyCode(let code):
                if let key = KeyDecoder.key(forKeyCode: code) { return key }
            case .scalar(let scalar):
                if let key = KeyDecoder.key(forControl: scalar) { return key }
                if !KeyDecoder.isIgnoredControl(scalar) { pendingKeys = readText(startingWith: scalar) }
            }
        }
        return nil
    }

    private enum Input {
        case scalar(Unicode.Scalar)
        case keyCode(Int32)
        /// `ready` turned true while waiting.
        case wake
    }

    /// Reads the scalars that are already waiting after `first` (a paste, or an IME
    /// committing a word) so combining marks and emoji sequences join into one Character.
    private func readText(startingWith first: Unicode.Scalar) -> [Key] {
        var text = String(first)
        var following: Key?
        gathering: while text.unicodeScalars.count < 4096, let input = readInput(waiting: false) {
            switch input {
            case .scalar(let scalar):
                if let key = KeyDecoder.key(forControl: scalar) {
                    following = key
                    break gathering
                }
                if !KeyDecoder.isIgnoredControl(scalar) { text.unicodeScalars.append(scalar) }
            case .keyCode(let code):
                following = KeyDecoder.key(forKeyCode: code)
                break gathering
            case .wake:
                break gathering
            }
        }
        return text.map { Key.character($0) } + (following.map { [$0] } ?? [])
    }

    /// The next key or scalar; nil when none is waiting (`waiting` false), when the terminal
    /// is gone (input ended), or when a signal asked the process to stop (`TerminalSignals`).
    /// While waiting, it wakes every `pollMilliseconds` to look for such a signal, and for
    /// `ready` (then `.wake`).
    private func readInput(waiting: Bool, wakingWhen ready: () -> Bool = { false }) -> Input? {
        let window = nintei_stdscr()
        wtimeout(window, waiting ? TerminalSignals.pollMilliseconds : 0)
        var quickFailures = 0
        while true {
            if waiting, TerminalSignals.pendingStop != nil { return nil }
            if waiting, ready() { return .wake }
            var value: wint_t = 0
            let started = DisplayClock.milliseconds()
            errno = 0
            switch wget_wch(window, &value) {
            case KEY_CODE_YES:
                return .keyCode(Int32(bitPattern: value))
            case OK:
                return .scalar(Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}")
            default:
                // Bytes that are not UTF-8 (a broken terminal, a binary paste) are dropped;
                // what follows them is read as usual.
                if errno == EILSEQ { continue }
                guard waiting else { return nil }
                if errno == EINTR { continue }
                // A timeout takes the whole wait; an ended input fails at once, again and again.
                if DisplayClock.milliseconds() - started >= Int64(TerminalSignals.pollMilliseconds / 2) {
                    quickFailures = 0
                    continue
                }
                quickFailures += 1
                if quickFailures >= 3 { return nil }
            }
        }
    }

    /// How ncurses will place a scalar: libc's width, which the `DisplayWidth` table matches.
    private static func libcWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(nintei_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}

/// A monotonic clock in milliseconds, for telling a read's timeout from an ended input.
enum DisplayClock {
    static func milliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
