import NinteiApp
import NinteiCore
import Testing

@Suite("Progress of long commands on standard error")
struct ProgressLineTests {
    @Test("nothing is written when standard error is not a terminal")
    func notATerminal() {
        var written = ""
        let progress = ProgressLine(language: .ja, isTerminal: false, write: { written += $0 })
        for done in 0...10 { progress.update(done, 10) }
        progress.clear()
        #expect(written.isEmpty)
    }

    @Test("on a terminal: n/N redrawn in place, the last line ended, a cleared line erased")
    func onATerminal() {
        var written = ""
        let progress = ProgressLine(language: .en, isTerminal: true, write: { written += $0 })
        progress.update(0, 4)
        #expect(written == "\r\u{1B}[K0/4")
        progress.update(4, 4)
        #expect(written.hasSuffix("\r\u{1B}[K4/4\n"))
        progress.clear()
        #expect(written.hasSuffix("4/4\n"), "an ended line is not erased")
    }

    @Test("the time left reads as seconds or minutes")
    func timeLeft() {
        #expect(ProgressLine.timeLeft(seconds: 0, .ja) == "1秒")
        #expect(ProgressLine.timeLeft(seconds: 42, .en) == "42 s")
        #expect(ProgressLine.timeLeft(seconds: 150, .ja) == "3分")
    }
}
