import NinteiCore

/// Reads application documents (INTERCHANGE.md) from files: a regular file of at most
/// `InputLimits.documentBytes`, refused by its size before it is read.
public enum ApplicationFile {
    public static func read(_ path: String, checklists: ChecklistLibrary) throws(DataFileError) -> ApplicationDocument {
        try TextFile.decode(path, limit: InputLimits.documentBytes) { text throws(DocumentReadError) in try ApplicationReader.read(text, checklists: checklists) }
    }

    /// The files of an import batch, each read as `readForImport(_:checklists:)` reads it, on
    /// two threads; the results in the files' order.
    public static func readForImport(_ paths: [String], checklists: ChecklistLibrary) -> [Result<ImportFile, DataFileError>] {
        TwoThreads.map(paths) { path in
            do throws(DataFileError) {
                return .success(try readForImport(path, checklists: checklists))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Reads a document to import, with the SHA-256 of the file's bytes (see `ImportFile`).
    public static func readForImport(_ path: String, checklists: ChecklistLibrary) throws(DataFileError) -> ImportFile {
        let bytes = try TextFile.bytes(path, limit: InputLimits.documentBytes)
        // Validated in place, not copied into a String that nothing reads.
        guard (try? UTF8Span(validating: bytes.span)) != nil else { throw DataFileError(file: path, problem: .notUTF8) }
        do throws(DocumentReadError) {
            let document = try ApplicationReader.read(bytes: bytes, checklists: checklists)
            return ImportFile(path: path, document: document, contentHash: ImportFile.contentHash(of: bytes))
        } catch {
            throw DataFileError(file: path, problem: .invalid(error))
        }
    }
}
