import Foundation
import NinteiCore
import NinteiStore

/// The program data the server evaluates with, from its own data folder: checklists, reference
/// figures and renewal mappings (read at start, and sent to clients as texts), targets and
/// certificate settings (read when used, so an office can change them without a restart), with
/// the `[targets]` and `[certificate]` of the server process's own configuration file over them
/// (`data.folder.configuration`, read again when used too); what a client has is never used.
public struct ServerProgram: Sendable {
    public let data: ShippedData
    let wire: WireProgram

    public init(data: ShippedData) throws(DataFileError) {
        self.data = data
        let folder = data.folder
        func texts(_ folder: String) throws(DataFileError) -> [String] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
            var texts: [String] = []
            for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
                texts.append(try TextFile.read(folder + "/" + name))
            }
            return texts
        }
        wire = WireProgram(
            checklists: try texts(folder.checklistsPath), mappings: try texts(folder.mappingsPath),
            reference: try TextFile.read(folder.referencePath))
    }

    func certificateSettings() throws(StoreError) -> CertificateSettings {
        do {
            return try data.folder.loadCertificateSettings()
        } catch {
            throw .failed(error.text(.en))
        }
    }

    func targets() throws(StoreError) -> ProgramTargets {
        do {
            return try data.folder.loadProgramTargets()
        } catch {
            throw .failed(error.text(.en))
        }
    }
}
