/// A small strict JSON parser (RFC 8259) that reports the line and column of a syntax error
/// and refuses duplicate keys, which a decoder would otherwise resolve silently.
public struct JSONSyntaxError: Error, Sendable, Equatable, Codable {
    public let line: Int
    public let column: Int
    public let detail: LocalizedText
}

public enum JSONParser {
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var parser = Parser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = Parser(bytes: bytes)
        return try parser.parseDocument()
    }
}

private struct Parser {
    let bytes: [UInt8]
    var index = 0
    var depth = 0
    /// The members and elements of the containers being read, one stack for all the nesting:
    /// each container is copied out at its end at its exact size, not grown one at a time.
    var pendingMembers: [(key: String, value: JSONValue)] = []
    var pendingElements: [JSONValue] = []
    static let maximumDepth = 200
    static let smallObject = 16

    init(bytes: [UInt8]) {
        // A UTF-8 byte order mark is what Excel and Notepad write; accept it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.bytes = Array(bytes.dropFirst(3))
        } else {
            self.bytes = bytes
        }
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw error(LocalizedText(ja: "値のあとに余分な文字があります", en: "unexpected text after the value"))
        }
        return value
    }

    func error(_ detail: LocalizedText) -> JSONSyntaxError {
        var line = 1
        var column = 1
        var position = 0
        while position < min(index, bytes.count) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            position += 1
        }
        return JSONSyntaxError(line: line, column: column, detail: detail)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else {
            throw error(LocalizedText(ja: "値が途中で終わっています", en: "the text ends where a value was expected"))
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw error(LocalizedText(ja: "値として読めない文字があります", en: "unexpected character where a value was expected"))
        }
    }

    mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error(LocalizedText(ja: "値として読めない語があります", en: "unexpected word where a value was expected"))
        }
        index += expected.count
        return value
    }

    mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        if depth > Parser.maximumDepth {
            throw error(LocalizedText(ja: "入れ子が深すぎます", en: "nesting is too deep"))
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        let first = pendingMembers.count
        defer { pendingMembers.removeSubrange(first...) }
        // Duplicate keys: a look along the members while the object is small (most are),
        // a set once it is not, so a large object costs no more than before.
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([])
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(LocalizedText(ja: "キー（\"…\"）が必要です", en: "expected a key in double quotes"))
            }
            let keyStart = index
            let key = try parseString()
            if pendingMembers.count - first == Self.smallObject { seen = Set(pendingMembers[first...].map(\.key)) }
            let duplicate: Bool
            if seen != nil {
                duplicate = !seen!.insert(key).inserted
            } else {
                duplicate = pendingMembers[first...].contains { $0.key == key }
            }
            if duplicate {
                index = keyStart
                throw error(LocalizedText(ja: "キー「\(key)」が重複しています", en: "duplicate key \"\(key)\""))
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error(LocalizedText(ja: "キーのあとに「:」が必要です", en: "expected ':' after the key"))
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            pendingMembers.append((key, value))
            skipWhitespace()
            guard index < bytes.count else {
                throw error(LocalizedText(ja: "オブジェクトが閉じていません（「}」がありません）", en: "the object is not closed (missing '}')"))
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(Array(pendingMembers[first...]))
            }
            throw error(LocalizedText(ja: "「,」か「}」が必要です", en: "expected ',' or '}'"))
        }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        let first = pendingElements.count
        defer { pendingElements.removeSubrange(first...) }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        while true {
            skipWhitespace()
            let element = try parseValue()
            pendingElements.append(element)
            skipWhitespace()
            guard index < bytes.count else {
                throw error(LocalizedText(ja: "配列が閉じていません（「]」がありません）", en: "the array is not closed (missing ']')"))
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(Array(pendingElements[first...]))
            }
            throw error(LocalizedText(ja: "「,」か「]」が必要です", en: "expected ',' or ']'"))
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        func digits(_ parser: inout Parser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
            }
            return parser.index - from
        }
        let integerDigits = digits(&self)
        let malformed = LocalizedText(ja: "数値の書き方が正しくありません", en: "malformed number")
        if integerDigits == 0 || (integerDigits > 1 && bytes[index - integerDigits] == UInt8(ascii: "0")) {
            throw error(malformed)
        }
        var whole = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            whole = false
            index += 1
            if digits(&self) == 0 { throw error(malformed) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            whole = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits(&self) == 0 { throw error(malformed) }
        }
        // A whole number of up to 15 digits is exact as a Double: made from its digits, the
        // same value `Double(String)` gives (-0 too), without making the text (most numbers).
        if whole, integerDigits <= 15 {
            var magnitude = 0
            for byte in bytes[(index - integerDigits)..<index] { magnitude = magnitude * 10 + Int(byte - UInt8(ascii: "0")) }
            return .number(negative ? -Double(magnitude) : Double(magnitude))
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error(malformed) }
        return .number(value)
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        let start = index
        func flushRun(_ parser: Parser, _ scalars: inout String.UnicodeScalarView, until end: Int) throws(JSONSyntaxError) {
            guard runStart < end else { return }
            guard let run = parser.validText(runStart..<end) else {
                throw parser.error(LocalizedText(ja: "文字列に UTF-8 として正しくないバイトがあります", en: "the string holds bytes that are not valid UTF-8"))
            }
            scalars.append(contentsOf: run.unicodeScalars)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                // Most strings have no escape: the run is the string, with no copy scalar by scalar.
                if runStart == start, let run = validText(runStart..<index) {
                    index += 1
                    return run
                }
                try flushRun(self, &scalars, until: index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw error(LocalizedText(ja: "文字列の中に制御文字（改行など）があります。\\n と書いてください", en: "a control character (such as a newline) inside a string; write it as \\n"))
            }
            if byte == UInt8(ascii: "\\") {
                try flushRun(self, &scalars, until: index)
                index += 1
                scalars.append(try parseEscape())
                runStart = index
                continue
            }
            index += 1
        }
        throw error(LocalizedText(ja: "文字列が閉じていません（「\"」がありません）", en: "the string is not closed (missing '\"')"))
    }

    /// The bytes as text, or nil when they are not valid UTF-8. Through a span: the generic
    /// `String(validating:as:)` on an array slice took twice as long, most of a string's cost.
    func validText(_ range: Range<Int>) -> String? {
        guard let text = try? UTF8Span(validating: bytes.span.extracting(range)) else { return nil }
        return String(copying: text)
    }

    mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        guard index < bytes.count else {
            throw error(LocalizedText(ja: "文字列が途中で終わっています", en: "the string ends inside an escape"))
        }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(LocalizedText(ja: "サロゲートペアの後半がありません", en: "a lone surrogate in \\u escape"))
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw error(LocalizedText(ja: "サロゲートペアが正しくありません", en: "an invalid surrogate pair in \\u escape"))
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw error(LocalizedText(ja: "\\u で表せない文字です", en: "an invalid \\u escape"))
            }
            return scalar
        default:
            index -= 1
            throw error(LocalizedText(ja: "知らないエスケープ（\\ のあとの文字）です", en: "unknown escape after '\\'"))
        }
    }

    mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else {
            throw error(LocalizedText(ja: "\\u のあとに16進4桁が必要です", en: "expected four hex digits after \\u"))
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(LocalizedText(ja: "\\u のあとに16進4桁が必要です", en: "expected four hex digits after \\u"))
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
