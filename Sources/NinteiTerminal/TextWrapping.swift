/// Line breaking by display width, shared by every widget that wraps text, so a text field
/// being edited wraps exactly like the same text shown read-only.
public enum TextWrapping {
    /// The rows of `characters` at most `width` columns wide, as ranges of graphemes.
    ///
    /// Japanese has no spaces between words, so a row may end between any two characters,
    /// with the usual Japanese line-breaking rule (禁則): a row never starts with closing
    /// punctuation, a small kana or a prolonged sound mark (。、」）ー ぁ …) and never ends with
    /// opening brackets (「（ …); the character before is carried down instead. In Latin text a
    /// row ends at a space when one is near its end, and the space belongs to no row. Newlines
    /// end rows and belong to none.
    public static func rows(of characters: [Character], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [] }
        var rows: [Range<Int>] = []
        var start = 0
        var used = 0
        var index = 0
        while index <= characters.count {
            if index == characters.count || characters[index] == "\n" {
                rows.append(start..<index)
                index += 1
                start = index
                used = 0
                continue
            }
            let characterWidth = characters[index].displayWidth
            if used + characterWidth > width && start < index {
                let end = breakPoint(in: characters, start: start, limit: index, width: width)
                rows.append(start..<end)
                start = end
                if start < index && characters[start] == " " { start += 1 }
                if start == index && characters[index] == " " {
                    index += 1
                    start = index
                    used = 0
                    continue
                }
                used = columns(of: characters[start..<index])
            }
            used += characterWidth
            index += 1
        }
        return rows
    }

    /// Where a row that is full at `limit` ends: at a near space in Latin text, else at
    /// `limit` moved back past characters that may not start or end a row.
    private static func breakPoint(in characters: [Character], start: Int, limit: Int, width: Int) -> Int {
        if let space = characters[start..<limit].lastIndex(of: " "), space > start, limit - space < width / 3 {
            return space
        }
        // Move back at most a few characters, never to an empty row; when no break nearby
        // keeps the rule (a run of small kana), break where the row is full.
        for end in stride(from: limit, through: max(start + 1, limit - 3), by: -1)
        where !noLineStart.contains(characters[end]) && !noLineEnd.contains(characters[end - 1]) {
            return end
        }
        return limit
    }

    private static func columns(of characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + $1.displayWidth }
    }

    /// Characters a row must not start with (行頭禁則).
    static let noLineStart: Set<Character> = Set(
        "、。，．,.:;?!？！・：；」』）］｝〕〉》】〙〗〟’”)]}ー～ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    )
    /// Characters a row must not end with (行末禁則).
    static let noLineEnd: Set<Character> = Set("「『（［｛〔〈《【〘〖〝‘“([{")
}

extension StringProtocol {
    /// The text broken into lines of at most `width` columns (see `TextWrapping.rows`).
    public func wrapped(toWidth width: Int) -> [String] {
        let characters = Array(self)
        return TextWrapping.rows(of: characters, width: width).map { String(characters[$0]) }
    }
}
