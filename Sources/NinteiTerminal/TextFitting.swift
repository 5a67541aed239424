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
        guard let textWidth = StandaloneScalars.width(of: self) else { return truncatedByGraphemes(toWidth: width) }
        if textWidth <= width { return String(self) }
        return cut(unicodeScalars, toWidth: width, widthOf: DisplayWidth.of)
    }

    /// ``truncated(toWidth:)`` walking grapheme clusters: what the scalar walk must always agree with.
    func truncatedByGraphemes(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.ofGraphemes(self) <= width { return String(self) }
        return cut(self, toWidth: width, widthOf: DisplayWidth.of)
    }

    /// The leading parts of `parts` (this text's clusters or scalars) that fit before the "…",
    /// padded, then the "…": `width` columns.
    private func cut<Parts: Collection>(_ parts: Parts, toWidth width: Int, widthOf: (Parts.Element) -> Int) -> String
    where Parts.Index == Index {
        var end = parts.startIndex
        var used = 0
        while end != parts.endIndex {
            let partWidth = widthOf(parts[end])
            if used + partWidth > width - 1 { break }
            used += partWidth
            parts.formIndex(after: &end)
        }
        return String(self[..<end]) + String(repeating: " ", count: width - 1 - used) + "…"
    }

    /// The text padded with spaces to `width` columns; text already that wide or wider
    /// is returned unchanged (combine with ``truncated(toWidth:)`` for an exact width).
    public func padded(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        padded(missing: width - displayWidth, alignment: alignment)
    }

    private func padded(missing: Int, alignment: TextAlignment) -> String {
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
        guard width > 0 else { return "" }
        let textWidth = displayWidth
        // Measured once when it fits (most cells): truncating would return it unchanged.
        guard textWidth <= width else { return truncated(toWidth: width).padded(toWidth: width, alignment: alignment) }
        return padded(missing: width - textWidth, alignment: alignment)
    }
}
