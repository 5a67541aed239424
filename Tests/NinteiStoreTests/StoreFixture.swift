import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore

/// A new store in a temporary folder, created by "admin-user", with an officer, a committee
/// member and a chair, each acting through their own `Store` (their own connections).
final class StoreFixture {
    static let data = DataDirectory(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data").path)
    static let library = try! data.loadChecklists()
    static let reference = try! data.loadReference()

    let folder: URL
    let path: String
    let admin: Store

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("nintei.sqlite").path
        admin = try Store.create(at: path, identity: Identity(login: "admin-user"), checklists: Self.library, reference: Self.reference)
        try admin.addUser("officer-user", role: .officer)
        try admin.addUser("member-user", role: .committee)
        try admin.addUser("chair-user", role: .chair)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func store(_ login: String, mode: Store.Mode = .readWrite) throws -> Store {
        try Store.open(at: path, identity: Identity(login: login), mode: mode, checklists: Self.library, reference: Self.reference)
    }

    /// Gives a store's own login a role, as an administrator would: for stores made outside
    /// `Store.create` (an old schema, an empty database), which have no user yet.
    static func grant(_ role: Role, to store: Store) throws {
        try store.write { db in try UserRepository.insert(db, login: store.identity.login, role: role, by: "test") }
    }

    func example(_ name: String) throws -> ApplicationDocument {
        try ApplicationFile.read(Self.data.path + "/examples/\(name).json", checklists: Self.library)
    }

    /// Raw SQL on the file, bypassing the store, as someone tampering with it would.
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }
}
