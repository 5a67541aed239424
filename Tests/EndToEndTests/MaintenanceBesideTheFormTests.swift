import Foundation
import NinteiTestSupport
import Testing

/// An officer saves fields in the intake form while an administrator runs the store's
/// maintenance beside it, as an office works: nothing the form confirmed may be lost.
@Suite("Maintenance beside an open form", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct MaintenanceBesideTheFormTests {
    typealias Office = IntakeFormTests.Office

    /// Runs `nintei check`, `nintei backup` and `sqlite3 … 'pragma integrity_check'` in turn
    /// until told to stop, and remembers any run that did not succeed.
    final class MaintenanceLoop: @unchecked Sendable {
        private let lock = NSLock()
        private var stopping = false
        private(set) var failures: [String] = []
        private(set) var rounds = 0
        let finished = DispatchSemaphore(value: 0)

        func start(database: String, folder: URL) {
            @Sendable func nintei(_ arguments: [String]) -> Binary.Result? { try? Binary.run(arguments + ["--db", database]) }
            let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
            Thread {
                var round = 0
                while !self.isStopping {
                    round += 1
                    self.record("check", nintei(["check"]))
                    let backup = folder.appendingPathComponent("backup-\(round).sqlite").path
                    self.record("backup", nintei(["backup", backup]))
                    try? FileManager.default.removeItem(atPath: backup)
                    if let sqlite {
                        let shell = Process()
                        shell.executableURL = URL(fileURLWithPath: sqlite)
                        shell.arguments = [database, "pragma integrity_check"]
                        let output = Pipe()
                        shell.standardOutput = output
                        shell.standardError = output
                        try? shell.run()
                        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                        shell.waitUntilExit()
                        // "database is locked" is SQLite waiting its turn, not damage.
                        if text.trimmingCharacters(in: .whitespacesAndNewlines) != "ok", !text.contains("locked") {
                            self.fail("sqlite3 integrity_check: \(text)")
                        }
                    }
                    self.lock.lock()
                    self.rounds = round
                    self.lock.unlock()
                }
                self.finished.signal()
            }.start()
        }

        var isStopping: Bool {
            lock.lock()
            defer { lock.unlock() }
            return stopping
        }

        func stop() {
            lock.lock()
            stopping = true
            lock.unlock()
            finished.wait()
        }

        private func record(_ what: String, _ result: Binary.Result?) {
            guard let result else { return fail("\(what): could not run") }
            if result.status != 0 { fail("\(what) exited \(result.status): \(result.standardError)") }
        }

        private func fail(_ text: String) {
            lock.lock()
            failures.append(text)
            lock.unlock()
        }
    }

    /// Whether the `nintei form` process of this office holds a POSIX lock on the store file.
    static func formHoldsALockOnTheStore(_ office: Office) -> Bool {
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pgrep.arguments = ["pgrep", "-f", "^\(Binary.path) form 1 --db \(office.database)"]
        let output = Pipe()
        pgrep.standardOutput = output
        try? pgrep.run()
        let pids = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        pgrep.waitUntilExit()
        return FileLocks.count(on: office.database, heldBy: Set(pids.map(String.init))) > 0
    }

    @Test("an officer saves fields for a minute while check, backup and sqlite3's integrity_check loop beside the form: the store stays whole and every confirmed save is in the audit log")
    func savesSurviveMaintenance() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.waitFor("基本情報") != nil else {
            Issue.record("the form did not open:\n\(session.screen())")
            return
        }
        // While it is open, the form holds SQLite's shared lock on the store file: without it,
        // another process's checkpoint on close truncates the log the form writes into.
        #expect(Self.formHoldsALockOnTheStore(office), "the form holds no lock on \(office.database)")
        try session.sendKeys("Tab", "Tab", "Tab")
        let maintenance = MaintenanceLoop()
        maintenance.start(database: office.database, folder: office.folder)
        var confirmed: [String] = []
        // A minute of work, not a time bound: the test asserts what was confirmed, not how fast.
        let end = Date().addingTimeInterval(60)
        // The draft was imported at revision 1; each confirmed save of the address adds one.
        while Date() < end {
            let value = "朝霞市本町\(confirmed.count + 1)"
            try session.sendKeys("C-a", "C-k")
            try session.type(value)
            try session.sendKeys("Tab")
            let evidence = "（版 \(confirmed.count + 2)）"
            guard let screen = session.waitFor(evidence, orAnyOf: ["保存できません", "読めません", "置き換えられました"]),
                  screen.contains(evidence)
            else {
                Issue.record("save \(confirmed.count + 1) was not confirmed:\n\(session.screen())")
                break
            }
            confirmed.append(value)
            try session.sendKeys("BTab")
        }
        maintenance.stop()
        try session.sendKeys("C-c")
        #expect(session.waitFor("nintei-exited=") != nil, "the form ended:\n\(session.screen())")

        #expect(maintenance.failures.isEmpty, "maintenance beside the form failed: \(maintenance.failures.prefix(5))")
        #expect(maintenance.rounds > 0, "maintenance ran")
        #expect(confirmed.count >= 10, "the form confirmed \(confirmed.count) saves")
        let check = try office.run(["check"])
        #expect(check.status == 0, "the store is whole after the minute: \(check.standardError)")
        let audit = try office.run(["audit", "1"]).standardOutput
        let missing = confirmed.filter { !audit.contains("\"\($0)\"") }
        #expect(missing.isEmpty, "confirmed saves missing from the audit log: \(missing.prefix(10)) of \(confirmed.count)")
        #expect(try office.exported().contains("\"address\": \"\(confirmed.last ?? "")\""), "the last confirmed save is the stored value")
    }
}
