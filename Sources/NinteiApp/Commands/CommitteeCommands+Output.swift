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
            switch certificateSettings(folder) {
            case .failure(let outcome): return outcome
            case .success(let loaded): settings = loaded
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

    /// Writes a printed document into `folder` as `base.html` (to print) and `base.txt`, both or
    /// neither; the paths written, for one line of output: each escaped, separated by commas.
    static func writePrinted(_ base: String, html: String, text: String, into folder: String) throws(StoreError) -> String {
        let paths = try OutputFolder.write([(base + ".html", html), (base + ".txt", text)], into: folder)
        return paths.map(\.escapedForDisplay).joined(separator: ", ")
    }
}
