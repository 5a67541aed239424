import Foundation
import NinteiCore
import NinteiPrint
import NinteiStore

/// Files the committee prints: the meeting packet, the minutes and certificates.
extension CommitteeCommands {
    public func packet(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let packet = try store.meetingPacket(meetingID: meetingID)
            let written = try Self.writePrinted(
                "meeting-\(meetingID)-packet", html: MeetingExport.packetHTML(packet, language: language),
                text: MeetingExport.packetText(packet, language: language), into: outputFolder)
            return done([UIText.wrotePacket(language) + written])
        }
    }

    public func minutes(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let minutes = try store.meetingMinutes(meetingID: meetingID)
            let written = try Self.writePrinted(
                "meeting-\(meetingID)-minutes", html: MeetingExport.minutesHTML(minutes, language: language),
                text: MeetingExport.minutesText(minutes, language: language), into: outputFolder)
            return done([UIText.wroteMinutes(language) + written])
        }
    }

    /// Issues the certificate of an approved case (or, with `renewal`, grants a submitted
    /// renewal without review), or finds the one it has; writes it when `outputFolder` is given.
    public func certificate(caseID: Int64, date text: String?, outputFolder: String?, renewal: Bool = false) -> CommandOutcome {
        let issuedOn: LocalDate
        switch date(text, option: "--date") {
        case .failure(let outcome): return outcome
        case .success(let value): issuedOn = value
        }
        return run { store, folder throws(StoreError) in
            let settings: CertificateSettings
            do throws(DataFileError) {
                settings = try folder.loadCertificateSettings()
            } catch {
                return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
            }
            var lines: [String] = []
            let record: CertificateRecord
            if !renewal, let existing = try store.certificate(caseID: caseID), try store.loadCase(caseID).status != .approved {
                record = existing
            } else {
                record = renewal
                    ? try store.grantRenewal(caseID: caseID, issuedOn: issuedOn, settings: settings)
                    : try store.issueCertificate(caseID: caseID, issuedOn: issuedOn, settings: settings)
                lines.append(UIText.certificateIssued(caseID, number: record.number.escapedForDisplay, from: dateText(record.issuedOn), through: dateText(record.validUntil))(language))
            }
            if let outputFolder {
                // The number is stored text: made into a file name that stays inside the folder.
                let written = try Self.writePrinted(
                    OutputFolder.fileName("certificate-\(record.number)"), html: CertificateExport.html(record, settings: settings, language: language),
                    text: CertificateExport.text(record, settings: settings, language: language), into: outputFolder)
                lines.append(UIText.wroteCertificate(language) + written)
            } else if lines.isEmpty {
                lines.append(UIText.certificateAlreadyIssued(caseID, number: record.number.escapedForDisplay)(language))
            }
            return done(lines)
        }
    }

    /// The decision letters of a meeting: a certification notice (認定通知書) for each approved
    /// case, a non-certification notice (不認定通知書) for each rejected one, HTML and text, each
    /// recorded in the audit log before it is written (a letter written before says it is a
    /// reissue). An approved case without its certificate is named and skipped.
    public func letters(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run { store, folder throws(StoreError) in
            let settings: CertificateSettings
            do throws(DataFileError) {
                settings = try folder.loadCertificateSettings()
            } catch {
                return CommandOutcome(output: "", errors: [error.text(language)], exitCode: 2)
            }
            _ = try store.meeting(meetingID)  // names a missing meeting
            var planned: [(entry: AgendaEntry, kind: LetterKind, decision: Decision)] = []
            for entry in try store.agenda(meetingID: meetingID) where entry.kind == .review {
                guard let decision = entry.decision else { continue }
                switch decision.outcome {
                case .approve: planned.append((entry, .certification, decision))
                case .reject: planned.append((entry, .nonCertification, decision))
                case .returnForInformation, .noted: continue
                }
            }
            guard !planned.isEmpty else {
                return refused(UIText.lettersNoDecisions(meetingID)(language))
            }
            var lines: [String] = []
            var skipped: [String] = []
            for (entry, kind, decision) in planned {
                let caseID = entry.summary.id
                let certificate = kind == .certification ? try store.certificate(caseID: caseID) : nil
                if kind == .certification, certificate == nil {
                    skipped.append(UIText.letterNeedsCertificate(caseID)(language))
                    continue
                }
                let firm = try store.loadCase(caseID).document.firm
                let draft = DecisionLetter(
                    kind: kind, caseID: caseID, firmName: firm.name, address: firm.address, representative: firm.representative,
                    decidedOn: decision.decidedOn, certificate: certificate, reason: decision.reason, reissue: false, writtenOn: today)
                let base = LetterExport.baseName(draft)
                // The names are checked before the letter is recorded: a refusal writes and records nothing.
                _ = try OutputFolder.path(outputFolder, base + ".html")
                let record = try store.recordLetter(caseID: caseID, kind: kind)
                let letter = DecisionLetter(
                    kind: kind, caseID: caseID, firmName: firm.name, address: firm.address, representative: firm.representative,
                    decidedOn: decision.decidedOn, certificate: certificate, reason: decision.reason, reissue: record.isReissue, writtenOn: today)
                let written = try Self.writePrinted(
                    base, html: LetterExport.html(letter, settings: settings, language: language),
                    text: LetterExport.text(letter, settings: settings, language: language), into: outputFolder)
                let what = kind.label.text(language) + (record.isReissue ? UIText.reissueMark(language) : "")
                lines.append(UIText.letterWritten(caseID, firm: firm.name.escapedForDisplay, what: what)(language) + written)
            }
            return CommandOutcome(output: lines.map { $0 + "\n" }.joined(), errors: skipped, exitCode: skipped.isEmpty ? 0 : 1)
        }
    }

    /// Writes a printed document into `folder` as `base.html` (to print) and `base.txt`, both or
    /// neither; the paths written, for one line of output: each escaped, separated by commas.
    private static func writePrinted(_ base: String, html: String, text: String, into folder: String) throws(StoreError) -> String {
        let paths = try OutputFolder.write([(base + ".html", html), (base + ".txt", text)], into: folder)
        return paths.map(\.escapedForDisplay).joined(separator: ", ")
    }
}
