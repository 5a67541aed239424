import GRDB
import GRDBSQLite

/// The search pieces of a batch of new cases (`SearchGrams`), written together after the cases
/// in the index's order: one case at a time, each piece went to a random page of a large index.
///
/// A piece's cases are gathered under it, so the batch sorts its distinct pieces (a few
/// thousand) rather than every (piece, case) pair (about a hundred per case), and the rows go
/// through SQLite's own calls: GRDB's handling of each row's arguments cost more than the
/// insert.
struct SearchPieceBatch {
    private var casesByPiece: [Piece: [Int64]] = [:]

    mutating func add(_ grams: Set<String>, caseID: Int64) {
        for gram in grams {
            casesByPiece[Piece(text: gram), default: []].append(caseID)
        }
    }

    /// The pieces in the index's order, SQLite's BINARY order of text (its UTF-8 bytes), each
    /// with its cases in ascending order.
    var inIndexOrder: [(gram: String, caseIDs: [Int64])] {
        casesByPiece.keys.sorted { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }.map { piece in
            let cases = casesByPiece[piece]!
            return (piece.text, cases.isSorted ? cases : cases.sorted())
        }
    }

    /// A piece as SQLite sees it, by its UTF-8 bytes: String's `==` holds canonically
    /// equivalent texts equal (é and e + ◌́), which the index keeps apart.
    private struct Piece: Hashable {
        let text: String

        static func == (left: Piece, right: Piece) -> Bool {
            left.text.utf8.elementsEqual(right.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    func insert(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO caseSearchGram (gram, caseId) VALUES (?, ?)")
        let handle = statement.sqliteStatement
        // GRDB leaves a statement as its last step left it, and SQLite binds only to a reset one.
        sqlite3_reset(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (gram, caseIDs) in inIndexOrder {
            var text = gram
            let bound = text.withUTF8 { bytes in
                sqlite3_bind_text(handle, 1, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
            guard bound == SQLITE_OK else { throw Self.failure(db, bound) }
            for caseID in caseIDs {
                sqlite3_bind_int64(handle, 2, caseID)
                let stepped = sqlite3_step(handle)
                guard stepped == SQLITE_DONE else { throw Self.failure(db, stepped) }
                sqlite3_reset(handle)
            }
        }
    }

    /// SQLite copies the text it is given (SQLITE_TRANSIENT).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func failure(_ db: Database, _ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}

private extension Array where Element == Int64 {
    var isSorted: Bool { zip(self, dropFirst()).allSatisfy { $0 <= $1 } }
}
