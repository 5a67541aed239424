import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import Testing

/// The intake form holding the office through the server: when the server goes away, what was
/// typed stays in the field with a message naming the server, and leaving the field again once
/// the server is back saves it.
@Suite struct FormThroughServerTests {
    @Test func aFieldTypedWhileTheServerIsAwayIsKeptAndSavedWhenItIsBack() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        let id = try client.createCase(try office.example("midori-kensetsu"))
        let recovery = RecoveryFolder(path: office.folder.appendingPathComponent("recovery").path)
        let form = try CaseFormScreen(store: client, caseID: id, language: .ja, recovery: recovery)
        // Profile: received, name, kana, address.
        for _ in 0..<3 { _ = form.perform("form.nextField") }
        for key in [Key.ctrl("a"), .ctrl("k")] + "埼玉県朝霞市栄町2-2".map(Key.character) { _ = form.handle(key) }

        office.stop()
        guard case .say(let refusal) = form.perform("form.nextField") else {
            Issue.record("leaving the field while the server is away must say why nothing was saved")
            return
        }
        #expect(refusal.ja.contains(office.socketPath))
        #expect(render(form).contains("埼玉県朝霞市栄町2-2"), "the typed address stays on screen")

        try office.start()
        guard case .say(let saved) = form.perform("form.nextField") else {
            Issue.record("leaving the field again must save it")
            return
        }
        #expect(saved.ja.contains("保存しました"))
        #expect(try office.owner.acting(as: office.me).loadCase(id).document.firm.address == "埼玉県朝霞市栄町2-2")
    }

    private func render(_ screen: CaseFormScreen) -> String {
        let shell = AppShell(root: screen, language: .ja)
        return shell.frame(size: TerminalSize(width: 80, height: 24)).render()
    }
}
