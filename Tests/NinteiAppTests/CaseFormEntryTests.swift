import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import Testing

/// What an officer types reaches the store, and nothing else does (issue 15): each test types
/// the keys an officer would and reads back the stored document and the audit log.
@Suite("The intake form changes only what is typed")
struct CaseFormEntryTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    /// An application with what the form shows the same as "nothing": an explicit `false`
    /// declaration, empty texts, an item without a mark, a certification without its detail.
    static let sparseDocument = #"""
    {
      "format": "nintei-application/1", "checklist": "asaka-2023", "kind": "new", "receivedOn": "2023-09-01",
      "firm": { "name": "空欄商事", "kana": "", "address": "朝霞市", "email": "", "phone": "" },
      "declarations": { "lawCompliance": false },
      "certifications": [ { "scheme": "kurumin" } ],
      "answers": {
        "1-1": { "mark": "check", "text": "" },
        "1-2": { "mark": "blank", "text": "" },
        "2-2": { "mark": "blank" },
        "6-2": { "mark": "check", "options": ["b", "other"], "otherText": "" },
        "7-2": { "mark": "blank", "text": "" }
      }
    }
    """#

    /// Every page's every field, passed with Tab from the first field to the last.
    static let everyField = [Key](repeating: .tab, count: 400)

    struct Stored: Equatable {
        let document: String
        let revision: Int64
        let events: Int
    }

    static func stored(_ office: FormTestOffice, _ id: Int64) throws -> Stored {
        let store = try office.store("suzuki")
        let snapshot = try store.loadCase(id)
        let document = ApplicationWriter.json(snapshot.document, checklist: FormTestOffice.library.checklist(snapshot.document.checklistID)!)
        return Stored(document: JSONWriter.write(document), revision: snapshot.revision, events: try store.auditEvents(caseID: id).count)
    }

    @Test("Tab through every field of every page writes nothing", arguments: ["sparse", "sakura-seiko", "midori-kensetsu", "kappo-asaka", "hinode-shoukai"])
    func tabWritesNothing(_ example: String) throws {
        let office = try FormTestOffice()
        let id: Int64
        if example == "sparse" {
            let document = try ApplicationReader.read(Self.sparseDocument, checklists: FormTestOffice.library)
            id = try office.store("yamada").createCase(document)
        } else {
            id = try office.draft(example)
        }
        let before = try Self.stored(office, id)
        if example == "sparse" {
            #expect(before.document.contains("\"lawCompliance\": false") && before.document.contains("\"kana\": \"\""), "the store keeps what the form shows as nothing")
        }
        let form = try office.form(id, as: "yamada")
        let backend = MemoryBackend(width: 80, height: 24, keys: Self.everyField)
        AppShell(root: form, language: .ja).run(on: backend)
        #expect(form.pageIndex == form.pages.count - 1 && form.focus == form.fields.count - 1, "the Tabs reached the last field")
        let after = try Self.stored(office, id)
        let written = try office.store("suzuki").auditEvents(caseID: id).suffix(max(0, after.events - before.events))
            .map { "\($0.action) \($0.before ?? "—") → \($0.after ?? "—")" }
        #expect(after.events == before.events, "no new audit event: \(written)")
        #expect(after == before, "the document is unchanged")
    }

    @Test("ticking and unticking an explicit false declaration leaves it as it was")
    func tickUntickWritesNothing() throws {
        let office = try FormTestOffice()
        let id = try office.draft("midori-kensetsu")
        let before = try Self.stored(office, id)
        _ = try office.run(id, keys: [.pageDown, .character(" "), .character(" "), .tab, .tab])
        #expect(try Self.stored(office, id) == before)
        // Ticking it is one save and one audit event.
        _ = try office.run(id, keys: [.pageDown, .character(" "), .tab])
        let after = try Self.stored(office, id)
        #expect(after.revision == before.revision + 1 && after.events == before.events + 1)
        #expect(try office.store("suzuki").loadCase(id).document.declarations["lawCompliance"] == true)
    }
}
