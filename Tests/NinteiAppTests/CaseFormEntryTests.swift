import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
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

    /// A draft holding only the firm's name, as the new-case screen makes it.
    static func emptyDraft(_ office: FormTestOffice) throws -> Int64 {
        try office.store("yamada").createCase(ApplicationDocument(checklistID: "asaka-2023", kind: .new, firm: FirmProfile(name: "株式会社テスト")))
    }

    static func statusLine(_ backend: MemoryBackend) -> String {
        backend.snapshot().components(separatedBy: "\n").last!
    }

    @Test("text typed on a check box is named on the status line, not entered, and q there does not quit")
    func typingOnACheckBox() throws {
        let office = try FormTestOffice()
        let id = try Self.emptyDraft(office)
        // The declarations page opens on the law declaration's check box.
        let typed = try office.run(id, keys: [.pageDown] + Self.typing("quit取組"))
        let status = Self.statusLine(typed)
        #expect(status.contains("「quit取組」は入力されていません") && status.contains("Space"), "\(status)")
        // q did not end the session: the keys after it still tick the box and save it (the
        // first Space right after the q is taken as part of the words typed, the second ticks).
        _ = try office.run(id, keys: [.pageDown, .character("q"), .character(" "), .character(" "), .tab])
        #expect(try office.store("suzuki").loadCase(id).document.declarations["lawCompliance"] == true)
        let events = try office.store("suzuki").auditEvents(caseID: id).map(\.action)
        #expect(events.filter { $0.hasPrefix("field") } == ["field declarations.lawCompliance"], "nothing else was written: \(events)")
        // The status line and the help offer what works here: F1 for help and Ctrl-C to quit, not ? and q.
        let bar = Self.statusLine(try office.run(id, keys: [.pageDown]))
        #expect(bar.contains("F1 ヘルプ") && !bar.contains("? "), "\(bar)")
        let help = try office.run(id, keys: [.pageDown, .function(1)]).snapshot()
        #expect(help.contains("Ctrl-C") && !help.contains("q/Ctrl-C") && !help.contains("?/F1"), "\(help)")
    }

    @Test("a space among words typed on a check box does not tick it; a second Space does")
    func spaceAmongStrayWords() throws {
        let office = try FormTestOffice()
        let id = try Self.emptyDraft(office)
        let typed = try office.run(id, keys: [.pageDown] + Self.typing("取組 あり") + [.tab])
        #expect(Self.statusLine(typed).contains("「取組 あり」は入力されていません") == false, "Tab cleared the message")
        #expect(try office.store("suzuki").loadCase(id).document.declarations["lawCompliance"] == nil, "the space did not tick the box")
        let named = try office.run(id, keys: [.pageDown] + Self.typing("取組 あり"))
        #expect(Self.statusLine(named).contains("「取組 あり」は入力されていません"), "\(Self.statusLine(named))")
        _ = try office.run(id, keys: [.pageDown] + Self.typing("取組 ") + [.character(" "), .tab])
        #expect(try office.store("suzuki").loadCase(id).document.declarations["lawCompliance"] == true, "two spaces: the second ticks")
    }

    @Test("unticking a certification whose category holds text says the text goes with it")
    func untickingSaysTheDetailGoes() throws {
        let office = try FormTestOffice()
        let id = try Self.emptyDraft(office)
        _ = try office.run(id, keys: [.pageDown, .tab, .tab] + Self.typing("くるみん") + [.tab])
        let unticked = try office.run(id, keys: [.pageDown, .tab, .character(" ")])
        #expect(Self.statusLine(unticked).contains("「くるみん」も保存されません"), "\(Self.statusLine(unticked))")
    }

    @Test("text typed on an option list is named on the status line and not entered")
    func typingOnAnOptionList() throws {
        let office = try FormTestOffice()
        let id = try Self.emptyDraft(office)
        let form = try office.form(id, as: "yamada")
        for _ in 0..<3 { _ = form.perform("form.nextPage") }
        form.focus = try #require(form.fields.firstIndex { $0.value == .optionIDs })
        var said: LocalizedText?
        for key in Self.typing("有給") { if case .say(let text)? = form.handle(key) { said = text } }
        #expect(said?.ja.contains("「有給」は入力されていません") == true, "\(String(describing: said))")
        #expect(form.handle(.character("q")) != nil, "q is the field's, not the quit key")
        #expect(form.focusTakesText)
        #expect(try office.store("suzuki").auditEvents(caseID: id).allSatisfy { !$0.action.hasPrefix("field") })
    }

    @Test("a certification's category typed without ticking its box ticks it and is saved")
    func certificationDetailTicksTheBox() throws {
        let office = try FormTestOffice()
        let id = try Self.emptyDraft(office)
        // Declarations: law declaration, くるみん box, its 区分; PgDn leaves the page.
        let backend = try office.run(id, keys: [.pageDown, .tab, .tab] + Self.typing("プラチナくるみん") + [.pageDown])
        let certifications = try office.store("suzuki").loadCase(id).document.certifications
        #expect(certifications.map(\.scheme) == ["kurumin"])
        #expect(certifications.first?.category == "プラチナくるみん")
        #expect(try office.store("suzuki").auditEvents(caseID: id).contains { $0.action == "field certifications" })
        _ = backend
        // Back on the page, the box shows ticked with the category.
        let shown = try office.run(id, keys: [.pageDown]).snapshot()
        #expect(shown.contains("[✓] 厚生労働省「くるみん」") && shown.contains("プラチナくるみん"), "\(shown)")
    }

    @Test("Enter leaves a multi-line text; Ctrl-J starts a new line there; blank lines at the end are not stored")
    func enterInMultilineText() throws {
        let office = try FormTestOffice()
        let id = try Self.emptyDraft(office)
        // Section 1 (page 3): 1-1 mark, 1-1 理念の概要 (multi-line), 1-2 mark, 1-2 担当部署名.
        let keys: [Key] = [.pageDown, .pageDown, .tab] + Self.typing("取組あり") + [.enter, .enter] + Self.typing("総務課") + [.enter]
        let backend = try office.run(id, keys: keys)
        var answers = try office.store("suzuki").loadCase(id).document.answers
        #expect(answers["1-1"]?.text == "取組あり", "Enter went on to the next field: \(String(describing: answers["1-1"]?.text))")
        #expect(answers["1-2"]?.text == "総務課")
        let bar = Self.statusLine(try office.run(id, keys: [.pageDown, .pageDown, .tab]))
        #expect(bar.contains("Ctrl-J 改行"), "the status line says how to start a new line: \(bar)")
        _ = backend
        let lines: [Key] = [.pageDown, .pageDown, .tab, .ctrl("e"), .ctrl("j")] + Self.typing("家族の時間") + [.ctrl("j"), .ctrl("j"), .character(" "), .ctrl("j"), .tab]
        _ = try office.run(id, keys: lines)
        answers = try office.store("suzuki").loadCase(id).document.answers
        #expect(answers["1-1"]?.text == "取組あり\n家族の時間")
    }

    @Test("every table cell the cursor reaches is on screen, and what is typed there shows", arguments: [(80, 24), (40, 12)])
    func everyCellOnScreen(width: Int, height: Int) throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try office.form(id, as: "yamada")
        let shell = AppShell(root: form, language: .ja)
        let size = TerminalSize(width: width, height: height)
        var cells = 0
        for _ in 0..<500 {
            let buffer = shell.frame(size: size)
            if case .table(let table) = form.fields[form.focus].control {
                let cursor = try #require(shell.cursor(size: size), "the cursor shows in a table at \(width)×\(height)")
                #expect(cursor.x > 0 && cursor.x < width && cursor.y > 0 && cursor.y < height - 1)
                // The focused cell is drawn reversed, ending just before the cursor.
                #expect(buffer[cursor.x - 1, cursor.y].style.reverse, "\(form.fields[form.focus].path) \(table.focus) is on screen:\n\(buffer.render())")
                cells += 1
            }
            if form.pageIndex == form.pages.count - 1 && form.focus == form.fields.count - 1 { break }
            _ = shell.handle(.tab)
        }
        let tableCells = form.pages.flatMap { FormPageBuilder(page: $0, checklist: form.checklist, language: .ja).fields }
            .reduce(0) { total, field in
                guard case .table(let table) = field.control else { return total }
                // Tab passes over the years already there (every table of this draft has its years).
                return total + table.years.count * (table.columns.count - table.prefilledColumns.count)
            }
        #expect(cells == tableCells && cells > 20, "every figure cell of every table was visited: \(cells) of \(tableCells)")

        // 2-1's last column (平均時間外労働時間): typed into, shown, and saved.
        let keys: [Key] = [.pageDown, .pageDown, .pageDown, .tab, .tab, .tab] + Self.typing("175")
        let backend = try office.run(id, keys: keys, width: width, height: height)
        expectSnapshot(backend.snapshot(), named: "form-table-last-column-\(width)x\(height)-ja")
        let cursor = try #require(backend.cursor)
        let row = backend.snapshot().components(separatedBy: "\n")[cursor.y]
        #expect(row.contains("175"), "the figure typed is on screen: \(row)")
        // The run ended in the field (the form saves what is typed when it closes).
        let figures = try office.store("suzuki").loadCase(id).document.answers["2-1"]?.figures
        #expect(figures?.first?.values["averageHours"] == 175)
    }

    @Test("the received date pre-filled with today is replaced by the date typed; 20230701 and 5.7.1 are read", arguments: ["20230701", "5.7.1", "令和5年7月1日", "2023-07-01"])
    func typingOverTheReceivedDate(_ typed: String) throws {
        let office = try FormTestOffice()
        // As the new-case screen makes it: received today.
        let id = try office.store("yamada").createCase(ApplicationDocument(
            checklistID: "asaka-2023", kind: .new, receivedOn: .today(), firm: FirmProfile(name: "株式会社テスト")))
        let backend = try office.run(id, keys: Self.typing(typed) + [.enter])
        #expect(try office.store("suzuki").loadCase(id).document.receivedOn?.iso == "2023-07-01", "\(Self.statusLine(backend))")
        #expect(backend.cursor?.y == 4, "Enter went on to the firm's name")
    }

    @Test("a date that cannot be read keeps the focus, and the status line says how to write it and how to start over")
    func unreadableDateSaysHow() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let backend = try office.run(id, keys: [.end] + Self.typing("2023-07-01") + [.tab, .pageDown])
        let status = Self.statusLine(backend)
        #expect(status.contains("受付日が日付として読めません（Ctrl-U で消去。例 20230714、R5.7.1、5.7.1）"), "the whole message shows at 80 columns: \(status)")
        #expect(backend.cursor?.y == 3, "still on the date")
        // (What that session typed is kept for the next one; another case shows Ctrl-U.)
        let other = try office.draft("sakura-seiko")
        let cleared = try office.run(other, keys: [.end] + Self.typing("2023-07-01") + [.tab, .ctrl("u")] + Self.typing("2023-07-01") + [.tab])
        #expect(try office.store("suzuki").loadCase(other).document.receivedOn?.iso == "2023-07-01", "\(Self.statusLine(cleared))")
    }

    @Test("a pre-filled date is edited, not replaced, once the cursor has moved; Backspace on arrival empties it")
    func editingThePrefilledDate() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        // 2023-07-14: ←, Backspace and 2 give 2023-07-24.
        _ = try office.run(id, keys: [.left, .backspace, .character("2"), .tab])
        #expect(try office.store("suzuki").loadCase(id).document.receivedOn?.iso == "2023-07-24")
        let emptied = try office.run(id, keys: [.backspace] + Self.typing("R5.8.1") + [.tab])
        #expect(try office.store("suzuki").loadCase(id).document.receivedOn?.iso == "2023-08-01", "\(Self.statusLine(emptied))")
    }

    @Test("every field and every option the cursor reaches is on screen", arguments: [(80, 24), (40, 12)])
    func everyFieldOnScreen(width: Int, height: Int) throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try office.form(id, as: "yamada")
        let shell = AppShell(root: form, language: .ja)
        let size = TerminalSize(width: width, height: height)
        var options = 0
        for _ in 0..<800 {
            let buffer = shell.frame(size: size)
            let cursor = try #require(shell.cursor(size: size), "the cursor shows on \(form.fields[form.focus].path) at \(width)×\(height)")
            #expect(cursor.x >= 0 && cursor.x < width && cursor.y > 1 && cursor.y < height - 1, "\(form.fields[form.focus].path) \(cursor)")
            if case .options(let group) = form.fields[form.focus].control {
                // The focused option's box is drawn where the cursor is: [ ] or [✓].
                #expect(buffer[cursor.x - 1, cursor.y].grapheme == "[", "option \(group.focusedIndex) of \(form.fields[form.focus].path) shows:\n\(buffer.render())")
                options += 1
                if group.focusedIndex + 1 < group.options.count {
                    _ = shell.handle(.down)
                    continue
                }
            }
            if form.pageIndex == form.pages.count - 1 && form.focus == form.fields.count - 1 { break }
            _ = shell.handle(.tab)
        }
        #expect(options > 20)
        #expect(form.pageIndex == form.pages.count - 1)
    }
}
