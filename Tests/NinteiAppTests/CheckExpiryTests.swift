import Foundation
import NinteiApp
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("nintei check expires ended certifications")
struct CheckExpiryTests {
    @Test("check moves an ended certification to expired once and says so; a second check moves nothing")
    func once() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("n.sqlite").path
        let data = try DataDirectory.load(explicit: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path)
        let admin = try Store.create(at: path, identity: Identity(login: "admin-user"), checklists: data.checklists, reference: data.reference)
        try admin.addUser("officer-user", role: .officer)
        let officer = try Store.open(at: path, identity: Identity(login: "officer-user"), mode: .readWrite, checklists: data.checklists, reference: data.reference)
        let document = try ApplicationFile.read(data.folder.path + "/examples/sakura-seiko.json", checklists: data.checklists)
        let id = try officer.createCase(document)
        try officer.write { db in
            try db.execute(sql: "UPDATE \"case\" SET status = 'certified' WHERE id = ?", arguments: [id])
            try db.execute(sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R2-001', ?, '2021-01-16', '2024-01-15')", arguments: [id])
        }
        let commands = StoreCommands(language: .en, dbOption: path, dataPath: data.folder.path, identity: Identity(login: "admin-user"))
        let first = commands.check()
        #expect(first.exitCode == 0, "\(first.errors)")
        #expect(first.output.contains("Expired: case \(id) 株式会社さくら精工 (R2-001, valid until 2024-01-15)"))
        let second = commands.check()
        #expect(second.exitCode == 0)
        #expect(!second.output.contains("Expired"))
        #expect(try officer.loadCase(id).status == .expired)
        #expect(try admin.auditEvents(caseID: id).filter { $0.after == "expired" }.count == 1)

        let stranger = StoreCommands(language: .en, dbOption: path, dataPath: data.folder.path, identity: Identity(login: "stranger"))
        let refused = stranger.check()
        #expect(refused.exitCode != 0, "a login with no role may not read the store's check")
        #expect(refused.errors.joined().contains("stranger may not read the store's check"), "\(refused.errors)")
    }
}
