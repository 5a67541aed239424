/// Where frames go and keys come from: the real terminal (`NcursesBackend`) or memory
/// (`MemoryBackend`, for tests). Widgets never talk to a backend; they write a `CellBuffer`.
public protocol TerminalBackend: AnyObject {
    /// The current size; after a `.resize` key it is the new one.
    var size: TerminalSize { get }

    /// Shows `buffer`, sending only the cells that changed since the last frame, and puts the
    /// hardware cursor at `cursor` (on the start of a wide character) or hides it when nil.
    func draw(_ buffer: CellBuffer, cursor: CellPosition?)

    /// The next key, waiting for it; nil when no more input will come.
    func readKey() -> Key?

    /// As `readKey()`, but while it waits it asks `ready` a few times a second and returns
    /// `.wake` once it is true (a read begun on another thread has finished).
    func readKey(wakingWhen ready: () -> Bool) -> Key?

    /// True for a scripted terminal (tests): each frame is drawn once the reads begun on other
    /// threads have ended, so what it shows does not depend on how fast they were.
    var drawsSettledFrames: Bool { get }

    /// Whether keys already read are waiting (the rest of a paste): the shell then handles them
    /// before it draws, so a paste of thousands of characters costs one frame, not thousands.
    var hasPendingKeys: Bool { get }
}

extension TerminalBackend {
    public var hasPendingKeys: Bool { false }
    /// A backend that cannot wait (scripted keys) does not wake.
    public func readKey(wakingWhen ready: () -> Bool) -> Key? { readKey() }
    public var drawsSettledFrames: Bool { false }
}
