import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

/// Issue 19, parts 6 and 8 in the store: every way in refuses oversized text by its field and
/// limit before the write lock is taken, and files are read only when they are regular files
/// of a sane size.
@Suite("Input limits in the store and its files")
struct InputLimitsStoreTests {
    /// Runs `work` while another connection holds the store's write lock, as a long write of
    /// another process would: whatever `work` does must not need the lock.
    func whileLocked<T>(_ fixture: StoreFixture, _ work: () throws -> T) throws -> T {
        let other = try DatabaseQueue(path: fixture.path)
        return try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            return try work()
        }
    }

    func refusal(_ work: () throws -> Void) -> String {
        do {
            try work()
            return "accepted"
        } catch let error as StoreError {
            return error.text(.en)
        } catch {
            return String(describing: error)
        }
    }

    @Test("a 1.7-million-character firm name is refused by its field and limit without waiting for the write lock")
    func hugeFieldRefusedBeforeTheLock() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        let revision = try officer.loadCase(id).revision
        let huge = String(repeating: "株", count: 1_700_000)
        let message = try whileLocked(fixture) {
            refusal { try officer.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string(huge), revision: revision) }
        }
        #expect(message.hasPrefix("firm.name: 1,700,000 characters; at most 200"), "\(message.prefix(200))")
        var document = try fixture.example("kappo-asaka")
        document.answers["1-1"] = Answer(mark: .check, text: String(repeating: "あ", count: 4_001))
        let created = try whileLocked(fixture) { refusal { try officer.createCase(document) } }
        #expect(created.hasPrefix("answers.1-1.text: 4,001 characters; at most 4,000"), "\(created)")
        #expect(try officer.caseIDs() == [id])
        #expect(try officer.auditEvents().filter { $0.action.hasPrefix("field") }.isEmpty, "nothing of the refused save was written")
    }

    @Test("contact notes, opinions, reasons, notes and places over their limit are refused naming the field, before anything else")
    func storeEntries() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let chair = try fixture.store("chair-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        let long = String(repeating: "あ", count: 4_001)
        let today = LocalDate(year: 2026, month: 11, day: 21)!
        let refusals = try whileLocked(fixture) {
            [
                refusal { try officer.addContact(caseID: id, date: today, channel: .phone, note: long) },
                refusal { try officer.giveOpinion(caseID: id, verdict: .approve, comment: long, for: "member-user") },
                refusal { try chair.decide(caseID: id, outcome: .approve, reason: long) },
                refusal { try officer.markConflict(caseID: id, member: "member-user", type: .adviser, note: long) },
                refusal { try officer.reviewFinding(caseID: id, item: nil, code: .declarationMissing, reason: long) },
                refusal { try officer.setCultureNote(caseID: id, note: long) },
                refusal { try officer.createMeeting(date: today, place: String(repeating: "会", count: 201)) },
            ]
        }
        let fields = ["contact.note", "opinion.comment", "decision.reason", "conflict.note", "findingReview.reason", "cultureNote.note", "meeting.place"]
        for (message, field) in zip(refusals, fields) {
            #expect(message.hasPrefix(field + " ("), "\(message)")
            #expect(message.contains("at most 4,000") || (field == "meeting.place" && message.contains("201 characters; at most 200")), "\(message)")
        }
        #expect(try officer.contacts(caseID: id).isEmpty)
        do {
            try officer.addContact(caseID: id, date: today, channel: .phone, note: long)
        } catch {
            #expect(error.text(.ja) == "contact.note（連絡記録のメモ）: 4,001 文字あります。4,000 文字までにしてください")
        }
        #expect(try officer.addContact(caseID: id, date: today, channel: .phone, note: String(repeating: "あ", count: 4_000)) > 0)
    }

    @Test("a case stored before the limits still opens; an edit names the field to shorten, and shortening it saves")
    func storedBeforeTheLimits() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let id = try officer.createCase(try fixture.example("sakura-seiko"))
        let long = String(repeating: "株", count: 300)
        try fixture.tamper("UPDATE \"case\" SET document = json_set(document, '$.firm.name', '\(long)') WHERE id = \(id)")
        let stored = try officer.loadCase(id)
        #expect(stored.document.firm.name == long)
        let kana = refusal {
            try officer.saveField(caseID: id, path: JSONPath([.key("firm"), .key("kana")]), value: .string("カブシキガイシャ"), revision: stored.revision)
        }
        #expect(kana.hasPrefix("firm.name: 300 characters; at most 200"), "\(kana)")
        let fixed = try officer.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string("株式会社さくら精工"), revision: stored.revision)
        #expect(fixed.document.firm.name == "株式会社さくら精工")
    }

    @Test("a FIFO, /dev/zero and /dev/null are refused as not regular files, without blocking")
    func notRegularFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/zero", "/dev/null"] {
            // Read on a thread of its own: a reader that blocks on the FIFO is released by a
            // writer opened below, so the test reports the failure instead of hanging.
            let result = ReadResult()
            let reader = Thread {
                do throws(DataFileError) {
                    _ = try ApplicationFile.read(path, checklists: StoreFixture.library)
                    result.finish("accepted")
                } catch {
                    result.finish(error.text(.en) + "\n" + error.text(.ja))
                }
            }
            reader.start()
            if result.wait(seconds: 60) == nil, path == fifo {
                let writer = open(fifo, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
            }
            let message = result.wait(seconds: 60) ?? "no answer"
            #expect(message.hasPrefix("\(path): is not a regular file"), "\(message)")
            #expect(message.contains("\(path): 通常のファイルではありません"), "\(message)")
            #expect(!message.contains("permissions"))
        }
    }

    @Test("a document file over 1 MB is refused by its size, before it is read")
    func oversizedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 64 MB that take no disk: a sparse file.
        let file = folder.appendingPathComponent("huge.json").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("{".utf8)))
        #expect(truncate(file, 64 * 1_048_576) == 0)
        do throws(DataFileError) {
            _ = try ApplicationFile.read(file, checklists: StoreFixture.library)
            Issue.record("a 64 MB document was read")
        } catch {
            #expect(error.text(.en) == "\(file): is too large: 64 MB (67,108,864 bytes); at most 1 MB (1,048,576 bytes) is read")
            #expect(error.text(.ja).hasPrefix("\(file): 大きすぎます: 64 MB（67,108,864 バイト）"))
        }
    }
}

/// What a reader thread found, once it has.
private final class ReadResult: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var message: String?

    func finish(_ text: String) {
        lock.withLock { message = text }
        done.signal()
    }

    /// The message, waiting up to `seconds` for it.
    func wait(seconds: Double) -> String? {
        if let message = lock.withLock({ message }) { return message }
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        done.signal()
        return lock.withLock { message }
    }
}
