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

    public func exportCSV(_ ids: [Int64]) throws(StoreError) -> String {
        let snapshots = try exportedSnapshots(ids)
        var itemIDs: [String] = []
        for checklist in checklists.checklists where snapshots.contains(where: { $0.document.checklistID == checklist.id }) {
            for item in checklist.items where !itemIDs.contains(item.id) { itemIDs.append(item.id) }
        }
        let header = [
            "case", "status", "kind", "checklist", "receivedOn", "name", "kana", "address", "industry", "employees",
            "representative", "contactName", "phone", "email", "lawCompliance", "qualifies", "sectionsPassed",
        ] + itemIDs
        var rows = [header]
        for snapshot in snapshots {
            let document = snapshot.document
            let evaluation = checklists.checklist(document.checklistID).map {
                Evaluator.evaluate(document, checklist: $0, context: EvaluationContext(reference: reference, today: .today()))
            }
            let firm = document.firm
            var row = [
                String(snapshot.id), snapshot.status.rawValue, document.kind.rawValue, document.checklistID,
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
            rows.append(row)
        }
        return CSV.document(rows)
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
