import Foundation
import Testing

/// Every `--help` is read by the office in Japanese and by others in English: each option, flag
/// and argument of every command says what it is in both ("English / 日本語", issue 17).
@Suite("nintei --help, bilingual option help")
struct OptionHelpTests {
    @Test("every command's abstract and every option and argument line of its --help carry Japanese")
    func everyOptionHasJapanese() throws {
        let commands = try Self.commandPaths()
        let paths = commands.map(\.path)
        #expect(paths.contains(["form"]) && paths.contains(["meeting", "create"]), "\(paths)")
        for command in commands {
            #expect(command.abstract.contains(where: Self.isJapanese), "nintei \(command.name): no Japanese in its abstract \"\(command.abstract)\"")
            let result = try Binary.run(command.path + ["--help"])
            #expect(result.status == 0, "nintei \(command.name) --help: \(result.standardError)")
            let entries = Self.optionEntries(inHelp: result.standardOutput)
            if command.isLeaf {
                #expect(!entries.isEmpty, "nintei \(command.name) --help lists no options:\n\(result.standardOutput)")
            }
            for entry in entries where !Self.isBuiltIn(entry) && !entry.contains(where: Self.isJapanese) {
                Issue.record("nintei \(command.name) --help: no Japanese in \"\(entry)\"")
            }
        }
    }

    struct CommandPath {
        let path: [String]
        let isLeaf: Bool
        let abstract: String
        var name: String { path.joined(separator: " ") }
    }

    /// The command tree as the parser itself describes it (the description the man page is
    /// generated from), so a command added later is checked without being listed here.
    static func commandPaths() throws -> [CommandPath] {
        let dump = try Binary.run(["--experimental-dump-help"])
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.standardOutput.utf8))
        func walk(_ command: CommandInfo, _ path: [String]) -> [CommandPath] {
            // `nintei help` is the parser's own, with its own wording.
            let children = (command.subcommands ?? []).filter { $0.commandName != "help" }
            let here = path.isEmpty ? [] : [CommandPath(path: path, isLeaf: children.isEmpty, abstract: command.abstract ?? "")]
            return here + children.flatMap { walk($0, path + [$0.commandName]) }
        }
        return walk(tool.command, [])
    }

    struct ToolInfo: Decodable { let command: CommandInfo }
    struct CommandInfo: Decodable {
        let commandName: String
        let abstract: String?
        let subcommands: [CommandInfo]?
    }

    /// The entries of the ARGUMENTS and OPTIONS sections, each with the lines its text wraps onto:
    /// an entry starts two spaces in, its wrapped text is indented further.
    static func optionEntries(inHelp help: String) -> [String] {
        var entries: [String] = []
        var inSection = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " " {
                inSection = line == "ARGUMENTS:" || line == "OPTIONS:"
            } else if inSection, line.hasPrefix("  "), line.dropFirst(2).first.map({ $0 != " " }) == true {
                entries.append(String(line))
            } else if inSection, !line.trimmingCharacters(in: .whitespaces).isEmpty, !entries.isEmpty {
                entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return entries
    }

    /// The parser's own -h/--help and --version, whose text it writes itself.
    static func isBuiltIn(_ entry: String) -> Bool {
        let names = entry.trimmingCharacters(in: .whitespaces)
        return names.hasPrefix("-h, --help") || names.hasPrefix("--version")
    }

    static func isJapanese(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
        }
    }
}
