import Crypto
import Foundation
import GRDB
import NinteiCore

/// An application document read from a file for import, with the SHA-256 of the file's bytes:
/// the store records it with the case it made, in the same transaction, so the same file
/// imported again (a run repeated after a kill, say) is recognised and skipped. Made only by
/// `ApplicationFile.readForImport`, which read the document by every rule, so the store does
/// not check it a second time.
public struct ImportFile: Sendable {
    public let path: String
    public let document: ApplicationDocument
    /// SHA-256 of the file's bytes, as 64 lowercase hex digits.
    public let contentHash: String

    init(path: String, document: ApplicationDocument, contentHash: String) {
        self.path = path
        self.document = document
        self.contentHash = contentHash
    }

    /// SHA-256 of some bytes, as 64 lowercase hex digits.
    public static func contentHash(of bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var digits = [UInt8]()
        digits.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            digits.append(hex[Int(byte >> 4)])
            digits.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}

/// What importing one file did.
public enum ImportOutcome: Sendable, Equatable, Codable {
    case created(caseID: Int64)
    /// A file with the same bytes was imported before, as this case; nothing was written.
    case alreadyImported(caseID: Int64)
}

/// Migration "v7-imported-files" and its table: each imported file's content hash, with the
/// case it became and where it came from.
enum ImportedFiles {
    static func migrate(_ db: Database) throws {
        try db.create(table: "importedFile") { table in
            table.column("contentHash", .text).primaryKey()
            table.column("caseId", .integer).notNull().references("case")
            table.column("file", .text).notNull()
            table.column("importedAt", .text).notNull()
            table.column("importedBy", .text).notNull()
        }
    }

    /// The case a file with this content hash became, if one was imported.
    static func caseID(_ db: Database, contentHash: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT caseId FROM importedFile WHERE contentHash = ?"), arguments: [contentHash])
    }

    static func record(_ db: Database, _ file: ImportFile, caseID: Int64, login: String) throws {
        try db.cachedStatement(sql: "INSERT INTO importedFile (contentHash, caseId, file, importedAt, importedBy) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [file.contentHash, caseID, file.path, Store.now(), login])
    }
}
