import Foundation
import GRDB
import NinteiCore

extension Store {
    /// Creates many cases in one write transaction (one fsync instead of one per case), each
    /// case all or nothing (see `writeCases`): a case the store refuses
    /// (an unknown checklist, text longer than its field allows) is left out alone and its
    /// result says why, and the others commit. A login that may not create cases is refused
    /// for all of them (thrown), and so is a failure of the transaction itself (disk full,
    /// read-only file): then nothing of the batch is stored.
    ///
    /// The benchmark builds its synthetic store with it; the import uses `importCases`.
    public func createCases(_ items: [(document: ApplicationDocument, status: CaseStatus)]) throws(StoreError) -> [Result<Int64, StoreError>] {
        try insertCases(items.map { NewCase(document: $0.document, status: $0.status, source: nil) }).map { result in
            result.map { outcome in
                switch outcome {
                case .created(let id), .alreadyImported(let id): return id
                }
            }
        }
    }

    /// Imports files as draft cases, a batch in one transaction as `createCases` does. Each
    /// file's content hash is recorded with its case in the same savepoint, so a file whose
    /// bytes were imported before (in this batch too) is not imported again: its result names
    /// the case it became.
    public func importCases(_ files: [ImportFile]) throws(StoreError) -> [Result<ImportOutcome, StoreError>] {
        try insertCases(files.map { NewCase(document: $0.document, status: .draft, source: $0) })
    }

    /// `importCases` of files prepared already (`prepareImport`): the import prepares the next
    /// batch as it reads it, while this one is written, so the write never waits for it.
    public func importCases(_ prepared: PreparedImport) throws(StoreError) -> [Result<ImportOutcome, StoreError>] {
        try writeCases(prepared.cases)
    }

    /// Files held to the input rules and their stored text and list columns computed, on the
    /// calling thread and one more: pure work, no store read, done off the write lock.
    public func prepareImport(_ files: [ImportFile]) -> PreparedImport {
        PreparedImport(cases: TwoThreads.map(files.map { NewCase(document: $0.document, status: .draft, source: $0) }, prepare))
    }

    /// Import files ready to be written, in their order (see `prepareImport`).
    public struct PreparedImport: Sendable {
        fileprivate let cases: [Result<PreparedCase, StoreError>]
    }

    fileprivate struct NewCase: Sendable {
        let document: ApplicationDocument
        let status: CaseStatus
        let source: ImportFile?
    }

    /// A case ready to be written: its stored text and list columns computed.
    fileprivate struct PreparedCase: Sendable {
        let item: NewCase
        let derived: DerivedColumns
    }

    private func insertCases(_ items: [NewCase]) throws(StoreError) -> [Result<ImportOutcome, StoreError>] {
        // Each document is held to the input rules (a file's was, as it was read) and its
        // stored text and list columns computed on other threads, a few cases
        // at a time, while this thread writes the cases before them: pure work on the
        // document, while the write is one thread's.
        let chunks = stride(from: 0, to: items.count, by: Self.preparedChunk).map { start in
            let chunk = items[start..<min(items.count, start + Self.preparedChunk)]
            return WorkAhead { chunk.map(self.prepare) }
        }
        return try writeCases(chunks.lazy.flatMap(\.value))
    }

    /// Writes prepared cases in one transaction, each case all or nothing (see `createCases`).
    /// The batch is first written straight through; only when the store refuses one of its
    /// cases is it rolled back and written again with each case in a savepoint of its own, so
    /// the refused case is left out alone. A savepoint a case cost the import a tenth of its
    /// write: it journals every page the case touches before touching it.
    private func writeCases(_ entries: some Sequence<Result<PreparedCase, StoreError>>) throws(StoreError) -> [Result<ImportOutcome, StoreError>] {
        var refusedOne = false
        do throws(StoreError) {
            return try writeCases(entries, eachInSavepoint: false, refusedOne: &refusedOne)
        } catch where refusedOne {
            return try writeCases(entries, eachInSavepoint: true, refusedOne: &refusedOne)
        }
    }

    private func writeCases(
        _ entries: some Sequence<Result<PreparedCase, StoreError>>, eachInSavepoint: Bool, refusedOne: inout Bool
    ) throws(StoreError) -> [Result<ImportOutcome, StoreError>] {
        try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkCreateCase(roles: roles) }
            var results: [Result<ImportOutcome, StoreError>] = []
            results.reserveCapacity(entries.underestimatedCount)
            // The search index takes the batch's cases after their savepoints: a full-text
            // index writes what it gathered at each savepoint, and a run for the whole batch
            // is what makes it cheap (in the order of its keys, `CaseSearchIndex.insert`).
            var searchEntries: [(caseID: Int64, entry: CaseSearchIndex.Entry)] = []
            for entry in entries {
                guard case .success(let prepared) = entry else {
                    if case .failure(let error) = entry { results.append(.failure(error)) }
                    continue
                }
                let item = prepared.item
                if let source = item.source, let existing = try ImportedFiles.caseID(db, contentHash: source.contentHash) {
                    results.append(.success(.alreadyImported(caseID: existing)))
                    continue
                }
                func insert() throws -> Int64 {
                    let id = try insertCase(db, item.document, derived: prepared.derived, status: item.status, indexSearch: false)
                    if let source = item.source { try ImportedFiles.record(db, source, caseID: id, login: identity.login) }
                    return id
                }
                do {
                    var created: Int64 = 0
                    if eachInSavepoint {
                        try db.inSavepoint {
                            created = try insert()
                            return .commit
                        }
                    } else {
                        created = try insert()
                    }
                    results.append(.success(.created(caseID: created)))
                    searchEntries.append((created, prepared.derived.searchEntry(item.document)))
                } catch let error as StoreError {
                    // The roles were checked above: a refusal here concerns this case alone.
                    guard eachInSavepoint else { refusedOne = true; throw error }
                    results.append(.failure(error))
                } catch let error as DatabaseError where Self.isCaseLevel(error) {
                    guard eachInSavepoint else { refusedOne = true; throw error }
                    results.append(.failure(Store.storeError(error, path: path)))
                }
            }
            try CaseSearchIndex.insert(db, searchEntries)
            return results
        }
    }

    /// Cases prepared together on another thread: small enough that the write starts soon.
    private static let preparedChunk = 50

    private func prepare(_ item: NewCase) -> Result<PreparedCase, StoreError> {
        do throws(StoreError) {
            if item.source == nil { try checkBeforeWriting(item.document) }
            let derived = try derivedColumns(item.document)
            return .success(PreparedCase(item: item, derived: derived))
        } catch {
            return .failure(error)
        }
    }

    /// A database error that concerns one case (a constraint), not the whole transaction
    /// (disk full, I/O, read-only), which must end the batch.
    private static func isCaseLevel(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CONSTRAINT || error.resultCode == .SQLITE_TOOBIG || error.resultCode == .SQLITE_MISMATCH
    }
}
