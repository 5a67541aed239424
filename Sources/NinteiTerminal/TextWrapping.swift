extension StringProtocol {
    /// The text broken into lines of at most `width` columns, at grapheme boundaries.
    /// Japanese has no spaces between words, so lines break between any two characters;
    /// a break falls after a space when one is near the end of a Latin line. Newlines in
    /// the text start new lines.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for character in paragraph {
                let characterWidth = character.displayWidth
                if used + characterWidth > width, !line.isEmpty {
                    if let space = line.lastIndex(of: " "), line.distance(from: space, to: line.endIndex) < width / 3 {
                        let carried = String(line[line.index(after: space)...])
                        lines.append(String(line[..<space]))
                        line = carried
                        used = carried.displayWidth
                    } else {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    if character == " " && line.isEmpty { continue }
                }
                line.append(character)
                used += characterWidth
            }
            lines.append(line)
        }
        return lines
    }
}
