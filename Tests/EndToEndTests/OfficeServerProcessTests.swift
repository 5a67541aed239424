import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `nintei serve` as a real process, run by this test's own login (standing in for the service
/// account): it refuses a store others can read, stops cleanly on SIGTERM, and a SIGKILL in the
/// middle of an import through it leaves the store intact at its next start.
@Suite("The office server as a process", .serialized)
struct OfficeServerProcessTests {
    /// A private folder with a demo store only this login can open, and a socket beside it.
    final class PrivateOffice {
        let workspace: StoreCommandTests.Workspace
        var folder: URL { workspace.folder }
        var db: String { workspace.db }
        var socket: String { folder.appendingPathComponent("office.sock").path }
        var log: String { folder.appendingPathComponent("serve.log").path }
        private(set) var server: Process?

        init() throws {
            workspace = try StoreCommandTests.Workspace()
            chmod(folder.path, 0o700)
            try makePrivate()
        }

        deinit {
            if let server, server.isRunning { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        }

        func makePrivate() throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("nintei.sqlite") {
                chmod(folder.appendingPathComponent(name).path, 0o600)
            }
        }

        /// Starts the server and waits until it says it serves.
        func start() throws {
            FileManager.default.createFile(atPath: log, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["serve", "--db", db, "--socket", socket, "--data", Binary.repository.appendingPathComponent("data").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle(forWritingAtPath: log)
            try process.run()
            server = process
            // The log line, not the socket file: a killed server leaves its socket behind.
            #expect(eventually { serverLog.contains("serving ") }, "the server says it is serving: \(serverLog)")
        }

        var serverLog: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

        func client(_ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments + ["--server", socket, "--lang", "en"])
        }
    }

    @Test("a store its group or others can read is refused, naming each file and the chmod that fixes it")
    func refusesAnOpenStore() throws {
        let office = try PrivateOffice()
        chmod(office.db, 0o644)
        let result = try Binary.run(["serve", "--db", office.db, "--socket", office.socket, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(office.db) can be read or written by its group or by others"))
        #expect(result.standardError.contains("chmod 600 \(office.db)"))
        #expect(!FileManager.default.fileExists(atPath: office.socket))
    }

    @Test("SIGTERM stops the server: exit 0, the socket removed, the audit head logged")
    func stopsOnSigterm() throws {
        let office = try PrivateOffice()
        try office.start()
        let cases = try office.client(["cases"])
        #expect(cases.status == 0, "\(cases.standardError)")
        let server = try #require(office.server)
        kill(server.processIdentifier, SIGTERM)
        server.waitUntilExit()
        #expect(server.terminationReason == .exit && server.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: office.socket))
        #expect(office.serverLog.contains("stopped; audit head "))
        let gone = try office.client(["cases"])
        #expect(gone.status == 2)
        #expect(gone.standardError.contains("the office server does not answer"))
    }

    @Test("killed with SIGKILL during an import through it, the server's store is intact at the next start, and the import completes when run again")
    func killedMidImport() throws {
        let office = try PrivateOffice()
        let files = try office.workspace.documents(900)
        try office.start()
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: Binary.path)
        importer.arguments = ["import", "--lang", "en", "--server", office.socket] + files
        let output = Pipe()
        importer.standardOutput = output
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        // Kill the server as soon as the first batch has been reported, so later ones are in flight.
        var printed = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += chunk
            if String(decoding: printed, as: UTF8.self).contains("→ case ") { break }
        }
        let server = try #require(office.server)
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
        printed += output.fileHandleForReading.readDataToEndOfFile()
        importer.waitUntilExit()

        try office.start()
        let check = try office.client(["check"])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("integrity ok"))
        let again = try office.client(["import"] + files)
        #expect(again.status == 0, "\(again.standardError.prefix(500))")
        let listed = try office.client(["cases"])
        let rows = listed.standardOutput.split(separator: "\n").filter { $0.contains("番 ") }
        #expect(rows.count == files.count, "every file is a case exactly once")
    }

    @Test("a store every login can write is not opened directly; the message points to nintei serve")
    func worldWritableStoreRefusedDirectly() throws {
        let office = try PrivateOffice()
        chmod(office.db, 0o666)
        let result = try Binary.run(["cases", "--db", office.db, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("can be written by every login on this host"))
        #expect(result.standardError.contains("nintei serve"))
    }

    @Test("nintei --server opens the home screen, acting as this login")
    func homeScreenThroughTheServer() throws {
        let office = try PrivateOffice()
        try office.start()
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        let session = try TmuxSession(command: "LANG=C.UTF-8 TERM=xterm-256color '\(Binary.path)' --server '\(office.socket)'")
        defer { try? session.killSession() }
        let screen = session.waitUntil { $0.contains(login) && $0.contains("案件") }
        #expect(screen != nil, "the home screen names the login and offers the cases: \(session.screen())")
    }
}
