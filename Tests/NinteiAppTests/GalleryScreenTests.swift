@testable import NinteiApp
import NinteiCore
import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("The widget gallery, drawn to the in-memory terminal")
struct GalleryScreenTests {
    func run(_ keys: [Key], width: Int = 80, height: Int = 24, language: Language = .ja) -> MemoryBackend {
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        AppShell(root: GalleryScreen(language: language), language: language).run(on: backend)
        return backend
    }

    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    static let filledIn: [Key] =
        typing("山田太郎ﾀﾛｳ") + [.tab] + typing("当社では「家族の日」を毎月設け、社員が定時で帰宅できるよう取り組んでいます。")
        + [.tab] + typing("２５") + [.tab, .character(" "), .tab, .down, .character(" "), .tab] + typing("12.5") + [.tab] + typing("150")

    @Test("filled in", arguments: [(80, 24, Language.ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en)])
    func filledIn(width: Int, height: Int, language: Language) {
        let backend = run(Self.filledIn, width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "gallery-filled-\(width)x\(height)-\(language.rawValue)")
        #expect(backend.snapshot().contains("150"), "the focused table stays in view")
        #expect(backend.cursor != nil)
    }

    @Test("q and ? type into a text field; F1 and Ctrl-C are offered instead")
    func lettersTypeInAField() {
        let backend = run(Self.typing("q?"))
        let lines = backend.snapshot().components(separatedBy: "\n")
        #expect(lines[1].hasSuffix("q?"))
        #expect(lines.last!.contains("Ctrl-C 終了") && lines.last!.contains("F1 ヘルプ"))
        #expect(backend.cursor == CellPosition(x: 14, y: 1))
    }

    @Test("a refused key says why on the status line")
    func refusal() {
        let backend = run([.tab, .tab] + Self.typing("x"), language: .en)
        #expect(backend.snapshot().hasSuffix(" Only digits can be typed here"))
    }

    @Test("the dialog takes the keys until it is answered")
    func dialog() {
        let open = run([.function(2)], width: 40, height: 12)
        expectSnapshot(open.snapshot(), named: "gallery-dialog-40x12-ja")
        let cancelled = run([.function(2), .character("x"), .enter])
        #expect(!cancelled.snapshot().contains("保存されません"))
        #expect(cancelled.cursor == CellPosition(x: 12, y: 1), "back in the name field")
    }

    @Test("every size down to 40×12 draws; smaller says so", arguments: [(40, 12), (41, 13), (57, 19), (120, 40), (39, 12), (20, 5), (1, 1)])
    func sizes(width: Int, height: Int) {
        let backend = run(Self.filledIn, width: width, height: height)
        let text = backend.snapshot()
        if width < 40 || height < 12 {
            #expect(text.contains("画面が小さ") || width < 4)
        } else {
            #expect(text.contains("部品見本"))
            #expect(text.components(separatedBy: "\n").allSatisfy { $0.displayWidth <= width })
        }
    }
}
