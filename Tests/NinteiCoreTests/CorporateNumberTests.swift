import NinteiCore
import Testing

/// The 法人番号 on the firm profile (issue 15) and the format version that carries it.
@Suite("Corporate numbers and application format version 2")
struct CorporateNumberTests {
    /// Numbers published by the National Tax Agency's 法人番号公表サイト: 国税庁, トヨタ自動車,
    /// 日立製作所, ソニーグループ, 任天堂, 東京都, 埼玉県, 朝霞市.
    static let published = [
        "7000012050002", "1180301018771", "7010001008844", "5010401067252",
        "1130001011420", "8000020130001", "1000020110001", "4000020112275",
    ]

    @Test("the check digit of every published number is its first digit", arguments: published)
    func publishedNumbersPass(_ number: String) {
        #expect(CorporateNumber.problem(number) == nil)
        let twelve = number.dropFirst().map { Int(String($0))! }
        #expect(CorporateNumber.checkDigit(of: twelve) == Int(String(number.first!))!)
    }

    @Test("a changed check digit, a changed digit elsewhere or two digits swapped is caught")
    func slipsAreCaught() {
        #expect(CorporateNumber.problem("8000012050002") == .wrongCheckDigit(found: 8, expected: 7))
        // 国税庁 with its last digit mistyped.
        #expect(CorporateNumber.problem("7000012050003") != nil)
        // トヨタ with two neighbouring digits swapped (0 and 1 of …301018…).
        #expect(CorporateNumber.problem("1180310018771") != nil)
    }

    @Test("not 13 digits: the length is named")
    func wrongLength() {
        #expect(CorporateNumber.problem("700001205000") == .notThirteenDigits(count: 12))
        #expect(CorporateNumber.problem("70000120500021") == .notThirteenDigits(count: 14))
        #expect(CorporateNumber.problem("700001205000A") == .notThirteenDigits(count: 13))
        // Full-width digits are not the document's digits; the form normalises them first.
        #expect(CorporateNumber.problem("７０００Ｘ12050002") != nil)
    }

    @Test("full-width digits and grouping hyphens and spaces, as typed, are made plain")
    func normalising() {
        #expect(CorporateNumber.normalized("７００００１２０５０００２") == "7000012050002")
        #expect(CorporateNumber.normalized("7-0000-1205-0002") == "7000012050002")
        #expect(CorporateNumber.normalized("７－００００－１２０５－０００２") == "7000012050002")
        #expect(CorporateNumber.normalized(" 7000 0120 50002　") == "7000012050002")
    }

    static let version1 = #"""
    {"format": "nintei-application/1", "checklist": "asaka-2023", "kind": "renewal", "previousCertificate": "R3-0007",
     "firm": {"name": "株式会社テスト", "kana": "テスト"}, "answers": {"1-1": {"mark": "check", "text": "宣言"}}}
    """#

    @Test("a version 1 document reads exactly as before; written again it is version 2 with the same content")
    func version1Reads() throws {
        let document = try ApplicationReader.read(Self.version1, checklists: Fixtures.library)
        #expect(document.firm == FirmProfile(name: "株式会社テスト", kana: "テスト"))
        #expect(document.kind == .renewal && document.previousCertificate == "R3-0007")
        let written = ApplicationWriter.text(document, checklist: Fixtures.asaka)
        #expect(written.contains(#""format": "nintei-application/2""#))
        #expect(try ApplicationReader.read(written, checklists: Fixtures.library) == document)
    }

    @Test("version 1 has no corporate number: the key is unknown there, as it always was")
    func version1RefusesTheKey() throws {
        let text = Self.version1.replacingOccurrences(of: #""name": "株式会社テスト","#, with: #""name": "株式会社テスト", "corporateNumber": "7000012050002","#)
        do {
            _ = try ApplicationReader.read(text, checklists: Fixtures.library)
            Issue.record("a version 1 document with corporateNumber was read")
        } catch {
            guard case .invalid(let refusal) = error else { Issue.record("\(error)"); return }
            #expect(refusal.path.description == "firm.corporateNumber")
        }
    }

    static func version2(corporateNumber: String) -> String {
        #"{"format": "nintei-application/2", "checklist": "asaka-2023", "kind": "new", "firm": {"name": "株式会社テスト", "corporateNumber": "\#(corporateNumber)"}}"#
    }

    @Test("a version 2 document carries the number through reading and writing", arguments: published)
    func version2RoundTrips(_ number: String) throws {
        let document = try ApplicationReader.read(Self.version2(corporateNumber: number), checklists: Fixtures.library)
        #expect(document.firm.corporateNumber == number)
        let written = ApplicationWriter.text(document, checklist: Fixtures.asaka)
        #expect(try ApplicationReader.read(written, checklists: Fixtures.library) == document)
    }

    @Test("a bad corporate number is refused naming firm.corporateNumber and what is wrong", arguments: [
        ("7000012050003", ["check digit", "7000012050003"]),
        ("700001205000", ["13 digits", "12"]),
        ("７００００１２０５０００２", ["13 digits"]),
        ("7-0000-1205-0002", ["13 digits"]),
        (String(repeating: "7", count: 150), ["13 digits", "150", "77777777777777777777…"]),
    ])
    func badNumberRefused(_ number: String, _ words: [String]) throws {
        do {
            _ = try ApplicationReader.read(Self.version2(corporateNumber: number), checklists: Fixtures.library)
            Issue.record("\(number) was read")
        } catch {
            guard case .invalid(let refusal) = error else { Issue.record("\(error)"); return }
            #expect(refusal.path.description == "firm.corporateNumber")
            for word in words { #expect(refusal.text(.en).contains(word), "\(refusal.text(.en))") }
            #expect(refusal.text(.ja).contains("法人番号"), "\(refusal.text(.ja))")
        }
    }

    @Test("a renewal made new must first lose its previous certificate number; a renewal without one is missing for submission")
    func kindChanges() throws {
        let renewal = try ApplicationReader.read(Self.version1, checklists: Fixtures.library)
        do {
            _ = try DocumentEditor.set(.string("new"), at: JSONPath([.key("kind")]), in: renewal, checklists: Fixtures.library)
            Issue.record("the renewal became new with its previous number")
        } catch {
            guard case .invalid(let refusal) = error else { Issue.record("\(error)"); return }
            #expect(refusal.path.description == "kind" && refusal.text(.ja).contains("前回の認定番号"), "\(refusal.text(.ja))")
        }
        let cleared = try DocumentEditor.set(nil, at: JSONPath([.key("previousCertificate")]), in: renewal, checklists: Fixtures.library).document
        #expect(SubmissionReadiness.missing(in: cleared, checklist: Fixtures.asaka).contains(LocalizedText(ja: "前回の認定番号", en: "previous certificate number")))
        let new = try DocumentEditor.set(.string("new"), at: JSONPath([.key("kind")]), in: cleared, checklists: Fixtures.library)
        #expect(new.document.kind == .new && new.change.before == .string("renewal") && new.change.after == .string("new"))
        #expect(!SubmissionReadiness.missing(in: new.document, checklist: Fixtures.asaka).contains { $0.en == "previous certificate number" })
    }
}
