/// Where padding goes when text is narrower than its column.
public enum TextAlignment: Sendable {
    case leading, trailing, center
}

extension StringProtocol {
    /// The text cut to at most `width` columns at a grapheme boundary.
    ///
    /// When cut it ends with "…" (1 column) in the last column, and a wide character that
    /// does not fit before it is replaced by a space, so the result is exactly `width`
    /// columns and the ellipses of a column of cut cells line up: "日本語" at 4 is "日 …".
    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = character.displayWidth
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + String(repeating: " ", count: width - 1 - used) + "…"
    }

    /// The text padded with spaces to `width` columns; text already that wide or wider
    /// is returned unchanged (combine with ``truncated(toWidth:)`` for an exact width).
    public func padded(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        let missing = width - displayWidth
        guard missing > 0 else { return String(self) }
        switch alignment {
        case .leading:
            return String(self) + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + String(self)
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + String(self)
                + String(repeating: " ", count: missing - before)
        }
    }

    /// The text cut and padded to exactly `width` columns, for table cells.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        truncated(toWidth: width).padded(toWidth: width, alignment: alignment)
    }
}
