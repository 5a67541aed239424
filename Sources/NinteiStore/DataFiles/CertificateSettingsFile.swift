import Foundation
import NinteiCore

extension DataDirectory {
    public var certificateSettingsPath: String { path + "/program/certificates.json" }

    /// Certificate numbering and validity from `program/certificates.json`; the standard
    /// settings (R5-001, 3 years) when the folder has no such file. A broken file is an error.
    public func loadCertificateSettings() throws(DataFileError) -> CertificateSettings {
        guard FileManager.default.fileExists(atPath: certificateSettingsPath) else { return .standard }
        return try TextFile.decode(certificateSettingsPath) { text throws(DocumentReadError) in try CertificateSettingsReader.read(text) }
    }
}
