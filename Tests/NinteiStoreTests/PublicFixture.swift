import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore

extension StoreFixture {
    /// A case made by the officer from an example, renamed, in `status`, with a certificate when given.
    @discardableResult
    func seedCase(
        _ example: String = "sakura-seiko", name: String, kana: String? = nil, status: CaseStatus,
        certificate: (number: String, issuedOn: String, validUntil: String)? = nil,
        edit: (inout ApplicationDocument) -> Void = { _ in }
    ) throws -> Int64 {
        var document = try self.example(example)
        document.firm.name = name
        document.firm.kana = kana
        edit(&document)
        let officer = try store("officer-user")
        return try officer.write { db in
            let id = try officer.insertCase(db, document, status: status)
            if let certificate {
                try db.execute(
                    sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES (?, ?, ?, ?)",
                    arguments: [certificate.number, id, certificate.issuedOn, certificate.validUntil])
            }
            return id
        }
    }
}

/// The demo office (data/demo, as on 2026-11-21) in a temporary folder, opened read-only.
final class DemoFixture {
    static let day = LocalDate(iso: "2026-11-21")!
    let folder: URL
    let path: String
    /// The public's view: a login with no role.
    let store: Store
    /// The office's view: the building login (officer and administrator), read-only.
    let office: Store

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-demo-public-\(UUID().uuidString)")
        path = folder.appendingPathComponent("demo.sqlite").path
        try DemoOffice.build(at: path, from: StoreFixture.data, identity: Identity(login: "builder"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        store = try Store.openReadOnly(at: path, identity: Identity(login: "visitor"), checklists: StoreFixture.library, reference: StoreFixture.reference)
        office = try Store.openReadOnly(at: path, identity: Identity(login: "builder"), checklists: StoreFixture.library, reference: StoreFixture.reference)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
