import Foundation
import NinteiCore

/// Reads a whole file as UTF-8 text, with errors that name the file.
enum TextFile {
    static func read(_ path: String) throws(DataFileError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw DataFileError(file: path, problem: isFolder.boolValue ? .isAFolder : .unreadable(nil))
            }
            throw DataFileError(file: path, problem: .missing)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DataFileError(file: path, problem: .notUTF8)
        }
        return text
    }

    /// Reads a file and decodes its text; a decoding error is reported with the file's name.
    static func decode<Value>(_ path: String, _ decode: (String) throws(DocumentReadError) -> Value) throws(DataFileError) -> Value {
        let text = try read(path)
        do {
            return try decode(text)
        } catch {
            throw DataFileError(file: path, problem: .invalid(error))
        }
    }
}
