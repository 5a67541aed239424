import NinteiCore

/// Every CSV the program writes (`nintei export --format csv`, the published list,
/// `nintei report --format csv`): UTF-8 with a BOM and CRLF line ends, so Excel opens Japanese
/// text right, and cells that cannot turn against the person who opens the file.
public enum CSV {
    /// The whole file at once: what `CSVWriter` writes for these rows.
    public static func document(_ rows: [[String]]) -> String {
        var text = ""
        var writer = CSVWriter<Never> { text += $0 }
        for cells in rows { writer.write(cells) }
        writer.finish()
        return text
    }

    /// One row of a file: its cells, ended by CRLF. `CSVWriter` puts the BOM before the first.
    public static func row(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One cell. A cell a spreadsheet would run as a formula — one that starts with `=`, `+`,
    /// `-`, `@`, a tab or a CR — gets a `'` in front (OWASP's advice), unless it is a plain
    /// number such as `-3` or `+1.5`, or the lone `-` the case export writes for 非該当; control
    /// characters other than line breaks and tabs are shown as `\u{…}` (`escapedKeepingLines`);
    /// a cell with a comma, a quote or a line break is quoted.
    public static func field(_ text: String) -> String {
        if needsNothing(text) { return text }
        var cell = text
        if isFormulaLike(cell) { cell = "'" + cell }
        cell = cell.escapedKeepingLines
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when `field` would give the text back as it is, judged on its UTF-8 bytes alone:
    /// no formula start, no C0 control, DEL, comma or quote, and no lead byte of a C1 control
    /// (0xC2), of U+061C (0xD8) or of U+2000–U+2FFF (0xE2, where the bidi controls are). Most
    /// cells, Japanese text included, pass, and skip the scalar-by-scalar checks.
    static func needsNothing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if let first = bytes.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 { return false }
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0x2C || byte == 0x22 || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
                return false
            }
            return true
        }
    }

    static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
        return text != "-" && !isPlainNumber(text)
    }

    /// `-3`, `+1.5`, `12`: a sign, digits, at most one point followed by digits.
    static func isPlainNumber(_ text: String) -> Bool {
        var digits = text.unicodeScalars.drop { $0 == "+" || $0 == "-" }
        guard text.unicodeScalars.count - digits.count <= 1, !digits.isEmpty else { return false }
        if let point = digits.firstIndex(of: ".") {
            let fraction = digits[digits.index(after: point)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            digits = digits[..<point]
        }
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
    }
}

/// A CSV file written a row at a time: the BOM, then each row ended by CRLF (`CSV.row`), handed
/// to `sink` in pieces of about `pieceBytes`, so a large export never holds the whole file.
public struct CSVWriter<Failure: Error> {
    private var buffer = "\u{FEFF}"
    private let pieceBytes: Int
    private let sink: (String) throws(Failure) -> Void

    public init(pieceBytes: Int = 1 << 16, sink: @escaping (String) throws(Failure) -> Void) {
        self.pieceBytes = pieceBytes
        self.sink = sink
    }

    public mutating func write(_ cells: [String]) throws(Failure) {
        try write(row: CSV.row(cells))
    }

    /// A row made by `CSV.row` already (on another thread, as the case export makes them).
    public mutating func write(row: String) throws(Failure) {
        buffer += row
        if buffer.utf8.count >= pieceBytes { try flush() }
    }

    /// Hands over what is left; the file is complete after it.
    public mutating func finish() throws(Failure) {
        try flush()
    }

    private mutating func flush() throws(Failure) {
        let piece = buffer
        buffer = ""
        try sink(piece)
    }
}
