import Foundation
import NinteiCore

extension DataDirectory {
    public var certificateSettingsPath: String { path + "/program/certificates.json" }

    /// Certificate numbering and validity from `program/certificates.json` (the standard
    /// settings, R5-001 and 3 years, when the folder has no such file), with the office's
    /// `[certificate]` settings from its configuration file over them. The configuration file
    /// is read again here, so a change to it holds from the next certificate. A broken file is
    /// an error.
    public func loadCertificateSettings() throws(DataFileError) -> CertificateSettings {
        let shipped: CertificateSettings
        if FileManager.default.fileExists(atPath: certificateSettingsPath) {
            shipped = try TextFile.decode(certificateSettingsPath) { text throws(DocumentReadError) in try CertificateSettingsReader.read(text) }
        } else {
            shipped = .standard
        }
        return try configuration.reread().certificate.applied(to: shipped)
    }
}
