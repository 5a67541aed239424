/// Text being edited, by grapheme: the model behind `TextField` and `NumberField`. It never
/// draws; it knows the text, the cursor (an index in graphemes) and the cursor's display column.
///
/// Keys (emacs-like where a terminal has no better key):
/// ← → by grapheme; Ctrl-B / Ctrl-F by word, because terminals do not send Ctrl-← / Alt-B in a
/// form `Key` can represent; Ctrl-D deletes forward like Delete; Home / Ctrl-A and End / Ctrl-E go to the start and end of the line;
/// Ctrl-K kills to the end of the line, Ctrl-U to its start; Backspace and Delete.
/// Multi-line: Enter and Ctrl-J insert a newline (a screen that moves on with Enter keeps it
/// and offers Ctrl-J) and ↑ ↓ keep the display column; ↑ on the first line and ↓ on the last
/// are ignored so the screen can move the focus. Single-line: Enter, Ctrl-J, Tab, ↑, ↓ are
/// ignored (the screen moves the focus).
public struct LineEditor: Sendable, Equatable {
    public let isMultiline: Bool
    /// The most graphemes the text may hold; nil for no limit.
    public let maximumLength: Int?
    public private(set) var characters: [Character]
    /// Insertion point, in graphemes from the start (0...characters.count).
    public private(set) var cursor: Int
    /// The display column ↑ and ↓ aim for while they are pressed in a row.
    private var goalColumn: Int?

    public init(text: String = "", isMultiline: Bool = false, maximumLength: Int? = nil) {
        self.isMultiline = isMultiline
        self.maximumLength = maximumLength
        characters = []
        cursor = 0
        setText(text)
    }

    public var text: String { String(characters) }

    /// Replaces the text (newlines become spaces in single-line mode), cursor at the end.
    /// The maximum length is not enforced here: stored data is shown as it is.
    public mutating func setText(_ text: String) {
        characters = Array(sanitized(text))
        cursor = characters.count
        goalColumn = nil
    }

