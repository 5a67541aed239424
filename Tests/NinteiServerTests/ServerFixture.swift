import Foundation
import Logging
import NinteiClient
import NinteiCore
import NinteiServer
import NinteiStore

/// A store in a private temporary folder served by an in-process `OfficeServer` on a socket
/// beside it. The kernel names this test process's own login to the server, so the fixture
/// gives that login the roles a test needs (`grant`), and acts as others directly on the file.
final class ServerFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The repository's data folder, with no configuration file (the host's /etc/nintei/nintei.toml is not read).
    static let data: ShippedData = try! DataDirectory.load(explicit: repository.appendingPathComponent("data").path, configuration: .empty)

    let folder: URL
    let storePath: String
    let socketPath: String
    let me = Identity.current()
    let owner: Store
    private(set) var server: OfficeServer?
    /// The server process's data folder: the repository's, with this configuration over it.
    let serverData: ShippedData

    init(configuration: OfficeConfiguration = .empty) throws {
        serverData = try DataDirectory.load(explicit: Self.repository.appendingPathComponent("data").path, configuration: configuration)
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("nintei-server-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        storePath = folder.appendingPathComponent("office.sqlite").path
        socketPath = folder.appendingPathComponent("office.sock").path
        owner = try Store.create(at: storePath, identity: Identity(login: "owner-admin"), checklists: Self.data.checklists, reference: Self.data.reference)
        try start()
    }

    deinit {
        server?.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    func start() throws {
        var logger = Logger(label: "nintei.serve.test")
        logger.logLevel = .critical
        server = try OfficeServer(router: OfficeRouter(store: owner, program: try ServerProgram(data: serverData)), socketPath: socketPath, logger: logger)
    }

    func stop() {
        server?.stop()
        server = nil
    }

    /// Gives this process's login a role (as the store's administrator).
    func grant(_ role: Role) throws {
        try owner.addUser(me.login, role: role)
    }

    /// Another login acting directly on the file.
    func direct(_ login: String, role: Role) throws -> Store {
        try owner.addUser(login, role: role)
        return owner.acting(as: Identity(login: login))
    }

    func client() throws -> OfficeClient {
        try OfficeClient(socket: socketPath)
    }

    func example(_ name: String) throws -> ApplicationDocument {
        try ApplicationFile.read(Self.data.folder.path + "/examples/\(name).json", checklists: Self.data.checklists)
    }
}
