import Foundation
@testable import NinteiApp
import Testing

/// Faults around the real binary: a dropped SSH session (SIGHUP), two officers saving one
/// case, hostile bytes from the terminal, a full disk, and (with NINTEI_SOAK=1, `make soak`)
/// SIGKILL at random moments of a bulk import and of an editing session, 50 times each.
@Suite("Faults: signals, conflicts, full disks", .serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct FaultTests {
    typealias Office = IntakeFormTests.Office
    static let soak = ProcessInfo.processInfo.environment["NINTEI_SOAK"] != nil

    /// Whether a `nintei form` process on this store is still running.
    static func formRunning(_ office: Office) -> Bool {
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pgrep.arguments = ["pgrep", "-f", "form 1 --db \(office.database)"]
        pgrep.standardOutput = FileHandle.nullDevice
        try? pgrep.run()
        pgrep.waitUntilExit()
        return pgrep.terminationStatus == 0
    }

    static func waitUntilGone(_ office: Office) -> Bool {
        eventually { !formRunning(office) }
    }

    static func signal(_ office: Office, _ name: String) throws {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-\(name)", "-f", "form 1 --db \(office.database)"]
        try kill.run()
        kill.waitUntilExit()
    }

    @Test("a dropped session (SIGHUP from tmux kill-session) saves the field being typed")
    func hangupSavesTheField() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.waitFor("基本情報") != nil else {
            Issue.record("the form did not open:\n\(session.screen())")
            return
        }
        try session.type("2023-07-14")
        try session.sendKeys("Tab", "Tab")
        try session.type("カブシキガイシャアサカ")
        guard session.expectScreen("カブシキガイシャアサカ", "the kana typed") != nil else { return }
        try session.killSession()
        #expect(Self.waitUntilGone(office), "nintei did not end in \(Int(patience)) s after SIGHUP")
        let document = try office.exported()
        #expect(document.contains("\"receivedOn\": \"2023-07-14\""))
        #expect(document.contains("\"kana\": \"カブシキガイシャアサカ\""), "the field being typed was saved:\n\(document)")
        #expect(try office.run(["check"]).status == 0)
    }

    @Test("SIGTERM saves the field being typed, restores the terminal and exits with 143")
    func terminateSavesTheField() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.expectScreen("基本情報", "the form opens") != nil else { return }
        try session.sendKeys("Tab", "Tab", "Tab")
        try session.type("埼玉県朝霞市")
        guard session.expectScreen("埼玉県朝霞市", "the address typed") != nil else { return }
        try Self.signal(office, "TERM")
        #expect(session.waitFor("nintei-exited=143") != nil, "\(session.screen())")
        #expect(try office.exported().contains("\"address\": \"埼玉県朝霞市\""))
    }

    @Test("two officers save one case: the second is refused with who changed it, and what it typed is kept when it quits")
    func twoSessionsOneCase() throws {
        let office = try Office()
        let first = try office.openForm()
        let second = try office.openForm()
        guard first.expectScreen("基本情報", "the first form opens") != nil,
              second.expectScreen("基本情報", "the second form opens") != nil else { return }
        try first.type("2023-07-14")
        try first.sendKeys("Tab")
        // Wait until the first save is in the store, then the second session saves from its old revision.
        guard try eventually({ try office.exported().contains("2023-07-14") }) else {
            Issue.record("the first session's save did not reach the store in \(Int(patience)) s:\n\(first.screen())")
            return
        }
        try second.type("2023-08-01")
        try second.sendKeys("Tab")
        #expect(second.waitFor("変更しています") != nil, "the conflict is shown:\n\(second.screen())")
        let document = try office.exported()
        #expect(document.contains("\"receivedOn\": \"2023-07-14\""), "the first save stands")
        #expect(!document.contains("2023-08-01"))
        try first.sendKeys("C-c")
        try second.sendKeys("C-c")
        #expect(first.waitFor("nintei-exited=0") != nil)
        // The second quit with its entry not taken: kept in its recovery folder, exit 1.
        #expect(second.waitFor("nintei-exited=1") != nil, "\(second.screen())")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: office.recoveryFolder)) ?? []
        #expect(kept.count == 1, "the refused entry is kept: \(kept)")
    }

    @Test("a huge paste from the terminal (6 000 characters) fills the field to its limit, says so, and what fits is saved")
    func hugePaste() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.expectScreen("基本情報", "the form opens") != nil else { return }
        try session.sendKeys("Tab", "Tab", "Tab")
        // tmux takes a few hundred characters per command.
        for _ in 0..<12 { try session.type(String(repeating: "長い住所", count: 125)) }
        try session.type("終")
        // An address holds 200 characters (InputLimits.line): the rest is refused, and said so.
        #expect(session.waitFor("200 文字までです") != nil, "\(session.screen())")
        try session.sendKeys("Tab")
        try session.type("E")
        session.expectScreen("業種", "the field after the paste")
        try session.sendKeys("C-c")
        session.expectScreen("nintei-exited=0", "nintei quits after the paste")
        let document = try office.exported()
        #expect(document.contains("\"address\": \"" + String(repeating: "長い住所", count: 50) + "\""), "the paste was saved up to the limit")
        #expect(document.contains("\"industry\": \"E\""))
        #expect(try office.run(["check"]).status == 0)
    }

    /// Types `text` again every few seconds until the screen shows `shown`, for at most
    /// `patience`. Text read in one go with bytes that are not UTF-8 is dropped (the known issue
    /// below), and there is no sign of when the bad bytes have been read; a try that was only
    /// slow shows twice, which the checks allow.
    static func typeUntilShown(_ session: TmuxSession, _ text: String, _ shown: String) throws -> Bool {
        let retry: TimeInterval = 5
        for _ in 0..<Int(patience / retry) {
            try session.type(text)
            if session.waitFor(shown, timeout: retry) != nil { return true }
        }
        return false
    }

    @Test("bytes that are not UTF-8 from the terminal: the form keeps taking keys")
    func invalidUTF8() throws {
        let office = try Office()
        let session = try office.openForm()
        guard session.expectScreen("基本情報", "the form opens") != nil else { return }
        try session.sendKeys("Tab", "Tab", "Tab")
        try session.sendBytes([0xFF, 0xFE, 0xC3, 0x28, 0xE3, 0x81, 0xED, 0xA0, 0x80, 0x80])
        #expect(try Self.typeUntilShown(session, "住所", "所在地        住所"), "text after the bad bytes is taken:\n\(session.screen())")
        try session.sendKeys("Tab")
        // Saved when left; and the Tab is read before the next bad bytes come.
        #expect(try eventually({ try office.exported().contains("住所") }), "the field was not saved when left:\n\(session.screen())")
        // Known: text arriving in the same read as the invalid bytes is dropped by ncurses'
        // wget_wch (the process stays alive, and takes the keys that come after). See README.
        try session.sendBytes([0xFF] + Array("追記".utf8))
        try session.sendKeys("Tab", "BTab")
        #expect(try Self.typeUntilShown(session, "後", "後"), "keys after the bad bytes are taken:\n\(session.screen())")
        let screen = session.screen()
        withKnownIssue("ncurses drops text read together with an invalid UTF-8 byte", isIntermittent: true) {
            #expect(screen.contains("追記"))
        }
        try session.sendKeys("C-c")
        session.expectScreen("nintei-exited=", "nintei quits")
        #expect(try office.run(["check"]).status == 0)
    }

    @Test("a full disk during an import: a clear message, and nothing committed is lost",
          .enabled(if: geteuid() == 0, "needs root to mount a small tmpfs"))
    func fullDisk() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-full-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        func sh(_ command: String) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard sh("mount -t tmpfs -o size=16m tmpfs '\(mountPoint)'") == 0 else { return }  // no mount here: nothing to test
        defer {
            _ = sh("umount '\(mountPoint)'")
            try? FileManager.default.removeItem(atPath: mountPoint)
        }
        let db = mountPoint + "/nintei.sqlite"
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        #expect(try Binary.run(["user", "add", login, "officer", "--db", db]).status == 0)
        let workspace = try StoreCommandTests.Workspace()
        let files = try workspace.documents(3000)  // import batches are 500 files; 16 MB holds a few
        let result = try Binary.run(["import", "--lang", "en", "--db", db] + files)
        #expect(result.status == 1, "\(result.standardOutput.suffix(300))")
        #expect(result.standardError.contains("disk is full"), "\(result.standardError.prefix(600))")
        let summary = result.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        let imported = Int(summary.split(separator: " ").first ?? "") ?? -1
        // Room again: the store is whole and holds exactly what the import said it imported.
        _ = sh("mount -o remount,size=64m '\(mountPoint)'")
        let check = try Binary.run(["check", "--lang", "en", "--db", db])
        #expect(check.status == 0, "\(check.standardError)")
        let listed = try Binary.run(["cases", "--lang", "en", "--db", db]).standardOutput
        #expect(listed.hasSuffix("\(imported) cases\n") || listed.contains(" of \(imported) cases shown"), "\(summary) / \(listed.suffix(120))")
        #expect(imported > 0 && imported < 3000)
    }

    @Test("a store file made read-only by its mount: opening says so, and an import is refused whole",
          .enabled(if: geteuid() == 0, "needs root to mount a tmpfs read-only"))
    func readOnlyMount() throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-ro-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        func sh(_ command: String) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            try? process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard sh("mount -t tmpfs -o size=16m tmpfs '\(mountPoint)'") == 0 else { return }
        defer {
            _ = sh("umount '\(mountPoint)'")
            try? FileManager.default.removeItem(atPath: mountPoint)
        }
        let db = mountPoint + "/nintei.sqlite"
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try Binary.run(["init", "--db", db]).status == 0)
        #expect(try Binary.run(["user", "add", login, "officer", "--db", db]).status == 0)
        #expect(try Binary.run(["import", "--db", db, "data/examples/sakura-seiko.json"]).status == 0)
        #expect(sh("mount -o remount,ro '\(mountPoint)'") == 0)
        let result = try Binary.run(["import", "--lang", "en", "--db", db, "data/examples/kappo-asaka.json"])
        #expect(result.status != 0)
        #expect(result.standardError.contains(db), "the message names the store: \(result.standardError)")
        let listed = try Binary.run(["cases", "--lang", "en", "--db", db])
        #expect(listed.standardOutput.contains("1 cases"), "\(listed.standardOutput) \(listed.standardError)")
    }

    // MARK: Soak (NINTEI_SOAK=1)

    @Test("soak: a bulk import killed at 50 random moments keeps every committed batch whole",
          .enabled(if: soak, "NINTEI_SOAK=1 (make soak)"))
    func killedImports() throws {
        var random = SystemRandomNumberGenerator()
        let workspace = try StoreCommandTests.Workspace()
        let batch = StoreCommands.importBatch
        let files = try workspace.documents(2 * batch + batch / 2)
        var before = 0
        for round in 0..<50 {
            let process = try workspace.startImport(files)
            // Killed once one or two batches are committed (there is something to lose), then at
            // a random moment of the batch being written.
            let batches = Int.random(in: 1...2, using: &random)
            let committed = eventually {
                !process.isRunning || ((try? StoreFile.caseCount(workspace.db)) ?? 0) >= before + batches * batch
            }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.5, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(committed, "round \(round): the import did not commit \(batches) batches in \(Int(patience)) s")
            let check = try workspace.run(["check", "--lang", "en"])
            #expect(check.status == 0, "round \(round): \(check.standardError)")
            let count = try StoreFile.caseCount(workspace.db)
            let added = count - before
            #expect(added >= batches * batch && (added % batch == 0 || added == files.count),
                    "round \(round): \(added) cases added, not \(batches) or more whole batches of \(batch)")
            #expect(check.standardOutput.contains("audit log of \(count + 2) events ok"), "round \(round): \(count) cases")
            let last = try workspace.run(["export", String(count)])
            #expect(last.status == 0 && last.standardOutput.contains("\"answers\""), "round \(round): the last case is whole")
            before = count
        }
    }

    @Test("soak: an editing session killed at 50 random moments keeps every field that was left",
          .enabled(if: soak, "NINTEI_SOAK=1 (make soak)"))
    func killedSessions() throws {
        var random = SystemRandomNumberGenerator()
        let values = ["2023-07-14", nil, "カブシキガイシャアサカ", "埼玉県朝霞市本町1-2-3", "E", "48", "朝霞太郎", "担当花子", "048-000-0000"]
        let keys = ["receivedOn", "name", "kana", "address", "industry", "employees", "representative", "contactName", "phone"]
        // The field being typed when the kill comes, and text it takes (the number fields refuse letters).
        let labels = ["受付日", "企業名", "フリガナ", "所在地", "業種", "従業員数", "代表者", "担当者", "電話番号"]
        let partials = ["2023", "途中", "カブシ", "埼玉県", "E", "4", "途中", "途中", "048"]
        for round in 0..<50 {
            let office = try Office()
            let session = try office.openForm()
            guard session.expectScreen("基本情報", "round \(round): the form opens") != nil else { return }
            let left = Int.random(in: 0...(values.count - 1), using: &random)
            for index in 0..<left {
                if let value = values[index] { try session.type(value) }
                try session.sendKeys("Tab")
            }
            try session.type(partials[left])
            // Every field before it was left (and saved) once the partial text shows; then a random moment.
            guard session.expectScreen("round \(round): \"\(partials[left])\" typed into \(labels[left])", until: {
                $0.components(separatedBy: "\n").contains { $0.hasPrefix(labels[left]) && $0.contains(partials[left]) }
            }) != nil else { return }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.1, using: &random))
            try Self.signal(office, "KILL")
            #expect(Self.waitUntilGone(office), "round \(round): nintei did not end in \(Int(patience)) s after SIGKILL")
            let document = try office.exported()
            for index in 0..<left {
                guard let value = values[index] else { continue }
                let expected = keys[index] == "employees" ? "\"employees\": \(value)" : "\"\(keys[index])\": \"\(value)\""
                #expect(document.contains(expected), "round \(round): \(keys[index]) was left but not saved")
            }
            #expect(try office.run(["check"]).status == 0, "round \(round)")
        }
    }
}
