import Foundation
@testable import NinteiApp
import NinteiTestSupport
import NinteiCore
import NinteiStore
import NinteiTerminal
import Testing

@Suite("The checklist screens, drawn to the in-memory terminal")
struct ScreenTests {
    static let library: ChecklistLibrary = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data").path
        do throws(DataFileError) { return try DataDirectory(path: data).loadChecklists() } catch { fatalError(error.text(.en)) }
    }()

    /// Runs the shell on a memory terminal with the given keys; returns the last frame.
    func screen(_ keys: [Key], width: Int = 80, height: Int = 24, language: Language = .ja) -> (shell: AppShell, backend: MemoryBackend) {
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        let shell = AppShell(root: ChecklistVersionsScreen(library: Self.library), language: language)
        shell.run(on: backend)
        return (shell, backend)
    }

    @Test("checklist versions", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en)])
    func home(width: Int, height: Int, language: Language) {
        let (_, backend) = screen([], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "versions-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("the checklist viewer opens on Enter and shows the selected item's evidence", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja)])
    func checklistViewer(width: Int, height: Int, language: Language) {
        let (_, backend) = screen([.enter, .down, .down], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "checklist-2-1-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("PgDn goes to the next section; Esc goes back to the versions")
    func navigation() {
        let (_, viewer) = screen([.enter, .pageDown, .pageDown])
        #expect(viewer.snapshot().contains(" 3-1 過去3年間において、有給休暇を10日以上"))
        let (_, home) = screen([.enter, .escape])
        #expect(home.snapshot().contains("チェックシートの版"))
    }

    @Test("the old form shows its placeholder points")
    func oldForm() {
        let (_, backend) = screen([.down, .enter])
        let text = backend.snapshot()
        #expect(text.contains("☆3-1-1"))
        #expect(text.contains("▶ 1-1-1"))
        #expect(text.contains("・配点 3点"))
    }

    @Test("? shows the help generated from the key bindings; any key closes it")
    func help() {
        let (_, open) = screen([.enter, .character("?")])
        expectSnapshot(open.snapshot(), named: "help-checklist-80x24-ja")
        let (_, closed) = screen([.enter, .character("?"), .character("x")])
        #expect(!closed.snapshot().contains("キー操作"))
    }

    @Test("smaller than 40×12 says so instead of drawing; growing again redraws")
    func tooSmall() {
        let backend = MemoryBackend(width: 80, height: 24)
        let shell = AppShell(root: ChecklistVersionsScreen(library: Self.library), language: .ja)
        backend.resize(width: 39, height: 11)
        shell.run(on: backend)
        #expect(backend.snapshot().trimmingCharacters(in: .newlines) == "画面が小さすぎます（40×12\n以上にしてください）")
        backend.resize(width: 40, height: 12)
        shell.run(on: backend)
        #expect(backend.snapshot().contains("チェックシートの版"))
    }

    @Test("q quits, from any screen")
    func quit() {
        let shell = AppShell(root: ChecklistVersionsScreen(library: Self.library), language: .ja)
        #expect(shell.handle(.enter))
        #expect(shell.handle(.character("q")) == false)
        #expect(shell.handle(.ctrl("c")) == false)
    }
}
