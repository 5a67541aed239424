import GRDB
import GRDBSQLite

/// The full-text tokenizer of the search index (`CaseSearchIndex`): a case's folded search
/// text becomes its pieces of one, two and three Unicode scalars within each part (name and
/// reading, split at U+0001), as `SearchGrams.forEachPiece` cuts them; a query's phrase is one
/// piece, taken as it is. The index compares pieces by their bytes, as SQLite compares text.
/// The index removes a case's old pieces by cutting its old text again, so a change to how
/// pieces are cut comes with a migration that rebuilds the index (`'rebuild'`).
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
        SearchGrams.forEachPiece(of: bytes) { piece in
            guard result == SQLITE_OK else { return }
            result = tokenCallback(context, 0, pText + piece.lowerBound, CInt(piece.count), CInt(piece.lowerBound), CInt(piece.upperBound))
        }
        return result
    }
}
