import Foundation
import NinteiCore
import NinteiStore

/// Files the committee prints: the meeting packet, the minutes and certificates.
extension CommitteeCommands {
    public func packet(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let packet = try store.meetingPacket(meetingID: meetingID)
            let base = "meeting-\(meetingID)-packet"
            let paths = try OutputFolder.write(
                [(base + ".html", MeetingExport.packetHTML(packet, language: language)), (base + ".txt", MeetingExport.packetText(packet, language: language))],
                into: outputFolder)
            return done([(ja ? "審査会資料を書き出しました: " : "Wrote the meeting packet: ") + Self.shown(paths)])
        }
    }

    public func minutes(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let minutes = try store.meetingMinutes(meetingID: meetingID)
            let base = "meeting-\(meetingID)-minutes"
            let paths = try OutputFolder.write(
                [(base + ".html", MeetingExport.minutesHTML(minutes, language: language)), (base + ".txt", MeetingExport.minutesText(minutes, language: language))],
                into: outputFolder)
            return done([(ja ? "議事録を書き出しました: " : "Wrote the minutes: ") + Self.shown(paths)])
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
                let base = OutputFolder.fileName("certificate-\(record.number)")
                let paths = try OutputFolder.write(
                    [(base + ".html", CertificateExport.html(record, settings: settings, language: language)),
                     (base + ".txt", CertificateExport.text(record, settings: settings, language: language))],
                    into: outputFolder)
                lines.append((ja ? "認定証を書き出しました: " : "Wrote the certificate: ") + Self.shown(paths))
            } else if lines.isEmpty {
                lines.append(ja ? "案件 \(caseID): 認定番号 \(record.number.escapedForDisplay)（発行済み）" : "Case \(caseID): certificate \(record.number.escapedForDisplay) (already issued)")
            }
            return done(lines)
        }
    }

    /// The paths written, for one line of output: each escaped, separated by commas.
    private static func shown(_ paths: [String]) -> String {
        paths.map(\.escapedForDisplay).joined(separator: ", ")
    }
}
