import Testing
import NinteiTerminal

struct MemoryBackendTests {
    @Test func snapshotIsTheLastFrame() {
        let backend = MemoryBackend(width: 16, height: 3)
        #expect(backend.snapshot() == "")
        var frame = CellBuffer(size: backend.size)
        frame.put("申請一覧", x: 0, y: 0, style: CellStyle(bold: true))
        frame.put("株式会社ﾃｽﾄ", x: 2, y: 1)
        frame.put("F1 ヘルプ", x: 0, y: 2, style: CellStyle(reverse: true))
        backend.draw(frame, cursor: CellPosition(x: 3, y: 1))
        #expect(backend.snapshot() == """
            申請一覧
              株式会社ﾃｽﾄ
            F1 ヘルプ
            """)
        #expect(backend.cursor == CellPosition(x: 2, y: 1), "moved off the second half of 株")
    }

    @Test func recordsWhatEachFrameChanged() {
        let backend = MemoryBackend(width: 10, height: 2)
        var frame = CellBuffer(size: backend.size)
        frame.put("未提出", x: 0, y: 0)
        backend.draw(frame, cursor: nil)
        #expect(backend.lastChanges.count == 2, "first frame sends every row")
        frame.put("提出済", x: 0, y: 0)
        backend.draw(frame, cursor: nil)
        #expect(backend.lastChanges == [
            CellRun(x: 0, y: 0, cells: ["提", "", "出", "", "済", ""].map { Cell($0) }),
        ])
        backend.draw(frame, cursor: nil)
        #expect(backend.lastChanges.isEmpty)
    }

    @Test func scriptedKeys() {
        let backend = MemoryBackend(width: 40, height: 12, keys: [.down, .enter])
        backend.type("がﾊﾟ👍🏽")
        backend.press(.ctrl("s"), .function(2))
        backend.resize(width: 80, height: 24)
        var keys: [Key] = []
        while let key = backend.readKey() { keys.append(key) }
        #expect(keys == [
            .down, .enter, .character("が"), .character("ﾊﾟ"), .character("👍🏽"),
            .ctrl("s"), .function(2), .resize,
        ])
        #expect(backend.size == TerminalSize(width: 80, height: 24))
    }

    @Test func keyNamesForHints() {
        #expect(Key.ctrl("s").description == "Ctrl-S")
        #expect(Key.function(10).description == "F10")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.character(" ").description == "Space")
    }
}
