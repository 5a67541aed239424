import GRDB
import GRDBSQLite

/// The full-text tokenizer of the search index (`CaseSearchIndex`): a case's folded search
/// text becomes, at each of its Unicode scalars, the pieces of one, two and three scalars that
/// begin there within its part (name and reading, split at U+0001), all three at the scalar's
/// position. A query's phrase is one piece, taken as it is. The index compares pieces by their
/// bytes, as SQLite compares text.
///
/// The positions are what make a longer query exact: its three-scalar pieces at consecutive
/// positions are its scalars in a row (`CaseSearchIndex.match`). No such run crosses from the
/// name into the reading: the last scalar of a part begins no three-scalar piece.
///
/// The index removes a case's old pieces by cutting its old text again, so a change to how
/// pieces are cut comes with a migration that rebuilds the index.
final class SearchPieceTokenizer: FTS5CustomTokenizer {
    static let name = "nintei_pieces"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?, nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        if tokenization.contains(.query) {
            return tokenCallback(context, 0, pText, nText, 0, nText)
        }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        var result = SQLITE_OK
        Self.forEachPiece(of: bytes) { piece, colocated in
            result = tokenCallback(context, colocated ? FTS5_TOKEN_COLOCATED : 0, pText + piece.lowerBound, CInt(piece.count), CInt(piece.lowerBound), CInt(piece.upperBound))
            return result == SQLITE_OK
        }
        return result
    }

    /// The byte ranges of the pieces of a UTF-8 search text, scalar by scalar: those of one, two
    /// and three scalars that begin at it within its part (parts are split at U+0001), the
    /// shortest first and the others `colocated` (at its position). Stops when `body` says false.
    static func forEachPiece(of bytes: UnsafeBufferPointer<UInt8>, _ body: (_ piece: Range<Int>, _ colocated: Bool) -> Bool) {
        var starts: [Int] = []
        var partStart = 0
        while partStart <= bytes.count {
            var partEnd = partStart
            while partEnd < bytes.count, bytes[partEnd] != 0x01 { partEnd += 1 }
            // The starts of the part's scalars, then its end.
            starts.removeAll(keepingCapacity: true)
            for index in partStart..<partEnd where bytes[index] & 0xC0 != 0x80 { starts.append(index) }
            starts.append(partEnd)
            for scalar in 0..<(starts.count - 1) {
                for length in 1...min(3, starts.count - 1 - scalar) {
                    guard body(starts[scalar]..<starts[scalar + length], length > 1) else { return }
                }
            }
            partStart = partEnd + 1
        }
    }
}
