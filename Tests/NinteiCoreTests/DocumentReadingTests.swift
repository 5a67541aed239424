import NinteiCore
import Testing

@Suite("Reading application documents strictly")
struct DocumentReadingTests {
    static let valid = """
    {"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new",
     "firm": {"name": "株式会社テスト"},
     "answers": {"1-1": {"mark": "check", "text": "宣言"}}}
    """

    /// The valid document with one JSON fragment replaced.
    func variant(_ from: String, _ to: String) -> String {
        precondition(Self.valid.contains(from))
        return Self.valid.replacingOccurrences(of: from, with: to)
    }

    func refusal(_ text: String) -> DocumentReadError? {
        do {
            _ = try ApplicationReader.read(text, checklists: Fixtures.library)
            return nil
        } catch {
            return error
        }
    }

    func expectRefused(_ text: String, path: String, mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .invalid(let error)? = refusal(text) else {
            Issue.record("expected a refusal at \(path), got \(String(describing: refusal(text)))", sourceLocation: sourceLocation)
            return
        }
        #expect(error.path.description == path, sourceLocation: sourceLocation)
        for word in words {
            #expect(error.text(.en).contains(word) || error.text(.ja).contains(word), "\(error.text(.en)) should mention \(word)", sourceLocation: sourceLocation)
        }
    }

    @Test("the valid document reads")
    func validReads() throws {
        let document = try ApplicationReader.read(Self.valid, checklists: Fixtures.library)
        #expect(document.firm.name == "株式会社テスト")
        #expect(document.answer("1-1").mark == .check)
        #expect(document.answer("1-2").mark == .blank)
    }

