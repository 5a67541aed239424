import Foundation
import NinteiCore
import NinteiPrint
import NinteiStore
import NinteiTerminal

/// `publish`, `renewals` and `report`: what the office shows outside the case desk. Each opens
/// the store read-only and returns what to print and the exit status: 0 done, 1 refused (named in
/// the message), 2 the store, the data folder or the output folder cannot be used.
public struct PublicCommands {
    public let language: Language
    public let dbPath: String
    public let dataPath: String?
    public let identity: Identity
    public let today: LocalDate
    /// The office server's socket, when the office is reached through it.
    public let server: String?

    public init(language: Language, dbOption: String?, dataPath: String?, identity: Identity, today: LocalDate = .today(), server: String? = nil) {
        self.language = language
        self.server = server
        self.dbPath = StoreLocation.resolve(explicit: dbOption)
        self.dataPath = dataPath
        self.identity = identity
        self.today = today
    }


    private func failure(_ message: String, code: Int32 = 2) -> CommandOutcome {
        CommandOutcome(output: "", errors: [message], exitCode: code)
    }

    private func run(_ work: (any OfficeService, ShippedData) throws(StoreError) -> CommandOutcome) -> CommandOutcome {
        OfficeOpening.run(language: language, dataPath: dataPath, server: server, dbPath: dbPath, identity: identity, mode: .readOnly, work)
    }

    /// Writes the published list (HTML, CSV, JSON) into `outputFolder`, replacing a list
    /// published there before; all files or none. The municipality and the licence come from
    /// the configuration file (`[office]`, `[publish]`); the pages are in the command's language.
    public func publish(outputFolder: String, progress: BatchProgress? = nil) -> CommandOutcome {
        run { store, data throws(StoreError) in
            let firms = try store.certifiedFirms(CertifiedFirmFilter(), range: nil, asOf: today)
            let configuration = data.folder.configuration
            let files = PublishedSite.files(firms, Publication(
                asOf: today, municipality: configuration.office, licence: configuration.licence, language: language))
            if let problem = PublishFolder.write(files, to: outputFolder, progress: progress) {
                return failure(problem.text(language))
            }
            let text = UIText.published(firms.count, to: outputFolder.escapedForDisplay)(language) + "\n"
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        }
    }

    /// Certifications ending within the window (`months`, else targets.json's
    /// renewalWindowMonths), with the firm's contact.
    public func renewals(months: Int?) -> CommandOutcome {
        run { store, data throws(StoreError) in
            let window: Int
            if let months {
                window = months
            } else {
                do throws(DataFileError) {
                    window = try data.folder.loadProgramTargets().renewalWindowMonths
                } catch {
                    return failure(error.text(language))
                }
            }
            let due = try store.renewalsDue(withinMonths: window, asOf: today)
            var table = TextTable([.right, .left, .left, .left, .right, .left, .left, .left, .left])
            table.add(UIText.renewalsDueColumns(language))
            for item in due {
                table.add([
                    String(item.caseID), item.certificateNumber, item.validUntil.iso, item.firmName.truncated(toWidth: 30), String(item.daysLeft),
                    item.renewalReceived ? UIText.renewalsReceived(language) : UIText.renewalsNotYet(language),
                    item.contactName ?? "—", item.phone ?? "—", item.email ?? "—",
                ])
            }
            let through = RenewalWindow(months: window, from: today).through
            let footer = UIText.renewalsDueFooter(due.count, from: today, through: through, months: window)(language)
            return CommandOutcome(output: (table.lines(indent: "") + [footer]).joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        }
    }

    public enum ReportFormat: String, CaseIterable, Sendable {
        case text
        case csv
    }

    /// The program's figures for a fiscal year (`ProgramReport`), as text or CSV.
    public func report(fiscalYear: Int, format: ReportFormat) -> CommandOutcome {
        run { store, data throws(StoreError) in
            let targets: ProgramTargets
            do throws(DataFileError) {
                targets = try data.folder.loadProgramTargets()
            } catch {
                return failure(error.text(language))
            }
            let report = try store.programReport(fiscalYear: FiscalYear(fiscalYear), targets: targets, asOf: today)
            let text = format == .csv ? ProgramReportText.csv(report) : ProgramReportText.text(report, language: language)
            return CommandOutcome(output: text, errors: [], exitCode: 0)
        }
    }
}

/// Replaces a published list in a folder, all files or none: they are written to a new folder
/// beside it, which then takes its place.
enum PublishFolder {
    struct Problem: Error {
        let folder: String
        let reason: LocalizedText
        func text(_ language: Language) -> String { "\(folder.escapedForDisplay): \(reason.text(language))" }
    }

    static let marker = PublishedSite.jsonName

    static func write(_ files: [(path: String, contents: String)], to folder: String, progress: BatchProgress? = nil) -> Problem? {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists {
            guard isFolder.boolValue else {
                return Problem(folder: folder, reason: LocalizedText(ja: "フォルダではなくファイルです", en: "is a file, not a folder"))
            }
            let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            // Never replace a folder that holds something other than a list published before.
            guard contents.isEmpty || contents.contains(marker) else {
                return Problem(folder: folder, reason: LocalizedText(
                    ja: "空ではなく、以前に書き出した一覧でもありません。空のフォルダか新しいフォルダを指定してください",
                    en: "is not empty and holds no list published before; name an empty or a new folder"))
            }
        }
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).publishing-\(UUID().uuidString)")
        do {
            for (index, file) in files.enumerated() {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
                progress?(index + 1, files.count)
            }
            if exists {
                let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(UUID().uuidString)")
                try manager.moveItem(at: target, to: old)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: old, to: target)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
            return nil
        } catch {
            try? manager.removeItem(at: staging)
            return Problem(folder: folder, reason: LocalizedText(
                ja: "書き出せません（何も変更していません）: \(error.localizedDescription)",
                en: "cannot write there (nothing was changed): \(error.localizedDescription)"))
        }
    }
}
