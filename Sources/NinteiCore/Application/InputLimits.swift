/// The sizes and ranges a paper application can have. Text beyond them is not a careless entry
/// but a pasted file or a hostile one, and it costs everyone: a 50 MB answer made the form take
/// a minute a page, a 1.7-million-character firm name held the store's write lock for 39 s.
/// So text beyond these sizes, and years no form can carry, are refused with the key path and
/// the limit before anything is written (README, "Limits").
///
/// Lengths count characters as Unicode scalars (one kanji, one kana, one letter each), so a
/// letter followed by a thousand combining marks is a thousand and one characters, not one.
public enum InputLimits {
    /// A one-line entry: a firm's name and its reading, an address, a person's name, a phone
    /// number, an e-mail address, a certificate number or category, an "other" option's text,
    /// a meeting's place. The longest registered company names are well under 100 characters;
    /// twice that leaves room for a branch name.
    public static let line = 200
    /// A free-text answer, a contact note, an opinion, a decision's reason: an A4 page of
    /// Japanese holds about 1 600 characters, so this is two and a half pages.
    public static let freeText = 4_000
    /// A whole application document file. Every text of the largest checklist (21 free-text
    /// answers) at its limit, written with `\u` escapes at 6 bytes a character, is about
    /// 0.5 MB; the shipped examples are 3 KB.
    public static let documentBytes = 1_048_576
    /// The years a received date or a row of figures may carry: anything else is not a slip
    /// of the pen but an impossible value (a future year within them is a finding instead).
    public static let years = 1900...2100

    /// The longest text an application document takes at `path`: free text for an item's
    /// description (`answers.2-3.text`), one line for everything else (also object keys).
    public static func maxLength(at path: JSONPath) -> Int {
        let components = path.components
        if components.count == 3, components[0] == .key("answers"), components[2] == .key("text") { return freeText }
        return line
    }

    /// Why `text` is too long for `limit` characters, or nil when it fits.
    public static func excess(_ text: String, limit: Int) -> LocalizedText? {
        // Cheap first: a string has at least as many UTF-8 bytes as scalars.
        guard text.utf8.count > limit else { return nil }
        let count = text.unicodeScalars.count
        guard count > limit else { return nil }
        return LocalizedText(
            ja: "\(grouped(count)) 文字あります。\(grouped(limit)) 文字までにしてください",
            en: "\(grouped(count)) characters; at most \(grouped(limit)) are allowed")
    }

    /// The first text in `value` (found at `path` of an application document), or key, that
    /// is longer than its field allows, as a refusal naming its key path and the limit.
    public static func check(_ value: JSONValue, at path: JSONPath) throws(DataError) {
        switch value {
        case .string(let text):
            if let problem = excess(text, limit: maxLength(at: path)) { throw DataError(path: path, message: problem) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { try check(element, at: path.appending(index: index)) }
        case .object(let members):
            for member in members {
                if let problem = excess(member.key, limit: line) {
                    throw DataError(path: path, message: LocalizedText(ja: "キーが長すぎます: " + problem.ja, en: "a key is too long: " + problem.en))
                }
                try check(member.value, at: path.appending(member.key))
            }
        case .null, .bool, .number:
            break
        }
    }

    /// The refusal of an entry outside an application document (a contact note, an opinion's
    /// comment) that is longer than `limit`, naming the entry: "opinion.comment（意見）: …".
    public static func check(_ text: String, limit: Int, field: String, label: LocalizedText) throws(Lifecycle.Refusal) {
        if let problem = excess(text, limit: limit) {
            throw Lifecycle.Refusal(LocalizedText(
                ja: "\(field)（\(label.ja)）: \(problem.ja)", en: "\(field) (\(label.en)): \(problem.en)"))
        }
    }

    /// 1700000 → "1,700,000".
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }
}
