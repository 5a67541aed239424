import Foundation
import NinteiCore

extension DataDirectory {
    public var programTargetsPath: String { path + "/program/targets.json" }

    /// The program's targets from `program/targets.json` (DOMAIN.md's defaults when the folder
    /// has no such file, a data folder made before the file existed), with the office's
    /// `[targets]` from its configuration file over them, read again here. A broken file is an
    /// error naming the file and the key.
    public func loadProgramTargets() throws(DataFileError) -> ProgramTargets {
        let shipped: ProgramTargets
        if FileManager.default.fileExists(atPath: programTargetsPath) {
            shipped = try TextFile.decode(programTargetsPath) { text throws(DocumentReadError) in try ProgramTargetsReader.read(text) }
        } else {
            shipped = .defaults
        }
        return try configuration.reread().targets.applied(to: shipped)
    }
}
