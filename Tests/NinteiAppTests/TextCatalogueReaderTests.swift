import Testing
@testable import TextCatalogue

/// The catalogue files' reader (what the build plugin runs): what it makes of an entry, and how
/// it refuses a malformed one, with the line and what is wrong.
@Suite("The text catalogue reader")
struct TextCatalogueReaderTests {
    static func refusal(_ text: String) -> CatalogueError? {
        do {
            _ = try CatalogueReader.read(text)
            return nil
        } catch {
            return error as? CatalogueError
        }
    }

    @Test("a constant, a function, a list and a continued text become Swift with today's API")
    func entriesBecomeSwift() throws {
        let catalogue = try CatalogueReader.read(#"""
            # A comment.
            import NinteiCore

            /// The queue's title.
            queueTitle
                ja "審査一覧"
                en "Review queue"
            queueNoted(_ count: Int, by who: String)
                ja "\(who): 事後報告 \(count)件を"
                    "了承しました"
                en "\(who) noted \(count) reports \"as is\""
            public columns []
                ja "番号"
                en "#"
                ja "場所"
                en "Place"
            """#)
        let swift = CatalogueSwiftWriter.swift(for: catalogue, typeName: "UIText", sourcePath: "/x/UIText.catalogue")
        #expect(swift.contains("import NinteiCore\n\nextension UIText {"))
        #expect(swift.contains(#"#sourceLocation(file: "/x/UIText.catalogue", line: 5)"#))
        #expect(swift.contains("    /// The queue's title.\n    static let queueTitle = LocalizedText(ja: \"審査一覧\", en: \"Review queue\")"))
        #expect(swift.contains(#"""
                static func queueNoted(_ count: Int, by who: String) -> LocalizedText {
                    LocalizedText(ja: "\(who): 事後報告 \(count)件を了承しました", en: "\(who) noted \(count) reports \"as is\"")
                }
            """#))
        #expect(swift.contains(#"""
                public static let columns: [LocalizedText] = [
                    LocalizedText(ja: "番号", en: "#"),
                    LocalizedText(ja: "場所", en: "Place"),
                ]
            """#))
    }

    @Test("an entry without one of its languages is refused at its line")
    func missingLanguage() {
        #expect(Self.refusal("a\n    ja \"一\"\n    en \"one\"\nb\n    ja \"二\"\n") == CatalogueError(line: 4, message: #"b has no English text (a line en "…")"#))
        #expect(Self.refusal("b\n    en \"two\"\n")?.message == #"b has no Japanese text (a line ja "…")"#)
        #expect(Self.refusal("b\n    ja \"二\"\n    en \"two\"\n    ja \"ニ\"\n") == CatalogueError(line: 4, message: "b has a second Japanese text (the first is on line 2)"))
        #expect(Self.refusal("l []\n    ja \"一\"\n    en \"one\"\n    ja \"二\"\n") == CatalogueError(line: 4, message: "l: element 2 has Japanese but no English after it"))
        #expect(Self.refusal("b\n    fr \"deux\"\n") == CatalogueError(line: 2, message: "b: a text line starts with ja or en, not fr"))
    }

    @Test("a name used twice is refused, naming the first; a function beside a constant of its name is not")
    func duplicateKey() {
        let entry = { (header: String) in "\(header)\n    ja \"一\"\n    en \"one\"\n" }
        #expect(Self.refusal(entry("a") + entry("b") + entry("a")) == CatalogueError(line: 7, message: "a is already an entry (line 1)"))
        #expect(Self.refusal(entry("f(_ n: Int)") + entry("f(_ count: Int)"))?.message == "f(_:) is already an entry (line 1)")
        #expect(Self.refusal(entry("f") + entry("f(n: Int)") + entry("f(m: Int)")) == nil)
    }

    @Test("a bad parameter list is refused, naming the parameter")
    func badParameters() {
        let entry = { (header: String) in "\(header)\n    ja \"一\"\n    en \"one\"\n" }
        #expect(Self.refusal(entry("f(count Int)")) == CatalogueError(line: 1, message: "f: parameter 1 (count Int) has no type (name: Type)"))
        #expect(Self.refusal(entry("f(a: Int, a: String)"))?.message == "f: parameter 2 (a: String) repeats the name a")
        #expect(Self.refusal(entry("f(a: Int, : String)"))?.message == "f: parameter 2 (: String) needs a name, or a label and a name, before the colon")
        #expect(Self.refusal(entry("f(a: Int"))?.message == "f: the parameter list does not end in ): (a: Int")
        #expect(Self.refusal(entry("f(a:)"))?.message == "f: parameter 1 (a:) has no type after the colon")
        #expect(Self.refusal(entry("f(_ a: [String: Int], b: Dictionary<String, Int>)")) == nil)
    }

    @Test("an interpolation must name a parameter or its property; the literal must be whole")
    func badTexts() {
        #expect(Self.refusal("f(_ n: Int)\n    ja \"\\(count)件\"\n    en \"x\"\n") == CatalogueError(line: 2, message: #"\(count) names no parameter of f (its parameters: n)"#))
        #expect(Self.refusal("a\n    ja \"\\(count)件\"\n    en \"x\"\n")?.message == #"a has no parameters, so \(count) has nothing to name: write a(…)"#)
        #expect(Self.refusal("f(_ n: Int)\n    ja \"\\(n + 1)件\"\n    en \"x\"\n")?.message
            == #"\(n + 1) is more than a parameter or its property: write the entry in Swift beside the catalogue"#)
        #expect(Self.refusal("a\n    ja 一\n    en \"x\"\n")?.message == "a text must be written in double quotes: 一")
        #expect(Self.refusal("a\n    ja \"一\n    en \"x\"\n") == CatalogueError(line: 2, message: #"the text has no closing quote: "一"#))
        #expect(Self.refusal("a\n    ja \"一\" \"二\"\n    en \"x\"\n")?.message == #"after the closing quote comes "二" (write a quote inside a text as \")"#)
        #expect(Self.refusal("a\n    ja \"一\\q\"\n    en \"x\"\n")?.message == #"unknown escape \q (known: \n \t \" \\ \u{…} \(parameter))"#)
        #expect(Self.refusal("    ja \"一\"\n") == CatalogueError(line: 1, message: #"an indented line belongs under an entry's name: ja "一""#))
        #expect(Self.refusal("f(_ n: Int) x\n") == CatalogueError(line: 1, message: "f: the parameter list does not end in ): (_ n: Int) x"))
    }
}
