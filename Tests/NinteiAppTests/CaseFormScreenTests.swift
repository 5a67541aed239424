import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

/// A store in a temporary folder with two officers and a committee member, and the example
/// applications as drafts.
final class FormTestOffice {
    static let data = DataDirectory(path: Binary.dataPath)
    static let library = try! data.loadChecklists()
    static let reference = try! data.loadReference()

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-form-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("nintei.sqlite").path }
    /// Where the forms of this office keep what the store did not take.
    var recovery: RecoveryFolder { RecoveryFolder(path: folder.appendingPathComponent("recovery").path) }

    init() throws {
        let admin = try Store.create(at: path, identity: Identity(login: "admin"), checklists: Self.library, reference: Self.reference)
        try admin.addUser("yamada", role: .officer)
        try admin.addUser("suzuki", role: .officer)
        try admin.addUser("member", role: .committee)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func store(_ login: String) throws -> Store {
        try Store.open(at: path, identity: Identity(login: login), mode: .readWrite, checklists: Self.library, reference: Self.reference)
    }

    /// Imports an example application (data/examples/NAME.json) as a draft; returns its case id.
    func draft(_ example: String) throws -> Int64 {
        let document = try ApplicationFile.read(Binary.dataPath + "/examples/\(example).json", checklists: Self.library)
        return try store("yamada").createCase(document)
    }

    func form(_ caseID: Int64, as login: String, language: Language = .ja) throws -> CaseFormScreen {
        try CaseFormScreen(store: store(login), caseID: caseID, language: language, recovery: recovery)
    }

    /// Runs the form of a case for a login with keys on a memory terminal.
    func run(_ caseID: Int64, as login: String = "yamada", keys: [Key], width: Int = 80, height: Int = 24, language: Language = .ja) throws -> MemoryBackend {
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        let screen = try form(caseID, as: login, language: language)
        AppShell(root: screen, language: language).run(on: backend)
        return backend
    }
}

enum Binary {
    static let dataPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data").path
}

