import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// The store's command-line work: each function returns what to print and the exit status.
/// Exit status: 0 done, 1 something was refused (named in the messages), 2 the store or the
/// data folder cannot be used.
public struct StoreCommands {
    public let language: Language
    public let dbPath: String
    public let dataPath: String?
    public let identity: Identity
    /// The office server's socket, when the office is reached through it.
    public let server: String?

    public init(language: Language, dbOption: String?, dataPath: String?, identity: Identity, server: String? = nil) {
        self.language = language
        self.server = server
        self.dbPath = StoreLocation.resolve(explicit: dbOption)
        self.dataPath = dataPath
        self.identity = identity
    }


    private func failure(_ message: String, code: Int32 = 2) -> CommandOutcome {
        CommandOutcome(output: "", errors: [message], exitCode: code)
    }

    /// Opens the store, or says why not.
    func open(_ mode: Store.Mode = .readWrite, creating: Bool = false) -> Result<any OfficeService, CommandOutcome> {
        let data: ShippedData
        do {
            data = try DataDirectory.load(explicit: dataPath)
        } catch {
            return .failure(failure(error.text(language)))
        }
        do {
            if creating {
                if server != nil { return .failure(failure(UIText.serverMakesItsOwnStore(language))) }
                return .success(try Store.create(at: dbPath, identity: identity, checklists: data.checklists, reference: data.reference))
            }
            return .success(try OfficeOpening.open(server: server, dbPath: dbPath, identity: identity, mode: mode, data: data))
        } catch {
            return .failure(failure(error.text(language)))
        }
    }

    func run(_ mode: Store.Mode = .readWrite, _ work: (any OfficeService) throws(StoreError) -> CommandOutcome) -> CommandOutcome {
        OfficeOpening.run(language: language, dataPath: dataPath, server: server, dbPath: dbPath, identity: identity, mode: mode) {
            store, _ throws(StoreError) in try work(store)
        }
    }

    public func initStore() -> CommandOutcome {
        switch open(creating: true) {
        case .failure(let outcome): return outcome
        case .success(let store):
            let text = UIText.storeCreated(store.path.escapedForDisplay, administrator: identity.login)(language) + "\n"
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        }
    }

    /// Builds the demo office (data/demo) in a new store.
    public func buildDemo() -> CommandOutcome {
        do {
            let data = try DataDirectory.load(explicit: dataPath)
            let count = try DemoOffice.build(
                at: dbPath, from: data.folder, identity: identity, checklists: data.checklists, reference: data.reference)
            let text = UIText.demoStoreCreated(dbPath.escapedForDisplay, cases: count, administrator: identity.login)(language) + "\n"
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        } catch let error as DataFileError {
            return failure(error.text(language))
        } catch let error as StoreError {
            return failure(error.text(language))
        } catch {
            return failure(String(describing: error))
        }
    }

