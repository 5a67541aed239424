import NinteiCore

/// Reads application documents (INTERCHANGE.md) from files.
public enum ApplicationFile {
    public static func read(_ path: String, checklists: ChecklistLibrary) throws(DataFileError) -> ApplicationDocument {
        try TextFile.decode(path) { text throws(DocumentReadError) in try ApplicationReader.read(text, checklists: checklists) }
    }
}
