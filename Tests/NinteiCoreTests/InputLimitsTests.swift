import NinteiCore
import Testing

/// Sizes and ranges an office form can have (issue 19, parts 6 and 8): text beyond its field,
/// a blank firm name, impossible years and industry codes that only look like one letter are
/// refused with the key path; a received date after today is a finding.
@Suite("Input limits and plausible values")
struct InputLimitsTests {
    static let valid = DocumentReadingTests.valid

    func variant(_ from: String, _ to: String) -> String {
        precondition(Self.valid.contains(from))
        return Self.valid.replacingOccurrences(of: from, with: to)
    }

    func firm(_ members: String) -> String {
        variant(#"{"name": "株式会社テスト"}"#, "{\(members)}")
    }

    func answer(_ json: String) -> String {
        variant(#""1-1": {"mark": "check", "text": "宣言"}"#, json)
    }

    /// The refusal's key path and its text in both languages, or nil when the document reads.
    func refusal(_ text: String, rules: DocumentRules = .incoming) -> (path: String, ja: String, en: String)? {
        do {
            _ = try ApplicationReader.read(text, checklists: Fixtures.library, rules: rules)
            return nil
        } catch {
            guard case .invalid(let problem) = error else { return ("syntax", error.text(.ja), error.text(.en)) }
            return (problem.path.description, problem.text(.ja), problem.text(.en))
        }
    }

    @Test("a firm name over 200 characters and an answer over 4 000 are refused with the key path and the limit")
    func textLimits() {
        let longName = String(repeating: "株", count: 201)
        let name = refusal(firm(#""name": "\#(longName)""#))
        #expect(name?.path == "firm.name")
        #expect(name?.ja.contains("201 文字") == true && name?.ja.contains("200 文字まで") == true, "\(String(describing: name))")
        #expect(name?.en.contains("201 characters; at most 200") == true, "\(String(describing: name))")
        #expect(refusal(firm(#""name": "\#(String(repeating: "株", count: 200))""#)) == nil, "200 characters fit")

        let longText = String(repeating: "あ", count: 4_001)
        let text = refusal(answer(#""1-1": {"mark": "check", "text": "\#(longText)"}"#))
        #expect(text?.path == "answers.1-1.text")
        #expect(text?.en.contains("4,001 characters; at most 4,000") == true, "\(String(describing: text))")
        #expect(refusal(answer(#""1-1": {"mark": "check", "text": "\#(String(repeating: "あ", count: 4_000))"}"#)) == nil)

        for key in ["kana", "address", "representative", "contactName", "phone", "email"] {
            #expect(refusal(firm(#""name": "株式会社テスト", "\#(key)": "\#(String(repeating: "x", count: 201))""#))?.path == "firm.\(key)")
        }
        #expect(refusal(answer(#""2-3": {"mark": "check", "options": ["other"], "otherText": "\#(String(repeating: "x", count: 201))"}"#))?.path
            == "answers.2-3.otherText")
        #expect(refusal(variant(#""answers""#, #""certifications": [{"scheme": "saitama-sdgs", "number": "\#(String(repeating: "9", count: 201))"}], "answers""#))?.path
            == "certifications[0].number")
    }

    @Test("length counts Unicode scalars: one letter with a thousand combining marks is not one character")
    func scalarsNotGraphemes() {
        let piled = "E" + String(repeating: "\u{301}", count: 1_000)
        #expect(piled.count == 1)
        #expect(refusal(firm(#""name": "\#(piled)""#))?.path == "firm.name")
    }

    @Test("a document over 1 MB is refused whole, before it is parsed")
    func documentSize() {
        let padded = Self.valid + String(repeating: " ", count: InputLimits.documentBytes)
        let problem = refusal(padded)
        #expect(problem?.path == "(top level)")
        #expect(problem?.en.contains("1,048,576") == true, "\(String(describing: problem))")
    }

    @Test("an empty or blank firm name is refused: spaces, the full-width space, line breaks, a zero-width space")
    func blankFirmName() {
        for blank in ["", " ", "\u{3000}\u{3000}", "\\n\\t", "\u{200B}", " \u{3000} "] {
            let problem = refusal(firm(#""name": "\#(blank)""#))
            #expect(problem?.path == "firm.name", "\(blank.unicodeScalars.map { $0.value })")
            #expect(problem?.ja.contains("事業者名が空です") == true)
            #expect(problem?.en.contains("the firm name is empty") == true)
        }
        #expect(refusal(firm(#""name": "\u3000株式会社テスト""#)) == nil, "a name with a leading full-width space is still a name")
    }

    @Test("an industry must be exactly one of the letters A–T, not a letter with a combining mark or a joiner")
    func industryScalars() {
        for code in ["E\\u0301", "E\\u200d", "E\\ufe0f", "EE", "e", "Ｅ", ""] {
            let problem = refusal(firm(#""name": "株式会社テスト", "industry": "\#(code)""#))
            #expect(problem?.path == "firm.industry", "\(code)")
            #expect(problem?.en.contains("A–T") == true)
        }
        #expect(refusal(firm(#""name": "株式会社テスト", "industry": "E""#)) == nil)
    }

    @Test("a received date or a figures year outside 1900–2100 is refused with the key path")
    func impossibleYears() {
        let received = refusal(variant(#""kind": "new","#, #""kind": "new", "receivedOn": "9999-12-31","#))
        #expect(received?.path == "receivedOn")
        #expect(received?.ja.contains("9999-12-31") == true && received?.ja.contains("1900〜2100") == true, "\(String(describing: received))")
        #expect(received?.en.contains("impossible") == true)
        #expect(refusal(variant(#""kind": "new","#, #""kind": "new", "receivedOn": "1899-12-31","#))?.path == "receivedOn")
        #expect(refusal(variant(#""kind": "new","#, #""kind": "new", "receivedOn": "2100-12-31","#)) == nil)

        let year = refusal(answer(#""4-3": {"mark": "check", "usage": [{"year": -2020, "men": 1}]}"#))
        #expect(year?.path == "answers.4-3.usage[0].year")
        #expect(year?.en.contains("-2020") == true && year?.en.contains("1900–2100") == true, "\(String(describing: year))")
        #expect(refusal(answer(#""2-1": {"mark": "check", "figures": [{"year": 20230, "monthHours": 1}]}"#))?.path == "answers.2-1.figures[0].year")
    }

    @Test("a received date after today is a finding for the officer, not a refusal")
    func receivedInFuture() throws {
        var document = Fixtures.document([:])
        document.receivedOn = LocalDate(year: 2024, month: 1, day: 5)  // today is 2023-12-01
        let findings = Fixtures.evaluate(document).findings.filter { $0.item == nil }
        let finding = try #require(findings.first { $0.code == .receivedInFuture })
        #expect(finding.message.ja.contains("2024-01-05") && finding.message.ja.contains("2023-12-01"))
        document.receivedOn = Fixtures.today
        #expect(!Fixtures.evaluate(document).findings.contains { $0.code == .receivedInFuture })
    }

    @Test("a document already in the store is read as stored: the rules added since do not lock it out")
    func storedDocumentsStillOpen() {
        let old = firm(#""name": "\#(String(repeating: "株", count: 300))", "industry": "E""#)
        #expect(refusal(old)?.path == "firm.name")
        #expect(refusal(old, rules: .stored) == nil)
        #expect(refusal(firm(#""name": " ""#), rules: .stored) == nil)
    }

    @Test("an edit with text over its field's limit is refused before the document is rebuilt, naming the field")
    func editorLimits() throws {
        let document = try ApplicationReader.read(Self.valid, checklists: Fixtures.library)
        let path = try #require(JSONPath(parsing: "firm.name"))
        #expect(throws: DocumentReadError.self) {
            _ = try DocumentEditor.set(.string(String(repeating: "x", count: 1_700_000)), at: path, in: document, checklists: Fixtures.library)
        }
        do {
            _ = try DocumentEditor.set(.string(String(repeating: "x", count: 201)), at: path, in: document, checklists: Fixtures.library)
            Issue.record("a 201-character name was accepted")
        } catch {
            #expect(error.text(.en).hasPrefix("firm.name: 201 characters; at most 200"), "\(error.text(.en))")
        }
        let edited = try DocumentEditor.set(.string(String(repeating: "x", count: 200)), at: path, in: document, checklists: Fixtures.library)
        #expect(edited.document.firm.name.count == 200)
    }

    @Test("a document made in code is held to the same rules as a file")
    func documentsMadeInCode() {
        var document = Fixtures.document([:])
        #expect(throws: Never.self) { try ApplicationReader.check(document, checklists: Fixtures.library) }
        document.firm.name = "\u{3000}"
        #expect(throws: DataError.self) { try ApplicationReader.check(document, checklists: Fixtures.library) }
        document.firm.name = "株式会社テスト"
        document.answers["1-1"] = Answer(mark: .check, text: String(repeating: "あ", count: 4_001))
        #expect(throws: DataError.self) { try ApplicationReader.check(document, checklists: Fixtures.library) }
    }
}
