import NinteiCore

/// Reads application documents (INTERCHANGE.md) from files: a regular file of at most
/// `InputLimits.documentBytes`, refused by its size before it is read.
public enum ApplicationFile {
    public static func read(_ path: String, checklists: ChecklistLibrary) throws(DataFileError) -> ApplicationDocument {
        try TextFile.decode(path, limit: InputLimits.documentBytes) { text throws(DocumentReadError) in try ApplicationReader.read(text, checklists: checklists) }
    }
}
