import NinteiTerminal
import Testing

struct NoColorTests {
    @Test("NO_COLOR set and not empty turns the screens' colours off; unset or empty leaves them on")
    func noColor() {
        #expect(TerminalEnvironment.colorAllowed(noColor: nil))
        #expect(TerminalEnvironment.colorAllowed(noColor: ""))
        #expect(!TerminalEnvironment.colorAllowed(noColor: "1"))
        #expect(!TerminalEnvironment.colorAllowed(noColor: "0"), "any non-empty value, even 0")
    }
}
