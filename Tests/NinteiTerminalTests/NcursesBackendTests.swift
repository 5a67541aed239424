#if canImport(Glibc)
import Glibc
#endif
import Testing
import NinteiTerminal

struct NcursesBackendTests {
    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func refusesWithoutATerminal() {
        #expect(throws: TerminalError.notATerminal) { try NcursesBackend() }
    }

    @Test func errorsSpeakBothLanguages() {
        let error = TerminalError.unsupportedTerminal(term: "dumb")
        #expect(error.description.contains("TERM=dumb"))
        #expect(error.japanese.contains("端末"))
        #expect(error.english.contains("terminal"))
    }
}