@Suite("The intake form, drawn to the in-memory terminal")
struct CaseFormScreenTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    @Test("pages", arguments: [
        ("profile", [Key](), 80, 24, Language.ja), ("profile", [], 80, 24, .en), ("profile", [], 40, 12, .ja),
        ("section-2", [.pageDown, .pageDown, .pageDown], 80, 24, .ja), ("section-2", [.pageDown, .pageDown, .pageDown], 40, 12, .en),
        ("section-4", [.pageDown, .pageDown, .pageDown, .pageDown, .pageDown], 120, 30, .ja),
        ("declarations", [.pageDown], 80, 24, .en),
    ])
    func pages(name: String, keys: [Key], width: Int, height: Int, language: Language) throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let backend = try office.run(id, keys: keys, width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "form-\(name)-\(width)x\(height)-\(language.rawValue)")
        #expect(backend.cursor != nil, "the cursor sits in the focused field")
    }

    @Test("a date typed in the Japanese era is stored as ISO and shown in both calendars")
    func eraDate() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let backend = try office.run(id, keys: [.ctrl("a"), .ctrl("k")] + Self.typing("R5.8.１") + [.tab])
        #expect(try office.store("suzuki").loadCase(id).document.receivedOn?.iso == "2023-08-01")
        #expect(backend.snapshot().contains("2023-08-01         （令和5年8月1日）"))
    }

    @Test("a field is saved when it is left, and the result follows")
    func savedWhenLeft() throws {
        let office = try FormTestOffice()
        let id = try office.draft("midori-kensetsu")
        let before = try office.store("yamada").loadCase(id)
        // Profile: received, name, kana, address → type a new address and leave it.
        let keys: [Key] = [.tab, .tab, .tab, .ctrl("a"), .ctrl("k")] + Self.typing("埼玉県朝霞市栄町2-2") + [.tab]
        _ = try office.run(id, keys: keys)
        let after = try office.store("yamada").loadCase(id)
        #expect(after.document.firm.address == "埼玉県朝霞市栄町2-2")
        #expect(after.revision == before.revision + 1, "one field, one save")
        let audit = try office.store("suzuki").auditEvents(caseID: id)
        #expect(audit.contains { $0.action == "field firm.address" && $0.login == "yamada" })
    }

    @Test("a second officer's save of a changed case is refused with who and when, shown whole in a dialog, and can be put back")
    func conflict() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let yamada = try office.form(id, as: "yamada")
        let suzuki = try office.form(id, as: "suzuki")
        // Both are on the profile; yamada changes the phone (field 8), suzuki the email (field 9).
        for screen in [yamada, suzuki] { for _ in 0..<8 { _ = screen.perform("form.nextField") } }
        for key in [Key.ctrl("a"), .ctrl("k")] + Self.typing("048-111-1111") { _ = yamada.handle(key) }
        _ = yamada.perform("form.nextField")
        _ = suzuki.perform("form.nextField")
        for key in [Key.ctrl("a"), .ctrl("k")] + Self.typing("new@example.jp") { _ = suzuki.handle(key) }
        guard case .ask(let dialog, let message?, let answer) = suzuki.perform("form.nextField") else {
            Issue.record("suzuki's save must be refused with a message and a dialog")
            return
        }
        #expect(message.ja.contains("保存できませんでした"))
        let body = dialog.body
        #expect(body.contains("yamada"), "who changed the case: \(body)")
        #expect(body.contains("new@example.jp"), "what was not saved is named whole, so nothing is lost: \(body)")
        var stored = try office.store("suzuki").loadCase(id).document.firm
        #expect(stored.phone == "048-111-1111")
        #expect(stored.email == "soumu@example.jp")
        #expect(suzuki.snapshot.document.firm.phone == "048-111-1111", "the form reloaded the latest version")
        // Put back: the entry is in the field again; leaving it saves onto the latest version.
        _ = answer(.chosen(0))
        _ = suzuki.perform("form.nextField")
        stored = try office.store("suzuki").loadCase(id).document.firm
        #expect(stored.phone == "048-111-1111", "yamada's change stands")
        #expect(stored.email == "new@example.jp", "suzuki's entry was put back and saved")
    }

    @Test("a conflict that repeats a long Japanese entry shows all of it, scrolling at 40×12", arguments: [(80, 24), (40, 12)])
    func conflictShownWhole(width: Int, height: Int) throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let typed = "埼玉県朝霞市本町一丁目二番三号　朝霞駅前ビル四階　総務部人事課　ワーク・ライフ・バランス推進担当　山田太郎様宛"
        let first = try office.form(id, as: "yamada")
        for _ in 0..<3 { _ = first.perform("form.nextField") }
        for key in [Key.ctrl("a"), .ctrl("k")] + Self.typing("朝霞市") { _ = first.handle(key) }
        _ = first.perform("form.nextField")
        // suzuki had the form open at the old revision and types the long address.
        let second = try office.form(id, as: "suzuki")
        try office.store("yamada").saveField(
            caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-9999"), revision: second.snapshot.revision)
        let keys: [Key] = [.tab, .tab, .tab, .ctrl("a"), .ctrl("k")] + Self.typing(typed) + [.tab] + Array(repeating: .down, count: 12)
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        let shell = AppShell(root: second, language: .ja)
        shell.run(on: backend)
        var seen = ""
        // Every line of the body appears on the screen at some scroll position: read it all.
        var dialog = try #require(shell.shownDialog)
        #expect(dialog.firstLine > 0 || width == 80, "the keys scrolled the body at \(width)×\(height)")
        for _ in 0..<40 { _ = dialog.handle(.up) }
        for _ in 0..<30 {
            let size = TerminalSize(width: width, height: height)
            var buffer = CellBuffer(size: size)
            dialog.draw(into: &buffer, area: AppShell.body(size: size), focused: true)
            seen += buffer.render()
            _ = dialog.handle(.down)
        }
        let shown = seen.filter { !$0.isWhitespace && $0 != "│" && $0 != "▼" && $0 != "▲" }
        for piece in typed.split(separator: "　") {
            #expect(shown.contains(piece), "\(piece) is on screen at \(width)×\(height)")
            if !shown.contains(piece) { break }
        }
        #expect(!seen.contains("…"), "nothing is cut")
    }

    @Test("an entry refused on the way out (quit after someone else saved) is kept in a file and offered back the next time")
    func quitAfterConflictKeepsTheEntry() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let suzuki = try office.form(id, as: "suzuki")
        for _ in 0..<3 { _ = suzuki.perform("form.nextField") }
        for key in [Key.ctrl("a"), .ctrl("k")] + Self.typing("朝霞市本町1-1-1") { _ = suzuki.handle(key) }
        // Meanwhile yamada saves another field; then suzuki's session ends (Ctrl-C, SIGHUP).
        let revision = try office.store("yamada").loadCase(id).revision
        try office.store("yamada").saveField(caseID: id, path: JSONPath(parsing: "firm.phone")!, value: .string("048-999-9999"), revision: revision)
        suzuki.willLeave()
        let kept = office.recovery.entries(storePath: office.path, caseID: id)
        #expect(kept.count == 1)
        #expect(kept.first?.entry.typedText == "朝霞市本町1-1-1")
        #expect(kept.first?.entry.login == "suzuki")
        // Only this login reads it: the file 0600 in a folder 0700, whatever the umask.
        let fileMode = try FileManager.default.attributesOfItem(atPath: try #require(kept.first?.file))[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: office.recovery.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600 && folderMode == 0o700, "file \(String(describing: fileMode)), folder \(String(describing: folderMode))")
        // The next session of the case offers it; putting it back and leaving the field saves it.
        let backend = try office.run(id, as: "suzuki", keys: [])
        #expect(backend.snapshot().contains("保存できなかった入力があります"), "\(backend.snapshot())")
        let next = try office.form(id, as: "suzuki")
        let shell = AppShell(root: next, language: .ja)
        #expect(shell.shownDialog != nil, "the kept entry is offered when the form shows")
        _ = shell.handle(.enter)
        _ = next.perform("form.nextField")
        let stored = try office.store("suzuki").loadCase(id).document.firm
        #expect(stored.address == "朝霞市本町1-1-1")
        #expect(stored.phone == "048-999-9999")
        #expect(office.recovery.entries(storePath: office.path, caseID: id).isEmpty, "the file is gone once put back")
    }

    @Test("what cannot be read stays in the field with the reason, and nothing is saved")
    func unreadableInputKeepsFocus() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let backend = try office.run(id, keys: [.ctrl("a"), .ctrl("k")] + Self.typing("令和5年2月30日") + [.tab])
        let status = backend.snapshot().components(separatedBy: "\n").last!
        #expect(status.contains("2月30日"), "the status line names what cannot be read: \(status)")
        #expect(backend.cursor?.y == 3, "still on the date")
        #expect(try office.store("suzuki").loadCase(id).document.receivedOn?.iso == "2023-07-14")
    }

    @Test("submitting names what is missing; a complete case goes to the committee and becomes read-only")
    func submit() throws {
        let office = try FormTestOffice()
        let incomplete = try office.store("yamada").createCase(ApplicationDocument(
            checklistID: "asaka-2023", kind: .new, firm: FirmProfile(name: "株式会社テスト")))
        let refused = try office.run(incomplete, keys: [.function(2)])
        #expect(refused.snapshot().contains("提出するには次の入力が必要です: 企業名の読み、所在地"))

        let complete = try office.draft("sakura-seiko")
        let asked = try office.run(complete, keys: [.function(2)])
        expectSnapshot(asked.snapshot(), named: "form-submit-dialog-80x24-ja")
        let submitted = try office.run(complete, keys: [.function(2), .left, .enter] + Self.typing("x"))
        #expect(try office.store("suzuki").loadCase(complete).status == .submitted)
        #expect(submitted.snapshot().contains("（提出済み）"))
        let status = submitted.snapshot().components(separatedBy: "\n").last!
        #expect(status.contains("提出済み"), "typing into a submitted case says why it cannot change: \(status)")
    }

    @Test("a committee member cannot open a draft; a case on an agenda they see read-only, with the reason")
    func committeeReadOnly() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        #expect(throws: StoreError.self) { try office.form(id, as: "member") }
        do {
            _ = try office.form(id, as: "member")
        } catch {
            let text = (error as? StoreError)?.text(.en) ?? "\(error)"
            #expect(text.contains("member may not read the case file of case \(id)"), "\(text)")
        }
        let officer = try office.store("suzuki")
        try officer.transition(caseID: id, to: .submitted, revision: 1)
        let meeting = try officer.createMeeting(date: LocalDate(iso: "2023-09-01")!, place: "会議室")
        try officer.addToAgenda(meetingID: meeting.id, caseIDs: [id])
        let revision = try officer.loadCase(id).revision
        let backend = try office.run(id, as: "member", keys: [.tab, .character("x")])
        let status = backend.snapshot().components(separatedBy: "\n").last!
        #expect(status.contains("事務局"), "the refusal says who may edit: \(status)")
        #expect(try officer.loadCase(id).revision == revision)
    }

    @Test("a finding is marked reviewed with a reason, and stays on the record")
    func reviewFinding() throws {
        let office = try FormTestOffice()
        let id = try office.draft("kappo-asaka")
        // 3-1 of あさか亭 is below the industry average: section 3 is page 5 (index 4); 3-1 is its first item.
        let keys: [Key] = [.pageDown, .pageDown, .pageDown, .pageDown, .function(4)] + Self.typing("繁忙期の一時的な落ち込み。翌年に回復") + [.enter]
        let backend = try office.run(id, keys: keys)
        let reviews = try office.store("suzuki").findingReviews(caseID: id)
        #expect(reviews.map(\.item) == ["3-1"])
        #expect(reviews.first?.reason == "繁忙期の一時的な落ち込み。翌年に回復")
        #expect(backend.snapshot().contains("確認済:") && backend.snapshot().contains("繁忙期の一時的な落ち込み"), "the review shows under the finding")
        // Opened again later: the review arrives with the case (`openCase`).
        let reopened = try office.run(id, keys: [.pageDown, .pageDown, .pageDown, .pageDown]).snapshot()
        #expect(reopened.contains("確認済:") && reopened.contains("繁忙期の一時的な落ち込み"), "\(reopened)")
    }
}
