import NinteiCore

/// Reads application documents (INTERCHANGE.md) from files.
public enum ApplicationFile {
    public static func read(_ path: String, checklists: ChecklistLibrary) throws(DataFileError) -> ApplicationDocument {
        let text = try TextFile.read(path)
        do {
            return try ApplicationReader.read(text, checklists: checklists)
        } catch {
            throw DataFileError(file: path, problem: .invalid(error))
        }
    }
}
