import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("The CSV export written a few rows at a time")
struct CSVStreamTests {
    /// The streamed CSV and the number of pieces it was handed over in.
    static func streamed(_ store: Store, _ ids: [Int64]?, skippingDamaged: Bool = false) throws -> (text: String, pieces: Int, damaged: [StoreError]) {
        var text = ""
        var pieces = 0
        let damaged = try store.exportCSV(ids, skippingDamaged: skippingDamaged) { (piece: String) throws(StoreError) in
            text += piece
            pieces += 1
        }
        return (text, pieces, damaged)
    }

    @Test("on the demo office, the streamed CSV is the in-memory CSV byte for byte, for every case and for chosen ones")
    func demo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("demo.sqlite").path
        _ = try DemoOffice.build(at: path, from: StoreFixture.data, identity: Identity(login: "newcomer"),
                                 checklists: StoreFixture.library, reference: StoreFixture.reference)
        let store = try Store.open(at: path, identity: Identity(login: "newcomer"), mode: .readOnly, checklists: StoreFixture.library, reference: StoreFixture.reference)
        let ids = try store.caseIDs()
        let whole = try store.exportCSV(ids)
        #expect(Array(try Self.streamed(store, nil).text.utf8) == Array(whole.utf8))
        #expect(Array(try Self.streamed(store, ids).text.utf8) == Array(whole.utf8))
        let chosen = Array(ids.reversed().prefix(5)) + [ids[0]]
        #expect(Array(try Self.streamed(store, chosen).text.utf8) == Array(try store.exportCSV(chosen).utf8), "the order given, each as often as named")
    }

    @Test("on a few hundred cases with hostile text and a damaged case, the bytes are the same")
    func hundreds() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let examples = try ["sakura-seiko", "midori-kensetsu", "kappo-asaka", "hinode-shoukai"].map(fixture.example)
        let names = ["株式会社テスト", "=SUM(A1)", "comma, and \"quotes\"", "line\nbreak", "-3", "tab\tand\u{1B}[2J"]
        var items: [(document: ApplicationDocument, status: CaseStatus)] = []
        for index in 0..<400 {
            var document = examples[index % examples.count]
            document.firm.name = names[index % names.count] + "\(index)"
            document.firm.address = String(repeating: "朝霞市本町", count: 1 + index % 9)
            items.append((document, index % 3 == 0 ? .submitted : .draft))
        }
        let ids = try officer.createCases(items).map { try $0.get() }

        let whole = try officer.exportCSV(ids)
        let all = try Self.streamed(officer, nil)
        #expect(Array(all.text.utf8) == Array(whole.utf8))
        #expect(all.pieces > 1, "handed over a piece at a time, not as one text")
        #expect(all.damaged.isEmpty)

        // A damaged document: left out and named when skipping, else the export stops.
        try fixture.tamper("UPDATE \"case\" SET document = '{' WHERE id = \(ids[7])")
        let skipped = try Self.streamed(officer, nil, skippingDamaged: true)
        var others = ids
        others.remove(at: 7)
        #expect(Array(skipped.text.utf8) == Array(try officer.exportCSV(others).utf8))
        #expect(skipped.damaged.count == 1)
        #expect(throws: StoreError.self) { try Self.streamed(officer, nil) }
        #expect(throws: StoreError.self) { try Self.streamed(officer, [ids[0], 999_999]) }
    }
}
