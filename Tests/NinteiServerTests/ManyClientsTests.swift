import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// Twenty clients at once on one server, each with its own connections: editors saving field
/// after field of their own case, importers adding cases, officers logging contacts on one
/// shared case, exporters reading everything. Nothing any of them was told was saved is missing
/// afterwards, and the audit log holds one event per change, intact.
@Suite struct ManyClientsTests {
    @Test func twentyClientsAtOnceLoseNothing() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let setup = try office.client()
        let document = try office.example("midori-kensetsu")
        let edited = try (0..<5).map { _ in try setup.createCase(document) }
        let shared = try setup.createCase(document)
        let eventsBefore = try setup.verifyAudit().events
        let saves = 12, batches = 3, batchSize = 4, contactsEach = 8

        let failures = Failures()
        let socket = office.socketPath
        DispatchQueue.concurrentPerform(iterations: 20) { worker in
            do {
                let client = try OfficeClient(socket: socket)
                switch worker % 4 {
                case 0:
                    let id = edited[worker / 4]
                    var revision = try client.loadCase(id).revision
                    for save in 1...saves {
                        revision = try client.saveField(
                            caseID: id, path: JSONPath([.key("firm"), .key("address")]), value: .string("朝霞市本町\(save)"),
                            revision: revision
                        ).revision
                    }
                case 1:
                    for _ in 0..<batches {
                        for result in try client.createCases(Array(repeating: (document, CaseStatus.draft), count: batchSize)) {
                            _ = try result.get()
                        }
                    }
                case 2:
                    for note in 0..<contactsEach {
                        _ = try client.addContact(caseID: shared, date: .today(), channel: .phone, note: "担当者\(worker)の連絡\(note)")
                    }
                default:
                    for _ in 0..<3 {
                        let ids = try client.caseIDs()
                        try client.exportCSV(ids, skippingDamaged: false) { (_: String) throws(StoreError) in }
                        _ = try client.exportDocuments(Array(ids.prefix(5)))
                    }
                }
            } catch {
                failures.add("worker \(worker): \(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")

        let check = try office.client()
        for id in edited {
            let final = try check.loadCase(id)
            #expect(final.document.firm.address == "朝霞市本町\(saves)")
        }
        #expect(try check.caseIDs().count == 6 + 5 * batches * batchSize)
        let notes = Set(try check.contacts(caseID: shared).map(\.note))
        #expect(notes.count == 5 * contactsEach)
        let audit = try check.verifyAudit()
        #expect(audit.isIntact)
        #expect(audit.events - eventsBefore == 5 * saves + 5 * batches * batchSize + 5 * contactsEach)
    }
}

/// What went wrong in any worker, gathered for one assertion.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
