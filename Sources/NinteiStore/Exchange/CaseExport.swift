import Foundation
import GRDB
import NinteiCore

/// Exports cases as application documents (JSON) or as one CSV table (UTF-8 with BOM, CRLF,
/// so Excel opens Japanese text right).
extension Store {
    public func exportDocuments(_ ids: [Int64]) throws(StoreError) -> [(id: Int64, json: String)] {
        var documents: [(id: Int64, json: String)] = []
        for snapshot in try exportedSnapshots(ids) {
            let id = snapshot.id
            guard let checklist = checklists.checklist(snapshot.document.checklistID) else { continue }
            documents.append((id, ApplicationWriter.text(snapshot.document, checklist: checklist)))
        }
        return documents
    }

    /// The CSV of a few cases, built in memory. The commands and the office server write the
    /// same bytes a row at a time with `exportCSV(_:skippingDamaged:to:)`, which nothing
    /// else offers through the server: a whole office's CSV is never held in memory there.
    public func exportCSV(_ ids: [Int64]) throws(StoreError) -> String {
        let snapshots = try exportedSnapshots(ids)
        let itemIDs = csvItemIDs(Set(snapshots.map(\.document.checklistID)))
        var rows = [csvHeader(itemIDs)]
        for snapshot in snapshots {
            rows.append(csvRow(snapshot.id, snapshot.status, snapshot.document, itemIDs: itemIDs))
        }
        return CSV.document(rows)
    }

    /// The CSV of `exportCSV(_:)`, handed to `write` a few rows at a time as they are read from
    /// one read transaction (a cursor), so memory stays flat in the number of cases. `ids`:
    /// the cases in that order (nil: every case, by number). With `skippingDamaged`, a case
    /// whose document cannot be read is left out and returned; without it, it stops the export.
    @discardableResult
    public func exportCSV(_ ids: [Int64]?, skippingDamaged: Bool, to write: @escaping (String) throws(StoreError) -> Void) throws(StoreError) -> [StoreError] {
        var damaged: [StoreError] = []
        var failure: StoreError?
        try read { db in
            try requireRead(db, .exports)
            // The header names the items of every checklist the exported cases use.
            let used: Set<String>
            if let ids {
                var found = Set<String>()
                for id in ids {
                    guard let checklist = try String.fetchOne(db, sql: "SELECT checklistId FROM \"case\" WHERE id = ?", arguments: [id]) else {
                        throw StoreError.noSuchCase(id)
                    }
                    found.insert(checklist)
                }
                used = found
            } else {
                used = Set(try String.fetchAll(db, sql: "SELECT DISTINCT checklistId FROM \"case\""))
            }
            let itemIDs = csvItemIDs(used)
            var file = CSVWriter { (piece: String) throws(StoreError) in
                do throws(StoreError) { try write(piece) } catch { failure = error; throw error }
            }
            try file.write(csvHeader(itemIDs))
            // Rows are read in batches; a batch's documents are read, evaluated and written as
            // CSV on two threads (each its half), then handed over in order.
            var batch: [(id: Int64, status: CaseStatus, text: String)] = []
            func flush() throws {
                let items = batch
                batch.removeAll(keepingCapacity: true)
                let rows = TwoThreads.map(items) { item -> Result<String, StoreError> in
                    do throws(DocumentReadError) {
                        let document = try ApplicationReader.read(item.text, checklists: checklists, rules: .stored)
                        return .success(CSV.row(csvRow(item.id, item.status, document, itemIDs: itemIDs)))
                    } catch {
                        return .failure(StoreError.damagedCase(caseID: item.id, error))
                    }
                }
                for result in rows {
                    switch result {
                    case .success(let line): try file.write(row: line)
                    case .failure(let error):
                        guard skippingDamaged else { throw error }
                        damaged.append(error)
                    }
                }
            }
            func add(_ row: Row) throws {
                batch.append((row["id"], CaseStatus(rawValue: row["status"]) ?? .draft, row["document"]))
                if batch.count >= 256 { try flush() }
            }
            if let ids {
                for id in ids {
                    if let row = try Row.fetchOne(db, sql: "SELECT id, status, document FROM \"case\" WHERE id = ?", arguments: [id]) { try add(row) }
                }
            } else {
                let rows = try Row.fetchCursor(db, sql: "SELECT id, status, document FROM \"case\" ORDER BY id")
                while let row = try rows.next() { try add(row) }
            }
            try flush()
            try file.finish()
        }
        if let failure { throw failure }
        return damaged
    }

    /// The items of the checklists in `used`, in the library's order, each once.
    private func csvItemIDs(_ used: Set<String>) -> [String] {
        var itemIDs: [String] = []
        var seen = Set<String>()
        for checklist in checklists.checklists where used.contains(checklist.id) {
            for item in checklist.items where seen.insert(item.id).inserted { itemIDs.append(item.id) }
        }
        return itemIDs
    }

    private func csvHeader(_ itemIDs: [String]) -> [String] {
        [
            "case", "status", "kind", "checklist", "receivedOn", "name", "kana", "address", "industry", "employees",
            "representative", "contactName", "phone", "email", "lawCompliance", "qualifies", "sectionsPassed",
        ] + itemIDs
    }

    /// One case's row: its profile, the rule's result (`Evaluator.verdict`, as an evaluation
    /// today gives it), and a mark per item.
    private func csvRow(_ id: Int64, _ status: CaseStatus, _ document: ApplicationDocument, itemIDs: [String]) -> [String] {
        let evaluation = checklists.checklist(document.checklistID).map { Evaluator.verdict(document, checklist: $0) }
        let firm = document.firm
        var row = [
            String(id), status.rawValue, document.kind.rawValue, document.checklistID,
            document.receivedOn?.iso ?? "", firm.name, firm.kana ?? "", firm.address ?? "", firm.industry ?? "",
            firm.employees.map(String.init) ?? "", firm.representative ?? "", firm.contactName ?? "", firm.phone ?? "",
            firm.email ?? "", document.declarations["lawCompliance"] == true ? "yes" : "no",
            evaluation.map { $0.qualifies ? "yes" : "no" } ?? "",
            evaluation?.sectionsPassed.joined(separator: " ") ?? "",
        ]
        row += itemIDs.map { id in
            guard let answer = document.answers[id] else { return "" }
            switch answer.mark {
            case .check: return "✓"
            case .na: return "-"
            case .blank: return ""
            }
        }
        return row
    }

    /// The cases to export, read in one snapshot by a login that may export.
    private func exportedSnapshots(_ ids: [Int64]) throws(StoreError) -> [CaseSnapshot] {
        try read { db in
            try requireRead(db, .exports)
            return try ids.map { id in try snapshot(db, id) }
        }
    }

    /// An online backup (SQLite's backup API): consistent even while others write. Administrators only.
    public func backup(to target: String) throws(StoreError) {
        try read { db in try requireRead(db, .backup) }
        guard !FileManager.default.fileExists(atPath: target) else { throw .alreadyExists(path: target) }
        do {
            let destination = try DatabaseQueue(path: target)
            try pool.backup(to: destination)
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw Store.storeError(error, path: target)
        }
    }

    /// SQLite's integrity check; empty when the file is sound.
    public func integrityProblems() throws(StoreError) -> [String] {
        try read { db in
            try requireRead(db, .storeCheck)
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return lines == ["ok"] ? [] : lines
        }
    }
}