    /// Puts the cursor at a grapheme index (clamped to the text), as a screen does when it
    /// moves by wrapped rows.
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), characters.count)
        goalColumn = nil
    }

    /// Index of the line the cursor is on (lines are separated by newlines).
    public var cursorLine: Int { characters[..<cursor].count { $0 == "\n" } }

    /// Display column of the cursor within its line: "日本|" is 4.
    public var cursorColumn: Int { width(of: lineStart(of: cursor)..<cursor) }

    /// Display width of some of the graphemes.
    public func width(of range: Range<Int>) -> Int {
        characters[range].reduce(0) { $0 + $1.displayWidth }
    }

    public mutating func handle(_ key: Key) -> KeyOutcome {
        if key != .up && key != .down { goalColumn = nil }
        switch key {
        case .character(let character): return insert(String(character))
        case .enter where isMultiline, .ctrl("j") where isMultiline: return insert("\n")
        case .backspace:
            if cursor > 0 { remove(cursor - 1..<cursor) }
        case .delete, .ctrl("d"):
            if cursor < characters.count { remove(cursor..<cursor + 1) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .ctrl("b"): cursor = wordStart(before: cursor)
        case .ctrl("f"): cursor = wordEnd(after: cursor)
        case .home, .ctrl("a"): cursor = lineStart(of: cursor)
        case .end, .ctrl("e"): cursor = lineEnd(of: cursor)
        case .ctrl("k"): killToLineEnd()
        case .ctrl("u"): remove(lineStart(of: cursor)..<cursor)
        case .up where isMultiline: return moveVertically(up: true)
        case .down where isMultiline: return moveVertically(up: false)
        default: return .ignored
        }
        return .handled
    }

    /// Inserts typed or pasted text at the cursor. Text that would pass the maximum length is
    /// refused whole, so a paste is never silently cut.
    @discardableResult
    public mutating func insert(_ text: String) -> KeyOutcome {
        let inserted = sanitized(text)
        guard !inserted.isEmpty else { return .ignored }
        goalColumn = nil
        let head = String(characters[..<cursor]) + inserted
        let joined = Array(head + String(characters[cursor...]))
        if let maximumLength, joined.count > maximumLength, joined.count > characters.count {
            return .refused(.tooLong(maximum: maximumLength))
        }
        // A combining mark typed after "e" joins it, so count graphemes by scalars, not by
        // adding the inserted grapheme count.
        let headScalars = head.unicodeScalars.count
        var scalars = 0
        var newCursor = 0
        while newCursor < joined.count && scalars < headScalars {
            scalars += joined[newCursor].unicodeScalars.count
            newCursor += 1
        }
        characters = joined
        cursor = newCursor
        return .handled
    }

    // MARK: Lines

    func lineStart(of index: Int) -> Int {
        var start = index
        while start > 0 && characters[start - 1] != "\n" { start -= 1 }
        return start
    }

    func lineEnd(of index: Int) -> Int {
        var end = index
        while end < characters.count && characters[end] != "\n" { end += 1 }
        return end
    }

    private mutating func killToLineEnd() {
        let end = lineEnd(of: cursor)
        // At the end of a line, Ctrl-K joins the next line, as in emacs.
        remove(cursor..<(end == cursor ? min(end + 1, characters.count) : end))
    }

    private mutating func moveVertically(up: Bool) -> KeyOutcome {
        let start = lineStart(of: cursor)
        let targetStart: Int
        if up {
            guard start > 0 else { return .ignored }
            targetStart = lineStart(of: start - 1)
        } else {
            let end = lineEnd(of: cursor)
            guard end < characters.count else { return .ignored }
            targetStart = end + 1
        }
        let goal = goalColumn ?? cursorColumn
        var index = targetStart
        var column = 0
        while index < characters.count && characters[index] != "\n" {
            let width = characters[index].displayWidth
            if column + width > goal { break }
            column += width
            index += 1
        }
        cursor = index
        goalColumn = goal
        return .handled
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    private func sanitized(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(isMultiline ? "\n" : " ")
            } else if character == "\t" {
                result.append(" ")
            } else if !character.isControl {
                result.append(character)
            }
        }
        return result
    }

    // MARK: Words

    /// Where Ctrl-F lands: past spaces and punctuation, then to the end of a run of one script.
    func wordEnd(after index: Int) -> Int {
        var end = index
        while end < characters.count && wordClass(at: end) == .separator { end += 1 }
        guard end < characters.count else { return end }
        let run = wordClass(at: end)
        while end < characters.count && wordClass(at: end) == run { end += 1 }
        return end
    }

    /// Where Ctrl-B lands: back past spaces and punctuation, then to the start of the run.
    func wordStart(before index: Int) -> Int {
        var start = index
        while start > 0 && wordClass(at: start - 1) == .separator { start -= 1 }
        guard start > 0 else { return 0 }
        let run = wordClass(at: start - 1)
        while start > 0 && wordClass(at: start - 1) == run { start -= 1 }
        return start
    }

    /// The script class of a grapheme; a prolonged sound mark (ー) belongs to the run before
    /// it, so "すごーい" and "ラーメン" are one word each.
    private func wordClass(at index: Int) -> WordClass {
        var index = index
        while index > 0 && WordClass.isProlongedSoundMark(characters[index]) { index -= 1 }
        return WordClass(characters[index])
    }
}

/// The scripts Japanese text switches between; a word is a run of one class.
enum WordClass: Equatable {
    case kanji, hiragana, katakana, alphanumeric, separator, other

    init(_ character: Character) {
        guard let scalar = character.unicodeScalars.first else {
            self = .other
            return
        }
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            self = .separator
            return
        default: break
        }
        switch value {
        case 0x3005...0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            self = .kanji
        case 0x3041...0x309F:
            self = .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F:
            self = .katakana
        default:
            let properties = scalar.properties
            self = properties.isAlphabetic || properties.numericType != nil ? .alphanumeric : .other
        }
    }

    static func isProlongedSoundMark(_ character: Character) -> Bool {
        character == "ー" || character == "ｰ"
    }
}

extension Character {
    fileprivate var isControl: Bool {
        unicodeScalars.count == 1 && unicodeScalars.first!.properties.generalCategory == .control
    }
}