    public func listUsers() -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            var table = TextTable([.left, .left, .left, .left])
            table.add(UIText.userColumns(language))
            for user in try store.users() {
                table.add([
                    user.login, user.person?.name ?? "", user.person?.title ?? "",
                    user.roles.map { $0.label.text(language) }.joined(separator: UIText.listSeparator(language)),
                ])
            }
            return CommandOutcome(output: table.lines(indent: "").joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        }
    }

    /// Gives a login a role, and with `name` or `title` sets its display name and title too.
    public func addUser(_ login: String, role: Role, name: String? = nil, title: String? = nil) -> CommandOutcome {
        run { store throws(StoreError) in
            try store.addUser(login, role: role)
            var text = UIText.roleGranted(login, role: role.label)(language) + "\n"
            if name != nil || title != nil {
                try store.setUserName(login, name: name, title: title)
                text += namedLine(login, name: name, title: title)
            }
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        }
    }

    /// Sets a login's display name (氏名) and title (役職), as printed documents name them.
    public func setUserName(_ login: String, name: String?, title: String?) -> CommandOutcome {
        run { store throws(StoreError) in
            try store.setUserName(login, name: name, title: title)
            return CommandOutcome(output: namedLine(login, name: name, title: title), errors: [], exitCode: 0)
        }
    }

    private func namedLine(_ login: String, name: String?, title: String?) -> String {
        var parts: [LocalizedText] = []
        if let name { parts.append(UIText.userNamePart(name)) }
        if let title { parts.append(UIText.userTitlePart(title)) }
        return UIText.userNamed(login, parts)(language) + "\n"
    }

    public func removeUser(_ login: String, role: Role?) -> CommandOutcome {
        run { store throws(StoreError) in
            try store.removeUser(login, role: role)
            let what = role.map { UIText.theRole($0.label)(language) } ?? UIText.everyRole(language)
            return CommandOutcome(output: UIText.roleRemoved(what, from: login)(language) + "\n", errors: [], exitCode: 0)
        }
    }

    /// Files written in one transaction: one fsync for these many files, not one per file.
    /// A killed import keeps every batch it committed, and has reported it (see `importFiles`).
    public static let importBatch = 500

    /// Imports application documents, each file all or nothing, with a summary. The files are
    /// written a batch at a time, each file in a savepoint of its own (see `Store.importCases`),
    /// with the content hash of its bytes: a file imported before is skipped and named, so an
    /// import run again after a kill or a failure creates no duplicates.
    ///
    /// With `report`, each batch's lines (imported, already imported, refused) go to it as soon
    /// as that batch has committed, and the outcome holds only the summary: a killed import
    /// has said what it committed. Without, the outcome holds everything.
    public func importFiles(
        _ paths: [String], batchSize: Int = importBatch, progress: ((Int, Int) -> Void)? = nil, report: CommandReport? = nil
    ) -> CommandOutcome {
        let named = ImportFolders.expand(paths)
        return run { service throws(StoreError) in
            // On the store file, the writer set for a large import (one checkpoint at the end
            // rather than one a batch); the office server checkpoints as it writes.
            guard let store = service as? Store else {
                return try importBatches(named, into: service, batchSize: batchSize, progress: progress, report: report)
            }
            return try store.bulkImporting { () throws(StoreError) in
                try importBatches(named, into: store, preparing: store, batchSize: batchSize, progress: progress, report: report)
            }
        }
    }

    /// The import of `importFiles`, batch by batch, into the store or through the server. On
    /// the store file (`preparing`), each batch is also prepared for writing as it is read.
    private func importBatches(
        _ named: ImportFolders.Expanded, into store: OfficeService, preparing direct: Store? = nil, batchSize: Int,
        progress: ((Int, Int) -> Void)?, report: CommandReport?
    ) throws(StoreError) -> CommandOutcome {
        let files = named.files
        var tally = (imported: 0, skipped: 0, refused: named.refused.count)
        var output = ""
        var errors: [String] = []
        let folderRefusals = named.refused.map { UIText.importFolderRefused($0.folder.escapedForDisplay, $0.reason)(language) }
        if !folderRefusals.isEmpty { deliver("", folderRefusals, to: report, output: &output, errors: &errors) }
        var stopped: String?
        var done = 0
        // Each batch's files are read (and prepared) on other threads while the batch before is written.
        let checklists = store.checklistLibrary
        let batches = stride(from: 0, to: files.count, by: max(1, batchSize)).map { files[$0..<min(files.count, $0 + max(1, batchSize))] }
        func readAhead(_ batch: ArraySlice<String>) -> WorkAhead<ReadBatch> {
            WorkAhead {
                let reads = ApplicationFile.readForImport(Array(batch), checklists: checklists)
                return ReadBatch(reads: reads, prepared: direct?.prepareImport(reads.compactMap { try? $0.get() }))
            }
        }
        var nextRead = batches.first.map(readAhead)
        for (number, batch) in batches.enumerated() {
            let read = nextRead!.value
            nextRead = number + 1 < batches.count ? readAhead(batches[number + 1]) : nil
            // Each file of the batch in order: read and refused, or read and sent to the store.
            var readable: [ImportFile] = []
            var reading: [Result<Int, DataFileError>] = []
            for outcome in read.reads {
                switch outcome {
                case .success(let file):
                    readable.append(file)
                    reading.append(.success(readable.count - 1))
                case .failure(let error):
                    reading.append(.failure(error))
                }
            }
            let results: [Result<ImportOutcome, StoreError>]
            do throws(StoreError) {
                if let direct, let prepared = read.prepared {
                    results = try direct.importCases(prepared)
                } else {
                    results = try store.importCases(readable)
                }
            } catch {
                if case .refused = error { throw error }  // no permission: nothing else will import either
                // The transaction failed (disk full, file made read-only…): nothing of this
                // batch is stored, and the files after it are not tried.
                let reason = error.text(language)
                var lines: [String] = []
                for item in reading {
                    switch item {
                    case .failure(let error): lines.append(error.text(language))
                    case .success(let index): lines.append("\(readable[index].path.escapedForDisplay): \(reason)")
                    }
                }
                tally.refused += lines.count
                let untried = files.count - batch.endIndex
                if untried > 0 {
                    stopped = UIText.importStopped(untried, reason: reason)(language)
                }
                deliver("", lines, to: report, output: &output, errors: &errors)
                break
            }
            var lines: [String] = []
            var refusals: [String] = []
            for item in reading {
                switch item {
                case .failure(let error):
                    refusals.append(error.text(language))
                case .success(let index):
                    let file = readable[index].path.escapedForDisplay  // a newline in it forges no line
                    switch results[index] {
                    case .success(.created(let id)):
                        tally.imported += 1
                        lines.append(UIText.importedFile(file, as: id)(language))
                    case .success(.alreadyImported(let id)):
                        tally.skipped += 1
                        lines.append(UIText.fileAlreadyImported(file, as: id)(language))
                    case .failure(let error):
                        refusals.append("\(file): \(error.text(language))")
                    }
                }
            }
            tally.refused += refusals.count
            deliver(lines.map { $0 + "\n" }.joined(), refusals, to: report, output: &output, errors: &errors)
            for _ in batch {
                done += 1
                progress?(done, files.count)
            }
        }
        output += UIText.importTally(imported: tally.imported, refused: tally.refused, skipped: tally.skipped)(language) + "\n"
        if let stopped { errors.append(stopped) }
        return CommandOutcome(output: output, errors: errors, exitCode: tally.refused == 0 && stopped == nil ? 0 : 1)
    }

    /// A batch's files as read, and on the store file prepared for writing (the readable ones, in order).
    private struct ReadBatch: Sendable {
        let reads: [Result<ImportFile, DataFileError>]
        let prepared: Store.PreparedImport?
    }

    /// A batch's lines: to `report` at once when there is one, else kept for the outcome.
    private func deliver(_ lines: String, _ refusals: [String], to report: CommandReport?, output: inout String, errors: inout [String]) {
        if let report {
            report(lines, refusals)
        } else {
            output += lines
            errors += refusals
        }
    }

    /// `report`: where a CSV printed to standard output goes as it is written (a few rows at a
    /// time); without it, the text is the outcome's output.
    /// With `progress`, called as the cases are written with how many are done of how many.
    public func export(
        ids: [Int64], all: Bool, csv: Bool, outputFolder: String?, report: CommandReport? = nil, progress: BatchProgress? = nil
    ) -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            if csv {
                let total = all ? try store.caseIDs().count : ids.count
                var rows = -1  // the header
                let counted = progress.map { progress in
                    { (piece: String) in
                        rows += piece.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count - 1
                        progress(min(max(rows, 0), total), total)
                    }
                }
                return try streamCSV(store, ids: all ? nil : ids, outputFolder: outputFolder, report: report, counted: counted)
            }
            var chosen = all ? try store.caseIDs() : ids
            // With --all, a damaged case is named and the others are still written.
            var damaged: [String] = []
            if all {
                let found = try store.damagedCases()
                let skipped = Set(found.compactMap { error -> Int64? in
                    if case .damagedCase(let id, _) = error { return id }
                    return nil
                })
                chosen.removeAll { skipped.contains($0) }
                damaged = found.map { $0.text(language) }
            }
            let outcome = try exportChosen(store, chosen, outputFolder: outputFolder, progress: progress)
            return CommandOutcome(output: outcome.output, errors: damaged, exitCode: damaged.isEmpty ? 0 : 1)
        }
    }

    /// The CSV written a few rows at a time as the store reads them (`Store.exportCSV(_:skippingDamaged:to:)`):
    /// into `nintei-cases.csv` of the folder (through a temporary file, renamed when complete),
    /// or to `report`. Memory stays flat in the number of cases. With `ids` nil (--all), a
    /// damaged case is named and the others are still written.
    private func streamCSV(
        _ store: any OfficeService, ids: [Int64]?, outputFolder: String?, report: CommandReport?, counted: ((String) -> Void)?
    ) throws(StoreError) -> CommandOutcome {
        let damaged: [StoreError]
        if let outputFolder {
            let file = outputFolder + "/nintei-cases.csv"
            let partial = outputFolder + "/.nintei-cases.csv.\(getpid()).partial"
            do {
                try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
            } catch {
                throw .failed("\(outputFolder.escapedForDisplay): \(error.localizedDescription)")
            }
            guard let handle = fopen(partial, "wb") else {
                throw .failed("\(file.escapedForDisplay): \(String(cString: strerror(errno)))")
            }
            do throws(StoreError) {
                damaged = try store.exportCSV(ids, skippingDamaged: ids == nil) { (text: String) throws(StoreError) in
                    var text = text
                    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
                    guard written == text.utf8.count else { throw .failed("\(file.escapedForDisplay): \(String(cString: strerror(errno)))") }
                    counted?(text)
                }
                guard fclose(handle) == 0, rename(partial, file) == 0 else {
                    throw .failed("\(file.escapedForDisplay): \(String(cString: strerror(errno)))")
                }
            } catch {
                fclose(handle)
                unlink(partial)
                throw error
            }
            let errors = damaged.map { $0.text(language) }
            return CommandOutcome(output: UIText.wroteFile(language) + file.escapedForDisplay + "\n", errors: errors, exitCode: errors.isEmpty ? 0 : 1)
        }
        var output = ""
        damaged = try store.exportCSV(ids, skippingDamaged: ids == nil) { (text: String) throws(StoreError) in
            if let report { report(text, []) } else { output += text }
            counted?(text)
        }
        let errors = damaged.map { $0.text(language) }
        return CommandOutcome(output: output, errors: errors, exitCode: errors.isEmpty ? 0 : 1)
    }

    private func exportChosen(
        _ store: any OfficeService, _ chosen: [Int64], outputFolder: String?, progress: BatchProgress?
    ) throws(StoreError) -> CommandOutcome {
        let documents = try store.exportDocuments(chosen)
        if let outputFolder {
            for (index, document) in documents.enumerated() {
                try write(document.json, to: outputFolder + "/case-\(document.id).json")
                progress?(index + 1, documents.count)
            }
            let folder = outputFolder.escapedForDisplay
            let text = UIText.wroteDocuments(documents.count, to: folder)(language) + "\n"
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        }
        let text = documents.count == 1 ? documents[0].json : "[\n" + documents.map(\.json).joined(separator: ",\n") + "]\n"
        return CommandOutcome(output: text, errors: [], exitCode: 0)
    }

    private func write(_ text: String, to file: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            throw .failed("\(file.escapedForDisplay): \(error.localizedDescription)")
        }
    }

    /// How many cases `nintei cases` lists at most: the newest received.
    static let listedCases = 1000

    public func listCases(status: CaseStatus?, search: String?) -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            let cases = try store.cases(status: status, search: search, limit: Self.listedCases, offset: 0)
            var table = TextTable([.right, .left, .left, .left, .left, .left])
            table.add(UIText.caseTableColumns(language))
            for item in cases {
                table.add([
                    String(item.id), item.status.label.text(language), item.receivedOn ?? "—", item.firmName.truncated(toWidth: 30),
                    item.qualifies ? UIText.committeeRuleMeets(language) : UIText.committeeRuleFails(language),
                    item.sectionsPassed.joined(separator: ","),
                ])
            }
            // A long office is listed in part: the footer says how much, never the part as the whole.
            let total = cases.count < Self.listedCases ? cases.count : try store.caseCount(status: status, search: search)
            let footer = total > cases.count ? UIText.caseCountOfTotal(cases.count, total)(language) : UIText.caseCount(cases.count)(language)
            return CommandOutcome(output: (table.lines(indent: "") + [footer]).joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        }
    }

    public func audit(caseID: Int64?) -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            var table = TextTable([.right, .left, .left, .left, .left, .left])
            table.add(UIText.auditColumns(language))
            for event in try store.auditEvents(caseID: caseID) {
                let change = "\(event.before ?? "—") → \(event.after ?? "—")".replacingOccurrences(of: "\n", with: " ")
                table.add([String(event.id), Store.localTime(event.at), event.login, event.caseID.map(String.init) ?? "", event.action, change.truncated(toWidth: 60)])
            }
            return CommandOutcome(output: table.lines(indent: "").joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        }
    }

    /// The chain's head, on a line of its own under a header, to be copied and kept.
    public func auditHead() -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            let head = try store.auditHead()
            let header = UIText.auditHeadHeader(lastEvent: head.id)(language)
            return CommandOutcome(output: header + "\n" + head.description + "\n", errors: [], exitCode: 0)
        }
    }

    /// Checks the chain, and given a head recorded earlier, that the log still extends it.
    public func verifyAudit(head: AuditHead? = nil) -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            let result = try store.verifyAudit(extending: head)
            if result.isIntact, let head {
                let text = UIText.auditIntactExtending(result.events, head: head.description)(language) + "\n"
                return CommandOutcome(output: text, errors: [], exitCode: 0)
            }
            if result.isIntact {
                return CommandOutcome(output: UIText.auditIntact(result.events)(language) + "\n", errors: [], exitCode: 0)
            }
            return CommandOutcome(output: "", errors: result.problems.map { $0.text(language) }, exitCode: 1)
        }
    }

    public func backup(to target: String) -> CommandOutcome {
        run(.readOnly) { store throws(StoreError) in
            try store.backup(to: target)
            return CommandOutcome(output: UIText.backedUpTo(language) + target.escapedForDisplay + "\n", errors: [], exitCode: 0)
        }
    }

    public func check() -> CommandOutcome {
        let expiry = expireLapsed()
        let outcome = run(.readOnly) { store throws(StoreError) in
            let integrity = try store.integrityProblems()
            let audit = try store.verifyAudit()
            let documents = try store.damagedCases()
            var errors = integrity.map { UIText.checkIntegrity(language) + $0 }
            errors += audit.problems.map { UIText.checkAuditLog(language) + $0.text(language) }
            errors += documents.map { UIText.checkDocuments(language) + $0.text(language) }
            guard errors.isEmpty else {
                errors.append(UIText.storeDamaged(store.path)(language))
                return CommandOutcome(output: "", errors: errors, exitCode: 1)
            }
            let text = UIText.storeVerified(store.path, auditEvents: audit.events)(language) + "\n"
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        }
        return CommandOutcome(output: expiry + outcome.output, errors: outcome.errors, exitCode: outcome.exitCode)
    }

    /// Moves ended certifications to expired when this login may (officer or administrator, on
    /// a file it can write); says what it moved, or why it did not.
    private func expireLapsed() -> String {
        guard server != nil || FileManager.default.isWritableFile(atPath: dbPath), let data = try? DataDirectory.load(explicit: dataPath) else { return "" }
        do {
            let store = try OfficeOpening.open(
                server: server, dbPath: dbPath, identity: identity, mode: .readWrite, data: data, expiringLapsed: false)
            let roles = try store.roles()
            guard roles.contains(.officer) || roles.contains(.admin) else { return "" }
            let expired = try store.expireLapsedCertifications()
            return expired.map { item in
                UIText.certificationExpired(item.caseID, firm: item.firmName, number: item.certificateNumber, validUntil: item.validUntil)(language) + "\n"
            }.joined()
        } catch {
            return UIText.expiryFailed(language) + error.text(language) + "\n"
        }
    }
}
