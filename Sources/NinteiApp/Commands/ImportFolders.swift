import Foundation

/// What an import names: a file as given; a folder as the application documents (`*.json`)
/// directly inside it, in name order. A folder is how an office imports thousands of documents
/// at once: a shell glob would put each on the command line, whose parsing grows with the
/// square of their number.
enum ImportFolders {
    /// Why a folder gave no document.
    enum Refusal: Sendable {
        case noDocuments, unreadable
    }

    struct Expanded {
        var files: [String] = []
        /// Folders that hold no document, or cannot be read: each with why.
        var refused: [(folder: String, reason: Refusal)] = []
    }

    static func expand(_ paths: [String]) -> Expanded {
        var expanded = Expanded()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                expanded.files.append(path)  // a missing or unreadable file is refused when it is read, naming it
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                expanded.refused.append((path, .unreadable))
                continue
            }
            let documents = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            if documents.isEmpty { expanded.refused.append((path, .noDocuments)) }
            let folder = path.hasSuffix("/") ? path : path + "/"
            expanded.files += documents.map { folder + $0 }
        }
        return expanded
    }
}
