import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

/// The corporate number, the application's kind and a renewal's previous certificate number,
/// typed into the profile page as an officer would (issue 15): what the export and the audit
/// log then hold.
@Suite("Corporate number and renewal fields in the intake form")
struct CorporateNumberEntryTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }
    /// From the received date, the first field of the profile, to the field named.
    static func tabs(to path: String) -> [Key] {
        let order = ["receivedOn", "firm.name", "firm.kana", "firm.address", "firm.industry", "firm.employees", "firm.representative",
                     "firm.contactName", "firm.phone", "firm.email", "firm.corporateNumber", "kind", "previousCertificate"]
        return [Key](repeating: .tab, count: order.firstIndex(of: path)!)
    }

    static func export(_ office: FormTestOffice, _ id: Int64) throws -> String {
        try office.store("suzuki").exportDocuments([id]).first!.json
    }

    static func fieldEvents(_ office: FormTestOffice, _ id: Int64) throws -> [String] {
        try office.store("suzuki").auditEvents(caseID: id).filter { $0.action.hasPrefix("field") }
            .map { "\($0.action) \($0.before ?? "—") → \($0.after ?? "—")" }
    }

    static func statusLine(_ backend: MemoryBackend) -> String {
        backend.snapshot().components(separatedBy: "\n").last!
    }

    @Test("a corporate number typed in full-width digits by an input method is stored plain and exported", arguments: [
        "７００００１２０５０００２", "7000012050002", "7-0000-1205-0002",
    ])
    func typedNumberIsExported(_ typed: String) throws {
        let office = try FormTestOffice()
        let id = try CaseFormEntryTests.emptyDraft(office)
        _ = try office.run(id, keys: Self.tabs(to: "firm.corporateNumber") + Self.typing(typed) + [.enter])
        #expect(try Self.export(office, id).contains(#""corporateNumber": "7000012050002""#))
        #expect(try Self.export(office, id).contains(#""format": "nintei-application/2""#))
        #expect(try Self.fieldEvents(office, id) == [#"field firm.corporateNumber — → "7000012050002""#])
    }

    @Test("a wrong check digit or a number not 13 digits is refused naming the field, and nothing is saved", arguments: [
        ("7000012050003", Language.ja, ["法人番号", "チェックデジット"]),
        ("700001205000", .ja, ["法人番号", "13桁", "12文字"]),
        ("7000012050003", .en, ["Corporate number", "check digit"]),
        ("70000120500021", .en, ["Corporate number", "13 digits", "14"]),
    ])
    func badNumberRefused(_ typed: String, _ language: Language, _ words: [String]) throws {
        let office = try FormTestOffice()
        let id = try CaseFormEntryTests.emptyDraft(office)
        let form = try office.form(id, as: "yamada", language: language)
        let backend = MemoryBackend(width: 80, height: 24, keys: Self.tabs(to: "firm.corporateNumber") + Self.typing(typed) + [.tab])
        AppShell(root: form, language: language).run(on: backend)
        let status = Self.statusLine(backend)
        for word in words { #expect(status.contains(word), "\(status)") }
        #expect(form.fields[form.focus].path.description == "firm.corporateNumber", "the focus stays on the field")
        #expect(try Self.fieldEvents(office, id).isEmpty)
        #expect(try !Self.export(office, id).contains("corporateNumber"))
    }

    @Test("the corporate number may be left blank, and clearing it removes it with an audit event")
    func blankAllowed() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        #expect(try Self.export(office, id).contains(#""corporateNumber": "7999901000001""#))
        _ = try office.run(id, keys: Self.tabs(to: "firm.corporateNumber") + [.ctrl("u"), .tab])
        #expect(try !Self.export(office, id).contains("corporateNumber"))
        #expect(try Self.fieldEvents(office, id) == [#"field firm.corporateNumber "7999901000001" → —"#])
    }

    @Test("a new case made a renewal, with its previous certificate number, and back to new")
    func kindChangedAfterCreation() throws {
        let office = try FormTestOffice()
        let id = try CaseFormEntryTests.emptyDraft(office)
        // Tick the renewal box: the case is a renewal, its previous number is missing (not blocking).
        _ = try office.run(id, keys: Self.tabs(to: "kind") + [.character(" "), .tab])
        #expect(try Self.export(office, id).contains(#""kind": "renewal""#))
        #expect(try office.store("suzuki").cases().first { $0.id == id }?.kind == .renewal, "the case list's kind follows")
        let missing = SubmissionReadiness.missing(in: try office.store("suzuki").loadCase(id).document, checklist: FormTestOffice.library.checklist("asaka-2023")!)
        #expect(missing.contains { $0.ja == "前回の認定番号" })
        // The previous number typed and left with Enter.
        _ = try office.run(id, keys: Self.tabs(to: "previousCertificate") + Self.typing("R3-0007") + [.enter])
        #expect(try Self.export(office, id).contains(#""previousCertificate": "R3-0007""#))
        // Cleared first, then unticked: a new application again.
        _ = try office.run(id, keys: Self.tabs(to: "previousCertificate") + [.ctrl("u"), .backTab, .character(" "), .tab])
        let export = try Self.export(office, id)
        #expect(export.contains(#""kind": "new""#) && !export.contains("previousCertificate"))
        #expect(try Self.fieldEvents(office, id) == [
            #"field kind "new" → "renewal""#,
            #"field previousCertificate — → "R3-0007""#,
            #"field previousCertificate "R3-0007" → —"#,
            #"field kind "renewal" → "new""#,
        ])
    }

    @Test("unticking a renewal whose previous number is filled in is refused naming that number, and nothing changes", arguments: [Language.ja, .en])
    func renewalWithNumberStaysRenewal(_ language: Language) throws {
        let office = try FormTestOffice()
        let id = try office.store("yamada").createCase(ApplicationDocument(
            checklistID: "asaka-2023", kind: .renewal, previousCertificate: "R3-0007", firm: FirmProfile(name: "株式会社テスト")))
        let before = try Self.export(office, id)
        let refused = try office.run(id, keys: Self.tabs(to: "kind") + [.character(" "), .tab], language: language)
        let status = Self.statusLine(refused)
        #expect(status.contains(language == .ja ? "前回の認定番号" : "previous certificate number"), "\(status)")
        #expect(try Self.export(office, id) == before)
        #expect(try Self.fieldEvents(office, id).isEmpty)
    }

    @Test("the new fields line up with the profile's others, a renewal's missing number marked on the page tab", arguments: [
        (80, 24, Language.ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en),
    ])
    func newFieldsDrawn(_ width: Int, _ height: Int, _ language: Language) throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let backend = try office.run(id, keys: Self.tabs(to: "kind") + [.character(" "), .tab], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "form-profile-renewal-\(width)x\(height)-\(language.rawValue)")
    }
}
