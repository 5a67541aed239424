import Foundation
import NinteiCore

/// The folder of shipped data: checklist versions and reference figures (`data/` in the
/// repository). Found, in order, from `--data`, `$NINTEI_DATA`, beside the executable (the
/// build folder sits inside the repository) and the current directory.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var checklistsPath: String { path + "/checklists" }
    public var referencePath: String { path + "/reference/industry-averages.json" }
    /// Mappings between checklist versions, for renewals (`checklists/mappings/*.json`; the folder is optional).
    public var mappingsPath: String { checklistsPath + "/mappings" }

    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(DataFileError) -> DataDirectory {
        if let explicit {
            guard isDataDirectory(explicit) else { throw DataFileError(file: explicit, problem: .notADataDirectory) }
            return DataDirectory(path: explicit)
        }
        if let fromEnvironment = environment["NINTEI_DATA"], !fromEnvironment.isEmpty {
            guard isDataDirectory(fromEnvironment) else { throw DataFileError(file: fromEnvironment, problem: .notADataDirectory) }
            return DataDirectory(path: fromEnvironment)
        }
        // Beside the program itself, as the kernel knows it (/proc/self/exe): never the current
        // folder, nor argv[0], which a name found on PATH makes relative to it. A data/ folder
        // planted where someone runs nintei must not change the rules they apply.
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? "/"
        let executable = URL(fileURLWithPath: program).resolvingSymlinksInPath().deletingLastPathComponent()
        for start in [executable] {
            var folder = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = folder.appendingPathComponent("data").path
                if isDataDirectory(candidate) { return DataDirectory(path: candidate) }
                let installed = folder.appendingPathComponent("share/nintei").path
                if isDataDirectory(installed) { return DataDirectory(path: installed) }
                folder.deleteLastPathComponent()
            }
        }
        throw DataFileError(file: "data/", problem: .notFound)
    }

    static func isDataDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/checklists", isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Every checklist version in `checklists/`, each checked against the format; the first
    /// broken file stops the load with its name and the path inside it.
    public func loadChecklists() throws(DataFileError) -> ChecklistLibrary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: checklistsPath).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw DataFileError(file: checklistsPath, problem: .unreadable(error.localizedDescription))
        }
        var checklists: [Checklist] = []
        for name in names {
            let file = checklistsPath + "/" + name
            let checklist = try TextFile.decode(file) { text throws(DocumentReadError) in try ChecklistReader.read(text) }
            if let twin = checklists.first(where: { $0.id == checklist.id }) {
                throw DataFileError(file: file, problem: .duplicateChecklist(checklist.id, twin.title.ja))
            }
            checklists.append(checklist)
        }
        guard !checklists.isEmpty else { throw DataFileError(file: checklistsPath, problem: .noChecklists) }
        return ChecklistLibrary(checklists)
    }

    /// Every checklist version and the reference figures, from the folder `locate` finds.
    public static func load(explicit: String?) throws(DataFileError) -> ShippedData {
        let folder = try locate(explicit: explicit)
        let checklists = try folder.loadChecklists()
        return ShippedData(
            folder: folder, checklists: checklists, reference: try folder.loadReference(), mappings: try folder.loadMappings(checklists: checklists))
    }

    /// Every mapping in `checklists/mappings/`, each checked against the checklist versions it joins; none when the
    /// folder is absent.
    public func loadMappings(checklists: ChecklistLibrary) throws(DataFileError) -> ChecklistMappingLibrary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: mappingsPath, isDirectory: &isFolder), isFolder.boolValue else {
            return ChecklistMappingLibrary([])
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: mappingsPath).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw DataFileError(file: mappingsPath, problem: .unreadable(error.localizedDescription))
        }
        var mappings: [ChecklistMapping] = []
        for name in names {
            let file = mappingsPath + "/" + name
            let mapping = try TextFile.decode(file) { text throws(DocumentReadError) in try ChecklistMappingReader.read(text, checklists: checklists) }
            if mappings.contains(where: { $0.from == mapping.from && $0.to == mapping.to }) {
                throw DataFileError(file: file, problem: .duplicateChecklist("\(mapping.from) → \(mapping.to)", name))
            }
            mappings.append(mapping)
        }
        return ChecklistMappingLibrary(mappings)
    }

    public func loadReference() throws(DataFileError) -> ReferenceFigures {
        try TextFile.decode(referencePath) { text throws(DocumentReadError) in try ReferenceReader.read(text) }
    }
}

/// What the data folder holds, loaded and checked.
public struct ShippedData: Sendable {
    public let folder: DataDirectory
    public let checklists: ChecklistLibrary
    public let reference: ReferenceFigures
    /// Mappings between checklist versions, for renewals.
    public let mappings: ChecklistMappingLibrary
}
