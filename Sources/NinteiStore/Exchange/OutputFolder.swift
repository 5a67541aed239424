import Foundation
import NinteiCore

/// The folder a person names for printed files (`--out`, or the folder asked for on the
/// committee screens). A file name made from stored text (a certificate number) goes through
/// `fileName`, and every path is checked to stay inside the folder before anything is written,
/// so a number such as `/../../../victim/pwned` cannot place a file elsewhere.
public enum OutputFolder {
    /// `text` as one file name: Japanese and other letters kept; `/`, `\`, NUL and every
    /// control character (as `escapedForDisplay` counts them) become `_`, as do leading dots
    /// (no hidden file, no `.` or `..`); empty text is `_`; at most 200 bytes of UTF-8.
    public static func fileName(_ text: String) -> String {
        var name = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar == "/" || scalar == "\\" || String.isEscapedForDisplay(scalar) ? "_" : scalar
        }))
        let dots = name.prefix { $0 == "." }.count
        name = String(repeating: "_", count: dots) + name.dropFirst(dots)
        while name.utf8.count > 200 { name.removeLast() }
        return name.isEmpty ? "_" : name
    }

    /// `folder/name`, or a refusal when the two do not make a file directly inside `folder`.
    public static func path(_ folder: String, _ name: String) throws(StoreError) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL
        let file = base.appendingPathComponent(name).standardizedFileURL
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"),
              file.deletingLastPathComponent().standardizedFileURL.path == base.path
        else {
            let shown = name.escapedForDisplay
            throw .refused(LocalizedText(
                ja: "ファイル名「\(shown)」は出力先のフォルダの外を指すため、書き出しません",
                en: "the file name \"\(shown)\" points outside the output folder; nothing was written"))
        }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Writes `files` (name → contents) into `folder`, every file or none; returns their paths.
    @discardableResult
    public static func write(_ files: [(name: String, contents: String)], into folder: String) throws(StoreError) -> [String] {
        let paths = try files.map { file throws(StoreError) in try path(folder, file.name) }
        var written: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (path, file) in zip(paths, files) {
                try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
                written.append(path)
            }
        } catch {
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            throw .failed(error.localizedDescription)
        }
        return paths
    }
}
