import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// Issue 18: the CSV export through the office server is streamed as it is made, not built in
/// memory, and is the same file as the export on the store file.
@Suite("The CSV export through the office server, streamed")
struct CSVExportThroughServerTests {
    /// The pieces the CSV came in, streamed from the server (skipping damaged cases, of which there are none here).
    static func pieces(_ client: OfficeClient, _ ids: [Int64]?) throws -> [String] {
        var pieces: [String] = []
        #expect(try client.exportCSV(ids, skippingDamaged: true) { (piece: String) throws(StoreError) in pieces.append(piece) }.isEmpty)
        return pieces
    }

    @Test("streamed through the server, the CSV is the one made on the store file byte for byte, for every case and for chosen ones, in pieces")
    func sameBytesAsInProcess() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let officer = try office.direct("officer-b", role: .officer)
        let examples = try ["sakura-seiko", "midori-kensetsu", "kappo-asaka", "hinode-shoukai"].map(office.example)
        let names = ["株式会社テスト", "=SUM(A1)", "comma, and \"quotes\"", "line\nbreak", "-3"]
        let created = try officer.createCases((0..<300).map { index in
            var document = examples[index % examples.count]
            document.firm.name = "\(names[index % names.count]) \(index)"
            return (document, CaseStatus.draft)
        })
        #expect(created.allSatisfy { (try? $0.get()) != nil })
        let client = try office.client()
        let ids = try officer.caseIDs()
        let whole = try officer.exportCSV(ids)

        let every = try Self.pieces(client, nil)
        #expect(Array(every.joined().utf8) == Array(whole.utf8))
        #expect(every.count > 1, "300 cases come in more than one piece")
        let chosen = Array(ids.reversed().prefix(7)) + [ids[0]]
        #expect(Array(try Self.pieces(client, chosen).joined().utf8) == Array(try officer.exportCSV(chosen).utf8))
    }

    @Test("a login that may not export is refused before anything is written, as on the store file; so is a case that does not exist")
    func refusedBeforeItBegins() throws {
        let office = try ServerFixture()
        try office.grant(.committee)
        let client = try office.client()
        var written = 0
        let onFile = #expect(throws: StoreError.self) {
            try office.owner.acting(as: office.me).exportCSV(nil, skippingDamaged: true) { (_: String) throws(StoreError) in written += 1 }
        }
        let served = #expect(throws: StoreError.self) {
            try client.exportCSV(nil, skippingDamaged: true) { (_: String) throws(StoreError) in written += 1 }
        }
        #expect(served?.text(.en) == onFile?.text(.en))
        #expect(written == 0)

        try office.grant(.officer)
        let missing = #expect(throws: StoreError.self) {
            try client.exportCSV([404], skippingDamaged: false) { (_: String) throws(StoreError) in written += 1 }
        }
        #expect(missing?.text(.en) == StoreError.noSuchCase(404).text(.en))
        #expect(written == 0)
    }
}
