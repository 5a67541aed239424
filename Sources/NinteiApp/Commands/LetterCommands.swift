import Foundation
import NinteiCore
import NinteiPrint
import NinteiStore

/// `nintei letters`: the letters the office sends, each recorded in the audit log before it is
/// written (a letter written before says it is a reissue), as HTML to print and as text.
extension CommitteeCommands {
    /// The letters of a meeting's decisions: a certification notice (認定通知書) for each
    /// approved case, a non-certification notice (不認定通知書) for each rejected one and a return
    /// notice (差し戻し通知) naming the missing facts for each returned one. An approved case
    /// without its certificate is named and skipped.
    public func letters(meetingID: Int64, outputFolder: String, progress: BatchProgress? = nil) -> CommandOutcome {
        run { store, folder throws(StoreError) in
            let settings: CertificateSettings
            switch certificateSettings(folder) {
            case .failure(let outcome): return outcome
            case .success(let loaded): settings = loaded
            }
            _ = try store.meeting(meetingID)  // names a missing meeting
            var planned: [(entry: AgendaEntry, kind: LetterKind, decision: Decision)] = []
            for entry in try store.agenda(meetingID: meetingID) where entry.kind == .review {
                guard let decision = entry.decision else { continue }
                switch decision.outcome {
                case .approve: planned.append((entry, .certification, decision))
                case .reject: planned.append((entry, .nonCertification, decision))
                case .returnForInformation: planned.append((entry, .returnNotice, decision))
                case .noted: continue
                }
            }
            guard !planned.isEmpty else {
                return refused(UIText.lettersNoDecisions(meetingID)(language))
            }
            var lines: [String] = []
            var skipped: [String] = []
            for (index, (entry, kind, decision)) in planned.enumerated() {
                defer { progress?(index + 1, planned.count) }
                let caseID = entry.summary.id
                let certificate = kind == .certification ? try store.certificate(caseID: caseID) : nil
                if kind == .certification, certificate == nil {
                    skipped.append(UIText.letterNeedsCertificate(caseID)(language))
                    continue
                }
                let missing = kind == .returnNotice ? try missingFacts(store, caseID: caseID) : []
                lines.append(try write(
                    kind, caseID: caseID, store: store, decision: decision, certificate: certificate, missing: missing,
                    settings: settings, into: outputFolder))
            }
            return CommandOutcome(output: lines.map { $0 + "\n" }.joined(), errors: skipped, exitCode: skipped.isEmpty ? 0 : 1)
        }
    }

    /// A renewal notice (更新のご案内) for each firm whose certification ends within the renewal
    /// window (`months`, else the targets' renewalWindowMonths) and that has sent no renewal yet.
    public func renewalLetters(months: Int?, outputFolder: String, progress: BatchProgress? = nil) -> CommandOutcome {
        run { store, folder throws(StoreError) in
            let settings: CertificateSettings
            switch certificateSettings(folder) {
            case .failure(let outcome): return outcome
            case .success(let loaded): settings = loaded
            }
            let window: Int
            do throws(DataFileError) {
                if let months { window = months } else { window = try folder.loadProgramTargets().renewalWindowMonths }
            } catch {
                return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
            }
            let due = try store.renewalsDue(withinMonths: window, asOf: today).filter { !$0.renewalReceived }
            guard !due.isEmpty else {
                return done([UIText.renewalNoticesNone(months: window)(language)])
            }
            var lines: [String] = []
            for (index, renewal) in due.enumerated() {
                defer { progress?(index + 1, due.count) }
                lines.append(try write(
                    .renewalNotice, caseID: renewal.caseID, store: store, decision: nil, certificate: try store.certificate(caseID: renewal.caseID),
                    missing: [], settings: settings, into: outputFolder))
            }
            return done(lines)
        }
    }

    /// Records one letter, then writes it; the file names are checked first, so a refusal
    /// writes and records nothing. The line to print.
    private func write(
        _ kind: LetterKind, caseID: Int64, store: any OfficeService, decision: Decision?, certificate: CertificateRecord?,
        missing: [String], settings: CertificateSettings, into outputFolder: String
    ) throws(StoreError) -> String {
        let firm = try store.loadCase(caseID).document.firm
        func letter(_ record: LetterRecord?) -> DecisionLetter {
            DecisionLetter(
                kind: kind, caseID: caseID, firmName: firm.name, address: firm.address, representative: firm.representative,
                decidedOn: decision?.decidedOn, certificate: certificate, reason: decision?.reason ?? "", missing: missing,
                reissue: record?.isReissue ?? false, writtenOn: today,
                officer: record?.recordedByName(language))
        }
        let base = LetterExport.baseName(letter(nil))
        _ = try OutputFolder.path(outputFolder, base + ".html")
        let record = try store.recordLetter(caseID: caseID, kind: kind)
        let written = try Self.writePrinted(
            base, html: LetterExport.html(letter(record), settings: settings, language: language),
            text: LetterExport.text(letter(record), settings: settings, language: language), into: outputFolder)
        let what = kind.label.text(language) + (record.isReissue ? UIText.reissueMark(language) : "")
        return UIText.letterWritten(caseID, firm: firm.name.escapedForDisplay, what: what)(language) + written
    }

    /// The facts a returned case lacks: the rule's findings of a missing fact that no officer
    /// has reviewed.
    private func missingFacts(_ store: any OfficeService, caseID: Int64) throws(StoreError) -> [String] {
        let packet = try store.casePacket(caseID: caseID)
        return packet.evaluation.findings.filter { $0.code.isMissingFact && packet.review(of: $0) == nil }.map { finding in
            (finding.item.map { "[\($0)] " } ?? "") + finding.message.text(language)
        }
    }

    func certificateSettings(_ folder: DataDirectory) -> Result<CertificateSettings, CommandOutcome> {
        do throws(DataFileError) {
            return .success(try folder.loadCertificateSettings())
        } catch {
            return .failure(CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2))
        }
    }
}

/// Called after each item of a batch with how many are done and how many there are.
public typealias BatchProgress = (Int, Int) -> Void
