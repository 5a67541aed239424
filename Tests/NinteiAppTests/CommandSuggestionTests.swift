import NinteiApp
import NinteiCore
import Testing

struct CommandSuggestionTests {
    let names = ["open", "cases", "certificate", "minutes", "meeting", "letters", "packet", "publish", "renew", "renewals", "help"]

    @Test("a mistyped command is answered with the nearest ones, in the user's language")
    func suggestions() {
        #expect(CommandSuggestion.candidates("casez", among: names) == ["cases"])
        #expect(CommandSuggestion.candidates("minuts", among: names) == ["minutes"])
        #expect(CommandSuggestion.candidates("certif", among: names) == ["certificate"], "a beginning names the command")
        #expect(CommandSuggestion.candidates("xyzzy", among: names) == [])
        #expect(CommandSuggestion.message("casez", among: names, language: .en)
            == "\"casez\" is not a nintei command; did you mean: cases (nintei --help lists them)")
        #expect(CommandSuggestion.message("casez", among: names, language: .ja)
            == "「casez」というコマンドはありません。もしかして: cases（一覧は nintei --help）")
        #expect(CommandSuggestion.message("\u{1B}[2J", among: names, language: .en).hasPrefix("\"\\u{1B}[2J\" is not"), "the word is shown escaped")
    }
}
