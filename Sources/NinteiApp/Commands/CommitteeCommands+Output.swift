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
            return done([(ja ? "審査会資料を書き出しました: " : "Wrote the meeting packet: ") + written])
        }
    }

    public func minutes(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let minutes = try store.meetingMinutes(meetingID: meetingID)
            let written = try Self.writePrinted(
                "meeting-\(meetingID)-minutes", html: MeetingExport.minutesHTML(minutes, language: language),
                text: MeetingExport.minutesText(minutes, language: language), into: outputFolder)
            return done([(ja ? "議事録を書き出しました: " : "Wrote the minutes: ") + written])
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
                lines.append(ja
                    ? "案件 \(caseID): 認定番号 \(record.number.escapedForDisplay)、認定期間 \(dateText(record.issuedOn))〜\(dateText(record.validUntil))"
                    : "Case \(caseID): certificate \(record.number.escapedForDisplay), valid \(record.issuedOn.iso) through \(record.validUntil.iso)")
            }
            if let outputFolder {
                // The number is stored text: made into a file name that stays inside the folder.
                let written = try Self.writePrinted(
                    OutputFolder.fileName("certificate-\(record.number)"), html: CertificateExport.html(record, settings: settings, language: language),
                    text: CertificateExport.text(record, settings: settings, language: language), into: outputFolder)
                lines.append((ja ? "認定証を書き出しました: " : "Wrote the certificate: ") + written)
            } else if lines.isEmpty {
                lines.append(ja ? "案件 \(caseID): 認定番号 \(record.number.escapedForDisplay)（発行済み）" : "Case \(caseID): certificate \(record.number.escapedForDisplay) (already issued)")
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
                return refused(ja
                    ? "審査会 \(meetingID) には認定・不認定の決定がありません（通知書はありません）"
                    : "meeting \(meetingID) has no approval or rejection to write letters for")
            }
            var lines: [String] = []
            var skipped: [String] = []
            for (entry, kind, decision) in planned {
                let caseID = entry.summary.id
                let certificate = kind == .certification ? try store.certificate(caseID: caseID) : nil
                if kind == .certification, certificate == nil {
                    skipped.append(ja
                        ? "案件 \(caseID): 認定証が未発行のため、認定通知書を書きませんでした（nintei certificate \(caseID) で発行してください）"
                        : "case \(caseID): no certificate issued yet, so no certification notice (issue it with nintei certificate \(caseID))")
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
                let what = kind.label.text(language) + (record.isReissue ? (ja ? "（再発行）" : " (reissue)") : "")
                lines.append(ja
                    ? "案件 \(caseID) \(firm.name.escapedForDisplay): \(what)を書き出しました: " + written
                    : "Case \(caseID) \(firm.name.escapedForDisplay): wrote the \(what): " + written)
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
