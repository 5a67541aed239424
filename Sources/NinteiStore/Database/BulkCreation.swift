import GRDB
import NinteiCore

extension Store {
    /// Creates many cases in one write transaction (one fsync instead of one per case), each
    /// case in a savepoint of its own, so each stays all or nothing: a case the store refuses
    /// (an unknown checklist, text longer than its field allows) is left out alone and its result says why, and the
    /// others commit. A login that may not create cases is refused for all of them (thrown),
    /// and so is a failure of the transaction itself (disk full, read-only file): then
    /// nothing of the batch is stored.
    ///
    /// The import uses it batch by batch; the benchmark builds its synthetic store with it.
    public func createCases(_ items: [(document: ApplicationDocument, status: CaseStatus)]) throws(StoreError) -> [Result<Int64, StoreError>] {
        // Each document is held to the input rules before the write lock is taken.
        let refusals = items.map { item -> StoreError? in
            do throws(StoreError) {
                try checkBeforeWriting(item.document)
                return nil
            } catch {
                return error
            }
        }
        return try write { db in
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkCreateCase(roles: roles) }
            var results: [Result<Int64, StoreError>] = []
            results.reserveCapacity(items.count)
            // The batch's search pieces, inserted together in the index's order after the cases:
            // random inserts one case at a time touched a page of a large index for each piece.
            var pieces: [(gram: String, caseID: Int64)] = []
            for (item, refusal) in zip(items, refusals) {
                if let refusal {
                    results.append(.failure(refusal))
                    continue
                }
                var created: Int64?
                do {
                    try db.inSavepoint {
                        created = try insertCase(db, item.document, status: item.status, indexSearch: false)
                        return .commit
                    }
                    results.append(.success(created!))
                    let firm = item.document.firm
                    for gram in SearchGrams.grams(of: SearchMigration.searchText(name: firm.name, kana: firm.kana ?? "")) {
                        pieces.append((gram, created!))
                    }
                } catch let error as StoreError {
                    // The roles were checked above: a refusal here concerns this case alone.
                    results.append(.failure(error))
                } catch let error as DatabaseError where Self.isCaseLevel(error) {
                    results.append(.failure(Store.storeError(error, path: path)))
                }
            }
            pieces.sort { $0.gram == $1.gram ? $0.caseID < $1.caseID : $0.gram < $1.gram }
            try SearchGrams.insert(db, pieces: pieces)
            return results
        }
    }

    /// A database error that concerns one case (a constraint), not the whole transaction
    /// (disk full, I/O, read-only), which must end the batch.
    private static func isCaseLevel(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CONSTRAINT || error.resultCode == .SQLITE_TOOBIG || error.resultCode == .SQLITE_MISMATCH
    }
}
