import NinteiCore
import Testing

@Suite("Control characters shown escaped")
struct DisplayEscapingTests {
    @Test("a value set inside a line: every control character as \\u{…}, line breaks too")
    func value() {
        #expect("\u{1B}[2J\u{1B}]0;title\u{07}".escapedForDisplay == "\\u{1B}[2J\\u{1B}]0;title\\u{7}")
        #expect("a.json\n取り込み: b.json".escapedForDisplay == "a.json\\u{A}取り込み: b.json")
        #expect("x\ty\r\nz\u{7F}\u{9B}".escapedForDisplay == "x\\u{9}y\\u{D}\\u{A}z\\u{7F}\\u{9B}")
        #expect("abc\u{202E}fed".escapedForDisplay == "abc\\u{202E}fed")
    }

    @Test("text with its own lines keeps newlines, CR LF and tabs, and escapes the rest")
    func lines() {
        #expect("一行目\n\t二行目\r\n".escapedKeepingLines == "一行目\n\t二行目\r\n")
        #expect("上書き\r偽".escapedKeepingLines == "上書き\\u{D}偽")
        #expect("\u{1B}[31m赤\u{1B}[0m\n".escapedKeepingLines == "\\u{1B}[31m赤\\u{1B}[0m\n")
    }

    @Test("Japanese, emoji and ordinary text are left as they are")
    func untouched() {
        for text in ["株式会社さくら精工", "👨‍👩‍👧 ok", "R5-001", "ｶﾌﾞｼｷｶﾞｲｼｬ", ""] {
            #expect(text.escapedForDisplay == text)
        }
    }

    @Test("the control characters escaped are exactly Unicode's category Cc, and the bidirectional controls")
    func controlsAreTheCategory() {
        let bidirectional: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.generalCategory == .control || bidirectional.contains(value)
            if String.isEscapedForDisplay(scalar) != expected {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)): escaped \(!expected), category \(scalar.properties.generalCategory)")
            }
        }
    }

    @Test("JSON output: text with nothing to escape is written as it is, with quotes and backslashes escaped around Japanese")
    func jsonPlain() {
        #expect(JSONWriter.write(.string("株式会社さくら精工"), pretty: false) == "\"株式会社さくら精工\"")
        #expect(JSONWriter.write(.string("「精工」\"引用\"\\道"), pretty: false) == "\"「精工」\\\"引用\\\"\\\\道\"")
    }

    @Test("JSON output escapes DEL, C1 and bidi controls as \\u, so it stays valid JSON after the terminal pass")
    func json() {
        #expect(JSONWriter.write(.string("a\u{1B}b\u{7F}c\u{9B}d\u{202E}e")) == "\"a\\u001bb\\u007fc\\u009bd\\u202ee\"\n")
    }
}
