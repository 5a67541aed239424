import NinteiTerminal
import NinteiTestSupport
import Testing

@Suite("Key bindings, status bar and help")
struct KeyBindingWidgetTests {
    static let bindings = [
        KeyBinding([.function(5), .ctrl("s")], "case.submit", label: "提出", disabledReason: "提出するには法令遵守の申告が必要です"),
        KeyBinding([.tab], "form.nextField", label: "次の欄"),
        KeyBinding([.backTab], "form.previousField", label: "前の欄", statusBar: false),
        KeyBinding([.character("?")], "app.help", label: "ヘルプ"),
        KeyBinding([.escape], "app.back", label: "戻る👍🏽"),
    ]

    @Test("the status bar shows the hints that fit; a disabled action is drawn muted")
    func statusBar() {
        var wide = CellBuffer(width: 80, height: 1)
        StatusBar(bindings: Self.bindings).draw(into: &wide, area: CellRect(x: 0, y: 0, width: 80, height: 1), focused: false)
        #expect(wide.render() == " F5 提出  Tab 次の欄  ? ヘルプ  Esc 戻る👍🏽")
        #expect(wide[1, 0].style.color == .muted)
        #expect(wide[9, 0].style.color == .normal)

        var narrow = CellBuffer(width: 24, height: 1)
        StatusBar(bindings: Self.bindings).draw(into: &narrow, area: CellRect(x: 0, y: 0, width: 24, height: 1), focused: false)
        #expect(narrow.render() == " F5 提出  Tab 次の欄", "hints that do not fit are left out whole")
    }

    @Test("a message replaces the hints, cut by display width")
    func message() {
        var buffer = CellBuffer(width: 20, height: 1)
        StatusBar(bindings: Self.bindings, message: "提出するには法令遵守の申告が必要です")
            .draw(into: &buffer, area: CellRect(x: 0, y: 0, width: 20, height: 1), focused: false)
        #expect(buffer.render() == " 提出するには法令遵…")
    }

    @Test("the help lists every binding with all its keys, and says why a disabled one cannot be used", arguments: [(80, 24), (40, 12)])
    func help(width: Int, height: Int) {
        var buffer = CellBuffer(width: width, height: height)
        HelpOverlay(title: "キー操作", bindings: Self.bindings).draw(into: &buffer, area: CellRect(x: 0, y: 0, width: width, height: height), focused: true)
        expectSnapshot(buffer.render(), named: "help-overlay-\(width)x\(height)")
    }

    @Test("a key finds its binding; keys are named for people")
    func lookup() {
        #expect(Self.bindings.binding(for: .ctrl("s"))?.action == "case.submit")
        #expect(Self.bindings.binding(for: .character("x")) == nil)
        #expect(Self.bindings[0].keyNames == "F5/Ctrl-S")
        #expect(Self.bindings[2].keyNames == "Shift-Tab")
    }
}
