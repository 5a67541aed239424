/// A terminal in memory: scripted keys in, the last frame out as text.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: TerminalSize
    /// The last frame drawn, its cursor, and the runs that frame changed.
    public private(set) var buffer: CellBuffer?
    public private(set) var cursor: CellPosition?
    public private(set) var lastChanges: [CellRun] = []
    private var pendingKeys: [Key]

    public init(width: Int, height: Int, keys: [Key] = []) {
        size = TerminalSize(width: width, height: height)
        pendingKeys = keys
    }

    public func press(_ keys: Key...) {
        pendingKeys += keys
    }

    /// Queues `text` as typed, one `.character` per grapheme cluster.
    public func type(_ text: String) {
        pendingKeys += text.map { Key.character($0) }
    }

    /// Changes the size and queues `.resize`, as a real terminal would.
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        pendingKeys.append(.resize)
    }

    public func draw(_ buffer: CellBuffer, cursor: CellPosition?) {
        lastChanges = buffer.diff(from: self.buffer)
        self.buffer = buffer
        self.cursor = cursor.flatMap { buffer.cursorPlacement(for: $0) }
    }

    public var drawsSettledFrames: Bool { true }

    public func readKey() -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// The last frame as text (see `CellBuffer.render()`); empty before the first frame.
    public func snapshot() -> String {
        buffer?.render() ?? ""
    }
}
