import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

/// Hostile input: mutated application documents through the real import path, and random key
/// sequences (Japanese, emoji, control keys, resizes, huge pastes) through the shell and the
/// intake form. Seeded, so a failure names the seed and the case that reproduce it; a few
/// hundred cases in `make test`, many more with NINTEI_SOAK=1 (`make soak`).
@Suite("Fuzz: hostile documents and keys")
struct FuzzTests {
    static let soak = ProcessInfo.processInfo.environment["NINTEI_SOAK"] != nil


    static let examples: [Data] = ["sakura-seiko", "midori-kensetsu", "kappo-asaka", "hinode-shoukai"].map {
        try! Data(contentsOf: URL(fileURLWithPath: Binary.dataPath + "/examples/\($0).json"))
    }

    /// Pieces a hostile or careless file holds.
    static let splices: [[UInt8]] = [
        [0xFF], [0xC3], [0xE3, 0x81], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x00],
        Array("\"".utf8), Array("{".utf8), Array("}".utf8), Array("[".utf8), Array(",".utf8), Array(":".utf8),
        Array("null".utf8), Array("true".utf8), Array("1e400".utf8), Array("-0".utf8), Array("\"\\ud800\"".utf8),
        Array("\"check\"".utf8), Array("\"na\"".utf8), Array("\"x\": 1".utf8), Array("\\u0000".utf8),
        Array(String(repeating: "[", count: 5000).utf8), Array(String(repeating: "あ", count: 20000).utf8),
    ]

    /// One mutation of a document's bytes.
    static func mutate(_ data: Data, _ random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0:  // cut a run
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 1:  // splice something in
                bytes.insert(contentsOf: splices.randomElement(using: &random)!, at: at)
            case 2:  // flip a byte
                bytes[at] ^= UInt8.random(in: 1...255, using: &random)
            case 3:  // cut the file short
                bytes.removeSubrange(at...)
            case 4:  // duplicate a run
                let run = bytes[at..<min(bytes.count, at + Int.random(in: 1...200, using: &random))]
                bytes.insert(contentsOf: run, at: Int.random(in: 0...bytes.count, using: &random))
            default:  // a value swapped for another kind of value
                if let quote = bytes[at...].firstIndex(of: UInt8(ascii: ":")) {
                    let end = bytes[quote...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? bytes.count
                    let value = [Array("[]".utf8), Array("{}".utf8), Array("\"\"".utf8), Array("12345678901234567890".utf8), Array("false".utf8)]
                        .randomElement(using: &random)!
                    bytes.replaceSubrange((quote + 1)..<end, with: value)
                }
            }
        }
        return Data(bytes)
    }

    @Test("mutated documents: each refused file is named with what is wrong and leaves the store as it was")
    func mutatedImports() throws {
        let count = Self.soak ? 3000 : 300
        let office = try FormTestOffice()
        let identity = Identity(login: "yamada")
        let commands = StoreCommands(language: .en, dbOption: office.path, dataPath: Binary.dataPath, identity: identity)
        let store = try office.store("yamada")
        var random = SeededGenerator(state: 8)
        var refused = 0
        for index in 0..<count {
            let file = office.folder.appendingPathComponent("m\(index).json").path
            let bytes = Self.mutate(Self.examples[index % Self.examples.count], &random)
            FileManager.default.createFile(atPath: file, contents: bytes)
            let casesBefore = try store.countCases(CaseListQuery())
            let eventsBefore = try store.auditEvents().count
            let outcome = failIfHung("importing mutated document \(index) (seed 8)") { commands.importFiles([file]) }
            let casesAfter = try store.countCases(CaseListQuery())
            if outcome.exitCode == 0 {
                #expect(casesAfter == casesBefore + 1, "case \(index): imported but \(casesAfter - casesBefore) cases added")
            } else {
                refused += 1
                #expect(outcome.exitCode == 1, "case \(index): \(outcome.errors)")
                #expect(casesAfter == casesBefore, "case \(index): a refused file changed the cases")
                #expect(try store.auditEvents().count == eventsBefore, "case \(index): a refused file wrote to the audit log")
                #expect(outcome.errors.count == 1 && outcome.errors[0].hasPrefix(file + ": "), "case \(index): \(outcome.errors)")
                #expect(outcome.errors.first.map { $0.count > file.count + 4 } == true, "case \(index): the reason is given")
            }
            try? FileManager.default.removeItem(atPath: file)
        }
        #expect(refused > count / 3, "the mutations are mostly refused (\(refused) of \(count))")
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.verifyAudit().isIntact)
    }

    /// Keys of every kind a terminal delivers, hostile text among them.
    static func randomKey(_ random: inout SeededGenerator) -> Key {
        let texts: [Character] = ["あ", "が", "ｶ", "ﾞ", "株", "𠮷", "👍🏽", "e\u{301}", "1", "１", "-", "ー", "a", " ", "\u{200B}", "\u{FEFF}", "\u{FFFD}", "\u{7F}", "\u{1B}", "\t", "\u{0}"]
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<9: return .character(texts.randomElement(using: &random)!)
        case 9: return [.tab, .backTab, .enter].randomElement(using: &random)!
        case 10: return [.up, .down, .left, .right, .home, .end].randomElement(using: &random)!
        case 11: return [.pageUp, .pageDown].randomElement(using: &random)!
        case 12: return [.backspace, .delete, .insert].randomElement(using: &random)!
        case 13: return .ctrl(["a", "b", "d", "e", "f", "k", "u", "l", " "].randomElement(using: &random)!)
        case 14: return .function(Int.random(in: 1...12, using: &random))
        case 15: return .escape
        case 16: return .resize
        default: return .character(["0", "5", "9", "R", "令", "年", "月", "日", "/", "."].randomElement(using: &random)!)
        }
    }

    @Test("random keys in the intake form: no crash, no hang, the revision moves only with a saved change")
    func randomKeysInTheForm() throws {
        let runs = Self.soak ? 400 : 40
        let office = try FormTestOffice()
        var random = SeededGenerator(state: 2026)
        for run in 0..<runs {
            let caseID = try office.draft(["sakura-seiko", "kappo-asaka", "hinode-shoukai"][run % 3])
            let store = try office.store("yamada")
            let before = try store.loadCase(caseID)
            var keys = (0..<Int.random(in: 50...400, using: &random)).map { _ in Self.randomKey(&random) }
            if run % 10 == 0 {
                // A huge paste into whatever field has the focus.
                keys.insert(contentsOf: Array(repeating: Key.character("長"), count: 3000), at: keys.count / 2)
            }
            // Quit at the end (Ctrl-C), as after input ends.
            keys.append(.ctrl("c"))
            let sizes = [(80, 24), (40, 12), (39, 11), (120, 40), (61, 17)]
            let size = sizes[run % sizes.count]
            let backend = MemoryBackend(width: size.0, height: size.1, keys: keys)
            let form = try CaseFormScreen(store: store, caseID: caseID, language: run % 2 == 0 ? .ja : .en)
            failIfHung("run \(run) of random keys in the form (seed 2026, \(keys.count) keys)") {
                AppShell(root: form, language: .ja).run(on: backend)
            }

            let after = try store.loadCase(caseID)
            let changes = try store.auditEvents(caseID: caseID).filter { $0.action.hasPrefix("field ") || $0.action == "status" }
            #expect(after.revision - before.revision == Int64(changes.count), "run \(run): the revision moved without a recorded change")
            #expect(changes.allSatisfy { $0.before != $0.after }, "run \(run): a save that changed nothing was recorded")
        }
        let store = try office.store("yamada")
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test("random keys on the case list and its search: no crash, no hang")
    func randomKeysInTheList() throws {
        let office = try FormTestOffice()
        for example in ["sakura-seiko", "kappo-asaka", "hinode-shoukai", "midori-kensetsu"] { _ = try office.draft(example) }
        let store = try office.store("yamada")
        var random = SeededGenerator(state: 99)
        for run in 0..<(Self.soak ? 200 : 20) {
            var keys = (0..<300).map { _ in Self.randomKey(&random) }
            keys.insert(.character("/"), at: 0)
            keys.append(.ctrl("c"))
            let list = CaseListScreen(store: store, language: .ja) { id in OpenApp.caseScreen(store: store, caseID: id, language: .ja) }
            failIfHung("run \(run) of random keys on the case list (seed 99)") {
                AppShell(root: list, language: .ja).run(on: MemoryBackend(width: run % 2 == 0 ? 80 : 40, height: run % 2 == 0 ? 24 : 12, keys: keys))
            }
        }
        #expect(try store.verifyAudit().isIntact)
    }
}