    @Test("not JSON: the line and column are named")
    func notJSON() {
        guard case .syntax(let error)? = refusal("{\n  \"format\": \"nintei-application/1\",\n  \"kind\" \"new\"\n}") else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(error.line == 3)
        #expect(error.column == 10)
        #expect(DocumentReadError.syntax(error).text(.ja).hasPrefix("3行10列: JSON として読めません"))
        guard case .syntax? = refusal("") else { Issue.record("empty text is not JSON"); return }
        guard case .syntax? = refusal(#"{"a": 1,}"#) else { Issue.record("a trailing comma is not JSON"); return }
        guard case .syntax? = refusal(#"{"a": 1, "a": 2}"#) else { Issue.record("a duplicate key is refused"); return }
    }

    @Test("strings: escapes between runs of text are joined; bytes that are not UTF-8 are refused, at the end of their run")
    func strings() throws {
        let escaped = Array(#"["株式\n会社\u0041\ud83d\ude00末", "", "\"", "a\\"]"#.utf8)
        #expect(try JSONParser.parse(bytes: escaped) == .array([.string("株式\n会社A😀末"), .string(""), .string("\""), .string("a\\")]))
        for (bytes, column) in [
            (Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8), 10),
            (Array(#"{"a": "x\n"#.utf8) + [0xE6, 0x97] + Array(#""}"#.utf8), 12),
            (Array(#"{"a": "\u0041"#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8), 15),
            ([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D], 4),
        ] {
            #expect {
                try JSONParser.parse(bytes: bytes)
            } throws: { error in
                guard let error = error as? JSONSyntaxError else { return false }
                return error.line == 1 && error.column == column && error.detail.en.contains("not valid UTF-8")
            }
        }
    }

    @Test("numbers: a whole number is the value Double reads from its text, and so are fractions, exponents and long ones")
    func numbers() throws {
        let texts = ["0", "-0", "7", "-12", "2023", "999999999999999", "-999999999999999", "9999999999999999", "12345678901234567890",
                     "61.5", "-0.0", "1e3", "1E-2", "4.8e1", "0.1"]
        let parsed = try JSONParser.parse("[" + texts.joined(separator: ", ") + "]")
        #expect(parsed == .array(texts.map { .number(Double($0)!) }))
        guard case .array(let values) = parsed else { return }
        for (text, value) in zip(texts, values) {
            guard case .number(let number) = value else { continue }
            #expect(number.sign == Double(text)!.sign, "\(text): the sign, of a zero too")
        }
    }

    @Test("containers inside containers keep their own members, the same keys at each level allowed")
    func nested() throws {
        let text = #"{"a": {"a": {"a": []}, "b": [[1], [2, [3, {}]], []]}, "b": [{"a": 1, "b": 2}, {"b": 3}], "c": {}}"#
        let inner: JSONValue = .object([("a", .object([("a", .array([]))])), ("b", .array([.array([.number(1)]), .array([.number(2), .array([.number(3), .object([])])]), .array([])]))])
        let list: JSONValue = .array([.object([("a", .number(1)), ("b", .number(2))]), .object([("b", .number(3))])])
        #expect(try JSONParser.parse(text) == .object([("a", inner), ("b", list), ("c", .object([]))]))
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#"{"a": {"b": 1, "c": 2}, "d": [{"e": 1}], "a": 3}"#) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#"{"a": {"b": 1, "c": {"d": 2}, "b": 3}}"#) }
    }

    @Test("a duplicate key is refused in a large object too, wherever it falls")
    func duplicateKeyInALargeObject() {
        // The parser looks along a small object's keys and uses a set from its 16th member on.
        for count in [15, 16, 17, 40] {
            let keys = (0..<count).map { "\"k\($0)\": \($0)" }
            for duplicate in [0, count / 2, count - 1] {
                let text = "{" + (keys + ["\"k\(duplicate)\": 0"]).joined(separator: ", ") + "}"
                #expect(throws: JSONSyntaxError.self, "\(count) keys, k\(duplicate) twice") { try JSONParser.parse(text) }
            }
            #expect(throws: Never.self) { try JSONParser.parse("{" + keys.joined(separator: ", ") + "}") }
        }
    }

    @Test("not format 2 or 1")
    func wrongFormat() {
        expectRefused(variant("nintei-application/1", "nintei-application/3"), path: "format", mentioning: ["nintei-application/3", "nintei-application/2", "nintei-application/1"])
        expectRefused("[]", path: "(top level)", mentioning: ["object"])
        expectRefused(#"{"checklist": "asaka-2023"}"#, path: "format", mentioning: ["missing"])
    }

    @Test("an unknown checklist or item")
    func unknownChecklistOrItem() {
        expectRefused(variant(#""asaka-2023""#, #""asaka-2099""#), path: "checklist", mentioning: ["asaka-2099", "asaka-2023"])
        expectRefused(variant(#""1-1": {"#, #""9-9": {"#), path: "answers.9-9", mentioning: ["9-9"])
    }

    @Test("unknown keys are named, so a typo does not pass silently")
    func unknownKeys() {
        expectRefused(variant(#""kind": "new","#, #""kind": "new", "recievedOn": "2023-07-14","#), path: "recievedOn", mentioning: ["recievedOn"])
        expectRefused(variant(#"{"name": "株式会社テスト"}"#, #"{"name": "株式会社テスト", "fax": "0"}"#), path: "firm.fax", mentioning: ["fax"])
        expectRefused(variant(#""text": "宣言""#, #""txt": "宣言""#), path: "answers.1-1.txt", mentioning: ["txt", "mark, text"])
        expectRefused(variant(#""text": "宣言""#, #""options": ["a"]"#), path: "answers.1-1.options", mentioning: ["options"])
        expectRefused(
            variant(#""1-1": {"mark": "check", "text": "宣言"}"#, #""2-1": {"mark": "check", "figures": [{"year": 2022, "hours": 3}]}"#),
            path: "answers.2-1.figures[0].hours", mentioning: ["hours", "monthHours"])
        expectRefused(variant(#""answers""#, #""declarations": {"law": true}, "answers""#), path: "declarations.law", mentioning: ["law"])
    }

    @Test("values of the wrong kind")
    func wrongKinds() {
        expectRefused(variant(#""mark": "check""#, #""mark": true"#), path: "answers.1-1.mark", mentioning: ["string", "boolean"])
        expectRefused(variant(#""mark": "check""#, #""mark": "yes""#), path: "answers.1-1.mark", mentioning: ["yes", "check, blank, na"])
        expectRefused(variant(#""text": "宣言""#, #""text": 3"#), path: "answers.1-1.text", mentioning: ["string", "number"])
        expectRefused(variant(#"{"name": "株式会社テスト"}"#, #"{"name": "株式会社テスト", "employees": "48"}"#), path: "firm.employees", mentioning: ["whole number"])
        expectRefused(variant(#"{"name": "株式会社テスト"}"#, #"{"name": "株式会社テスト", "employees": 4.5}"#), path: "firm.employees", mentioning: ["4.5"])
        expectRefused(variant(#""kind": "new""#, #""kind": "renew""#), path: "kind", mentioning: ["renew"])
        expectRefused(variant(#"{"name": "株式会社テスト"}"#, #"{"name": "株式会社テスト", "industry": "Z"}"#), path: "firm.industry", mentioning: ["A–T"])
        expectRefused(variant(#""kind": "new","#, #""kind": "new", "receivedOn": "2023-02-30","#), path: "receivedOn", mentioning: ["YYYY-MM-DD"])
        expectRefused(variant(#""kind": "new","#, #""kind": "new", "receivedOn": "令和5年7月14日","#), path: "receivedOn", mentioning: ["YYYY-MM-DD"])
        expectRefused(variant(#""firm": {"name": "株式会社テスト"},"#, #""firm": {},"#), path: "firm.name", mentioning: ["name"])
        expectRefused(
            variant(#""1-1": {"mark": "check", "text": "宣言"}"#, #""4-3": {"mark": "check", "usage": [{"year": 2022, "men": 1.5}]}"#),
            path: "answers.4-3.usage[0].men", mentioning: ["1.5"])
    }

    @Test("\"-\" where the item does not allow it")
    func naNotAllowed() {
        expectRefused(variant(#""mark": "check", "text""#, #""mark": "na", "text""#), path: "answers.1-1.mark", mentioning: ["1-1", "na"])
        let allowed = variant(#""1-1": {"mark": "check", "text": "宣言"}"#, #""4-3": {"mark": "na"}"#)
        #expect(refusal(allowed) == nil)
    }

    @Test("options, SDG numbers and tables outside what the form has")
    func outsideTheForm() {
        func answer(_ json: String) -> String { variant(#""1-1": {"mark": "check", "text": "宣言"}"#, json) }
        expectRefused(answer(#""2-3": {"mark": "check", "options": ["a", "e"]}"#), path: "answers.2-3.options[1]", mentioning: ["\"e\"", "a, b, c, other"])
        expectRefused(answer(#""2-3": {"mark": "check", "options": ["a", "a"]}"#), path: "answers.2-3.options[1]", mentioning: ["twice"])
        expectRefused(answer(#""7-1": {"mark": "check", "sdgs": [5, 18]}"#), path: "answers.7-1.sdgs[1]", mentioning: ["18", "1–17"])
        expectRefused(
            answer(#""4-3": {"mark": "check", "usage": [{"year": 2020, "men": 1}, {"year": 2021, "men": 1}, {"year": 2022, "men": 1}]}"#),
            path: "answers.4-3.usage", mentioning: ["2 years"])
        expectRefused(answer(#""4-3": {"mark": "check", "usage": [{"year": 2020, "men": 1}, {"year": 2020, "women": 1}]}"#), path: "answers.4-3.usage[1].year", mentioning: ["2020"])
        expectRefused(answer(#""1-1": {"mark": "check", "otherText": "x"}"#), path: "answers.1-1.otherText", mentioning: ["otherText"])
    }

    @Test("header: certifications and renewal keys")
    func header() {
        expectRefused(variant(#""answers""#, #""certifications": [{"scheme": "iso9001"}], "answers""#), path: "certifications[0].scheme", mentioning: ["iso9001", "kurumin"])
        expectRefused(variant(#""answers""#, #""certifications": [{"scheme": "kurumin", "number": "1"}], "answers""#), path: "certifications[0].number", mentioning: ["number"])
        expectRefused(variant(#""kind": "new","#, #""kind": "new", "previousCertificate": "R2-001","#), path: "previousCertificate", mentioning: ["renewal"])
        #expect(refusal(variant(#""kind": "new","#, #""kind": "renewal", "previousCertificate": "R2-001","#)) == nil)
    }

    @Test("a document read and written again is the same document", arguments: ["sakura-seiko", "midori-kensetsu", "kappo-asaka"])
    func roundTrip(name: String) throws {
        let document = try Fixtures.example(name)
        let written = ApplicationWriter.text(document, checklist: Fixtures.asaka)
        let again = try ApplicationReader.read(written, checklists: Fixtures.library)
        #expect(again == document)
        #expect(ApplicationWriter.text(again, checklist: Fixtures.asaka) == written)
        #expect(written.contains("株式会社") || written.contains("有限会社") || written.contains("割烹"), "Japanese is written as is, not \\u-escaped")
    }
}
