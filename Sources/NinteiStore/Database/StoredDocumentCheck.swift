import GRDB
import NinteiCore

extension Store {
    /// Every case whose stored document the strict reader refuses (a byte changed outside
    /// Nintei leaves SQLite's own check content), as `StoreError.damagedCase` naming the case
    /// and the key. Reads the cases a few hundred at a time, in id order.
    public func damagedCases() throws(StoreError) -> [StoreError] {
        var damaged: [StoreError] = []
        var after: Int64 = 0
        while true {
            let rows = try read { db in
                try requireRead(db, .storeCheck)
                return try Row.fetchAll(db, sql: "SELECT id, document FROM \"case\" WHERE id > ? ORDER BY id LIMIT 500", arguments: [after])
            }
            guard let last = rows.last else { return damaged }
            after = last["id"]
            for row in rows {
                let id: Int64 = row["id"]
                do throws(DocumentReadError) {
                    _ = try ApplicationReader.read(row["document"] as String, checklists: checklists, rules: .stored)
                } catch {
                    damaged.append(.damagedCase(caseID: id, error))
                }
            }
        }
    }
}
