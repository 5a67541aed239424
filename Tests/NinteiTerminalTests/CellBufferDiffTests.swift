import Testing
import NinteiTerminal

struct CellBufferDiffTests {
    private func buffer(_ lines: String...) -> CellBuffer {
        var buffer = CellBuffer(width: 8, height: lines.count)
        for (y, line) in lines.enumerated() {
            buffer.put(line, x: 0, y: y)
        }
        return buffer
    }

    @Test func sameFrameHasNoChanges() {
        #expect(buffer("認定 ok", "abc").diff(from: buffer("認定 ok", "abc")).isEmpty)
    }

    @Test func reportsOnlyTheChangedCells() {
        let runs = buffer("abcdef", "123456").diff(from: buffer("abXdef", "1234Y6"))
        #expect(runs == [
            CellRun(x: 2, y: 0, cells: [Cell("c")]),
            CellRun(x: 4, y: 1, cells: [Cell("5")]),
        ])
    }

    @Test func separateChangesInOneRowAreSeparateRuns() {
        let runs = buffer("abcdefgh").diff(from: buffer("XbcdefgY"))
        #expect(runs.map(\.x) == [0, 7])
    }

    @Test func aChangedWideCharacterIsSentWhole() {
        let runs = buffer("a本b").diff(from: buffer("a日b"))
        #expect(runs == [CellRun(x: 1, y: 0, cells: [Cell("本"), Cell("")])])
        #expect(runs[0].graphemes.map(\.width) == [2])
    }

    @Test func overwritingHalfAWideCharacterSendsBothHalves() {
        var next = buffer("日本")
        next.put("x", x: 1, y: 0)
        let runs = next.diff(from: buffer("日本"))
        #expect(runs == [CellRun(x: 0, y: 0, cells: [Cell(" "), Cell("x")])])
    }

    @Test func styleChangesCount() {
        var next = buffer("ab")
        next.put("b", x: 1, y: 0, style: CellStyle(bold: true))
        #expect(next.diff(from: buffer("ab")).map(\.x) == [1])
    }

    @Test func everythingWhenThereIsNoPreviousFrameOrTheSizeChanged() {
        let frame = buffer("ab", "cd")
        #expect(frame.diff(from: nil).count == 2)
        #expect(frame.diff(from: CellBuffer(width: 7, height: 2)).map(\.cells.count) == [8, 8])
    }
}
