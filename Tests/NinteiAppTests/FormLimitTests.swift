import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import Testing

/// Issue 19, part 6 in the intake form: a text field stops at the length the store takes and
/// says so, rather than taking text the store would refuse.
@Suite("The intake form's text fields stop at the store's limits")
struct FormLimitTests {
    @Test("the firm name stops at 200 characters with a message; what was typed up to it is saved")
    func firmNameStopsAtTheLimit() throws {
        let office = try FormTestOffice()
        let id = try office.draft("sakura-seiko")
        let form = try CaseFormScreen(store: office.store("yamada"), caseID: id, language: .ja)
        _ = form.perform("form.nextField")  // received → firm name
        for key in [Key.ctrl("a"), .ctrl("k")] + Array(repeating: Key.character("株"), count: InputLimits.line) {
            guard case .stay? = form.handle(key) else {
                Issue.record("\(key) was not taken")
                return
            }
        }
        guard case .say(let message)? = form.handle(.character("株")) else {
            Issue.record("the 201st character must be refused with a message")
            return
        }
        #expect(message.ja == "この欄は 200 文字までです")
        #expect(message.en == "This field holds at most 200 characters")
        _ = form.perform("form.nextField")
        #expect(try office.store("yamada").loadCase(id).document.firm.name == String(repeating: "株", count: InputLimits.line))
    }

    @Test("every text field of every page takes at most what the store takes at its path")
    func everyFieldHasTheStoresLimit() throws {
        let checklist = try #require(FormTestOffice.library.checklist("asaka-2023"))
        var checked = 0
        for page in FormPage.all(of: checklist) {
            for field in FormPageBuilder(page: page, checklist: checklist, language: .ja).fields {
                guard case .text(let text) = field.control else { continue }
                let limit = field.path.description == "firm.industry" ? 1 : InputLimits.maxLength(at: field.path)
                #expect(text.editor.maximumLength == limit, "\(field.path)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}
