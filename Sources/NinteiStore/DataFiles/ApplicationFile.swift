import NinteiCore

/// Reads application documents (INTERCHANGE.md) from files.
public enum ApplicationFile {
    public static func read(_ path: String, checklists: ChecklistLibrary) throws(DataFileError) -> ApplicationDocument {
        let bytes = try TextFile.readBytes(path)
        do {
            return try ApplicationReader.read(bytes: bytes, checklists: checklists)
        } catch {
            throw DataFileError(file: path, problem: .invalid(error))
        }
    }
}
