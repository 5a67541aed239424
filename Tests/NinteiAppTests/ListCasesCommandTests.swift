import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import Testing

@Suite("nintei cases")
struct ListCasesCommandTests {
    @Test("an office longer than the listing says how many of how many it shows, in both languages; a short one says its count")
    func longOfficeListedInPart() throws {
        let office = try FormTestOffice()
        let store = try office.store("yamada")
        let example = try ApplicationFile.read(Binary.dataPath + "/examples/sakura-seiko.json", checklists: try DataDirectory(path: Binary.dataPath).loadChecklists())
        _ = try store.createCases((0..<(StoreCommands.listedCases + 5)).map { index in
            var document = example
            document.firm.name = index < 3 ? "みどり\(index)" : "\(index)番"
            return (document, CaseStatus.draft)
        })
        func lastLine(_ language: Language, search: String? = nil) -> String {
            let commands = StoreCommands(language: language, dbOption: office.path, dataPath: Binary.dataPath, identity: Identity(login: "yamada"))
            let listed = commands.listCases(status: nil, search: search)
            #expect(listed.exitCode == 0, "\(listed.errors)")
            return listed.output.split(separator: "\n").last.map(String.init) ?? ""
        }
        #expect(lastLine(.en) == "1000 of 1005 cases shown, the newest received (narrow with --status or --search)")
        #expect(lastLine(.ja) == "1005件中 受付の新しい1000件を表示（--status・--search で絞り込めます）")
        #expect(lastLine(.en, search: "みどり") == "3 cases")
    }
}
