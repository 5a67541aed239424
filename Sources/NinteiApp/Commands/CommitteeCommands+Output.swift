import Foundation
import NinteiCore
import NinteiStore

/// Files the committee prints: the meeting packet, the minutes and certificates.
extension CommitteeCommands {
    public func packet(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let packet = try store.meetingPacket(meetingID: meetingID)
            let base = "\(outputFolder)/meeting-\(meetingID)-packet"
            try write([(base + ".html", MeetingExport.packetHTML(packet, language: language)), (base + ".txt", MeetingExport.packetText(packet, language: language))])
            return done([(ja ? "審査会資料を書き出しました: " : "Wrote the meeting packet: ") + base + ".html, " + base + ".txt"])
        }
    }

    public func minutes(meetingID: Int64, outputFolder: String) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let minutes = try store.meetingMinutes(meetingID: meetingID)
            let base = "\(outputFolder)/meeting-\(meetingID)-minutes"
            try write([(base + ".html", MeetingExport.minutesHTML(minutes, language: language)), (base + ".txt", MeetingExport.minutesText(minutes, language: language))])
            return done([(ja ? "議事録を書き出しました: " : "Wrote the minutes: ") + base + ".html, " + base + ".txt"])
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
                    ? "案件 \(caseID): 認定番号 \(record.number)、認定期間 \(dateText(record.issuedOn))〜\(dateText(record.validUntil))"
                    : "Case \(caseID): certificate \(record.number), valid \(record.issuedOn.iso) through \(record.validUntil.iso)")
            }
            if let outputFolder {
                let base = "\(outputFolder)/certificate-\(record.number)"
                try write([(base + ".html", CertificateExport.html(record, settings: settings, language: language)),
                           (base + ".txt", CertificateExport.text(record, settings: settings, language: language))])
                lines.append((ja ? "認定証を書き出しました: " : "Wrote the certificate: ") + base + ".html, " + base + ".txt")
            } else if lines.isEmpty {
                lines.append(ja ? "案件 \(caseID): 認定番号 \(record.number)（発行済み）" : "Case \(caseID): certificate \(record.number) (already issued)")
            }
            return done(lines)
        }
    }

    /// Writes every file or none.
    private func write(_ files: [(path: String, contents: String)]) throws(StoreError) {
        var written: [String] = []
        do {
            for file in files {
                try FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.contents.write(toFile: file.path, atomically: true, encoding: .utf8)
                written.append(file.path)
            }
        } catch {
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            throw .failed(error.localizedDescription)
        }
    }
}
