import Foundation
import GRDB
import NinteiCore

/// A case as read from the store, with the revision a save must carry.
public struct CaseSnapshot: Sendable, Equatable, Codable {
    public let id: Int64
    public let status: CaseStatus
    public let revision: Int64
    public let document: ApplicationDocument
    public let updatedAt: String
    public let updatedBy: String
}

/// One line of a case list: the derived columns only, no document.
public struct CaseSummary: Sendable, Equatable, Codable {
    public let id: Int64
    public let status: CaseStatus
    public let kind: ApplicationKind
    public let firmName: String
    public let firmKana: String
    public let receivedOn: String?
    public let qualifies: Bool
    public let sectionsPassed: [String]
    public let findingCount: Int
}

/// A case row's columns derived from its document (`Store.derivedColumns`).
struct DerivedColumns: Sendable {
    let json: String
    let qualifies: Bool
    let sectionsPassed: String
    let findingCount: Int
    let searchText: String
    let sortKey: String

    /// What the search index holds of the case written with these columns.
    func searchEntry(_ document: ApplicationDocument) -> CaseSearchIndex.Entry {
        CaseSearchIndex.Entry(receivedOn: document.receivedOn?.iso, searchText: searchText)
    }
}

extension Store {
    /// Creates a draft case from an application document (import, or a new application).
    @discardableResult
    public func createCase(_ document: ApplicationDocument, status: CaseStatus = .draft) throws(StoreError) -> Int64 {
        try checkBeforeWriting(document)
        return try write { db in try insertCase(db, document, status: status) }
    }

    /// Holds a document to the rules an incoming file is read by (text no longer than its
    /// field allows, a firm name, plausible years: `ApplicationReader`) before the write lock
    /// is taken, so an oversized document never holds up the others.
    func checkBeforeWriting(_ document: ApplicationDocument) throws(StoreError) {
        do throws(DataError) {
            try ApplicationReader.check(document, checklists: checklists)
        } catch {
            throw .invalidDocument(.invalid(error))
        }
    }

    /// Inserts a case and its audit event. `indexSearch: false` leaves the search pieces to the
    /// caller, which inserts a whole batch's pieces in order (see `createCases`).
    func insertCase(_ db: Database, _ document: ApplicationDocument, status: CaseStatus, indexSearch: Bool = true) throws -> Int64 {
        try requireRoles(db) { roles throws(Lifecycle.Refusal) in try Permissions.checkCreateCase(roles: roles) }
        return try insertCase(db, document, derived: try derivedColumns(document), status: status, indexSearch: indexSearch)
    }

    /// `insertCase` with the list columns computed already (a batch computes them on two
    /// threads before the write lock is taken) and the roles checked by the caller.
    func insertCase(_ db: Database, _ document: ApplicationDocument, derived: DerivedColumns, status: CaseStatus, indexSearch: Bool) throws -> Int64 {
        let firmID = try firm(db, for: document.firm)
        let now = Store.now()
        try db.cachedStatement(sql: """
            INSERT INTO "case" (firmId, status, kind, checklistId, revision, document, firmName, firmKana, receivedOn,
                qualifies, sectionsPassed, findingCount, createdAt, createdBy, updatedAt, updatedBy, searchText, industry, sortKey)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(
            arguments: [
                firmID, status.rawValue, document.kind.rawValue, document.checklistID, derived.json,
                document.firm.name, document.firm.kana ?? "", document.receivedOn?.iso,
                derived.qualifies, derived.sectionsPassed, derived.findingCount, now, identity.login, now, identity.login,
                derived.searchText, document.firm.industry, derived.sortKey,
            ])
        let id = db.lastInsertedRowID
        if indexSearch { try CaseSearchIndex.insert(db, caseID: id, derived.searchEntry(document)) }
        try AuditLog.append(db, login: identity.login, caseID: id, action: "case.create", before: nil, after: derived.json)
        return id
    }

    /// The firm a document belongs to: the existing firm of that name and reading, or a new one.
    private func firm(_ db: Database, for profile: FirmProfile) throws -> Int64 {
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM firm WHERE name = ? AND IFNULL(kana, '') = ?"), arguments: [profile.name, profile.kana ?? ""]) {
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO firm (name, kana, industry, createdAt) VALUES (?, ?, ?, ?)")
            .execute(arguments: [profile.name, profile.kana, profile.industry, Store.now()])
        return db.lastInsertedRowID
    }

    /// What the store keeps beside a document: its canonical text and the list columns, from
    /// one evaluation. A pure function of the document (and today's date), so a batch computes
    /// it off the write lock. `written`: the document's JSON tree when the caller has it already.
    func derivedColumns(_ document: ApplicationDocument, written: JSONValue? = nil) throws(StoreError) -> DerivedColumns {
        guard let checklist = checklists.checklist(document.checklistID) else {
            throw StoreError.refused(LocalizedText(
                ja: "チェックシート「\(document.checklistID)」は知りません", en: "unknown checklist \"\(document.checklistID)\""))
        }
        let evaluation = Evaluator.evaluate(document, checklist: checklist, context: EvaluationContext(reference: reference, today: .today()))
        return DerivedColumns(
            json: JSONWriter.write(written ?? ApplicationWriter.json(document, checklist: checklist)),
            qualifies: evaluation.qualifies, sectionsPassed: evaluation.sectionsPassed.joined(separator: ","),
            findingCount: evaluation.findings.count,
            searchText: FirmSearchKeys.searchText(name: document.firm.name, kana: document.firm.kana ?? ""),
            sortKey: FirmSearchKeys.sortKey(name: document.firm.name, kana: document.firm.kana ?? ""))
    }

    public func loadCase(_ id: Int64) throws(StoreError) -> CaseSnapshot {
        try read { db in
            try requireRead(db, .caseFile, caseID: id)
            return try snapshot(db, id)
        }
    }

    func snapshot(_ db: Database, _ id: Int64) throws -> CaseSnapshot {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \"case\" WHERE id = ?", arguments: [id]) else {
            throw StoreError.noSuchCase(id)
        }
        let document: ApplicationDocument
        do throws(DocumentReadError) {
            // As stored: a document an earlier build accepted opens even if it breaks a rule added since.
            document = try ApplicationReader.read(row["document"] as String, checklists: checklists, rules: .stored)
        } catch {
            throw StoreError.damagedCase(caseID: id, error)
        }
        return CaseSnapshot(
            id: id, status: CaseStatus(rawValue: row["status"]) ?? .draft, revision: row["revision"],
            document: document, updatedAt: row["updatedAt"], updatedBy: row["updatedBy"])
    }

    /// Saves one field of a case's application, if nobody changed the case since `revision`
    /// was read; otherwise refuses, saying who changed it and when.
    @discardableResult
    public func saveField(caseID: Int64, path: JSONPath, value: JSONValue?, revision: Int64) throws(StoreError) -> CaseSnapshot {
        // Text longer than its field allows is refused before the write lock is taken.
        if let value {
            do throws(DataError) {
                try InputLimits.check(value, at: path)
            } catch {
                throw .invalidDocument(.invalid(error))
            }
        }
        return try write { db in
            let current = try snapshot(db, caseID)
            guard current.revision == revision else {
                throw StoreError.staleRevision(caseID: caseID, changedBy: current.updatedBy, changedAt: current.updatedAt)
            }
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                try Permissions.checkEditApplication(status: current.status, roles: roles)
            }
            return try applyField(db, current: current, path: path, value: value)
        }
    }

    /// Writes one field into a case read in this transaction, with its derived columns, search
    /// keys and audit event; the case as it is after. Nothing is written when the value is the same.
    func applyField(_ db: Database, current: CaseSnapshot, path: JSONPath, value: JSONValue?) throws -> CaseSnapshot {
        let caseID = current.id
        let edit: DocumentEdit
        do throws(DocumentReadError) {
            edit = try DocumentEditor.set(value, at: path, in: current.document, checklists: checklists)
        } catch {
            throw StoreError.invalidDocument(error)
        }
        guard edit.change.before != edit.change.after else { return current }
        let derived = try derivedColumns(edit.document, written: edit.json)
        // The search index holds the stored text and date, whatever made them.
        let stored = try Row.fetchOne(db, sql: "SELECT receivedOn, searchText FROM \"case\" WHERE id = ?", arguments: [caseID])
        let oldEntry = CaseSearchIndex.Entry(receivedOn: stored?["receivedOn"], searchText: stored?["searchText"] ?? "")
        let now = Store.now()
        try db.execute(
            sql: """
                UPDATE "case" SET document = ?, revision = revision + 1, kind = ?, firmName = ?, firmKana = ?, receivedOn = ?,
                    qualifies = ?, sectionsPassed = ?, findingCount = ?, updatedAt = ?, updatedBy = ?,
                    searchText = ?, industry = ?, sortKey = ? WHERE id = ?
                """,
            arguments: [
                derived.json, edit.document.kind.rawValue, edit.document.firm.name, edit.document.firm.kana ?? "", edit.document.receivedOn?.iso,
                derived.qualifies, derived.sectionsPassed, derived.findingCount, now, identity.login,
                derived.searchText, edit.document.firm.industry, derived.sortKey, caseID,
            ])
        try CaseSearchIndex.update(db, caseID: caseID, from: oldEntry, to: derived.searchEntry(edit.document))
        try AuditLog.append(
            db, login: identity.login, caseID: caseID, action: "field \(path)",
            before: edit.change.before.map { JSONWriter.write($0, pretty: false) },
            after: edit.change.after.map { JSONWriter.write($0, pretty: false) })
        // The row now holds exactly this; reading and parsing it back would only repeat the work.
        return CaseSnapshot(
            id: caseID, status: current.status, revision: current.revision + 1, document: edit.document,
            updatedAt: now, updatedBy: identity.login)
    }

    /// Moves a case along its lifecycle (see `Lifecycle`), checked against the acting login's roles.
    @discardableResult
    public func transition(caseID: Int64, to status: CaseStatus, revision: Int64) throws(StoreError) -> CaseSnapshot {
        try write { db in
            let current = try snapshot(db, caseID)
            guard current.revision == revision else {
                throw StoreError.staleRevision(caseID: caseID, changedBy: current.updatedBy, changedAt: current.updatedAt)
            }
            try requireRoles(db) { roles throws(Lifecycle.Refusal) in
                try Lifecycle.check(from: current.status, to: status, roles: roles)
                if status == .submitted, let checklist = checklists.checklist(current.document.checklistID) {
                    let missing = SubmissionReadiness.missing(in: current.document, checklist: checklist)
                    if !missing.isEmpty { throw SubmissionReadiness.refusal(for: missing) }
                }
            }
            if status == .submitted, try Self.settings(db).verificationRequired, let checklist = checklists.checklist(current.document.checklistID) {
                let unverified = try unverifiedFields(db, current, checklist: checklist)
                if !unverified.isEmpty { throw StoreError.refused(Self.unverifiedRefusal(unverified)) }
            }
            try db.execute(
                sql: "UPDATE \"case\" SET status = ?, revision = revision + 1, updatedAt = ?, updatedBy = ? WHERE id = ?",
                arguments: [status.rawValue, Store.now(), identity.login, caseID])
            try AuditLog.append(db, login: identity.login, caseID: caseID, action: "status", before: current.status.rawValue, after: status.rawValue)
            return try snapshot(db, caseID)
        }
    }

    /// Cases for a list, newest received first; `search` matches the firm's name or reading as
    /// folded by `SearchFolding` (width, kana, case), any substring of one character or more.
    /// Draw a long list a page at a time with `limit` and `offset`, and `caseCount` for its length.
    public func cases(status: CaseStatus? = nil, search: String? = nil, limit: Int = 1000, offset: Int = 0) throws(StoreError) -> [CaseSummary] {
        try read { db in
            try requireRead(db, .caseList)
            let query = CaseListQuery(status: status, search: search)
            let selection = query.selection(try query.searchPlan(db))
            // The page's ids come from a list index; only its rows are read in full.
            let sql = """
                SELECT * FROM "case" WHERE id IN (
                    SELECT id\(selection.sql) ORDER BY receivedOn DESC, id DESC LIMIT \(max(0, limit)) OFFSET \(max(0, offset)))
                ORDER BY receivedOn DESC, id DESC
                """
            return try Row.fetchAll(db, sql: sql, arguments: selection.arguments).map(CaseSummary.init(listRow:))
        }
    }

    /// How many cases `cases(status:search:)` lists in all.
    public func caseCount(status: CaseStatus? = nil, search: String? = nil) throws(StoreError) -> Int {
        try read { db in
            try requireRead(db, .caseList)
            let query = CaseListQuery(status: status, search: search)
            let selection = query.selection(try query.searchPlan(db), scanning: "case_receivedOrder")
            return try Int.fetchOne(db, sql: "SELECT COUNT(*)" + selection.sql, arguments: selection.arguments) ?? 0
        }
    }

    public func caseIDs() throws(StoreError) -> [Int64] {
        try read { db in
            try requireRead(db, .caseList)
            return try Int64.fetchAll(db, sql: "SELECT id FROM \"case\" ORDER BY id")
        }
    }
}

extension Store {
    /// How many cases are in each status (for the home screen and reports).
    public func statusCounts() throws(StoreError) -> [CaseStatus: Int] {
        try read { db in
            try requireRead(db, .caseList)
            var counts: [CaseStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM \"case\" GROUP BY status") {
                if let status = CaseStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }
}

extension CaseListQuery {
    /// The query of `cases(status:search:)`: one status or every one, and a search when given.
    init(status: CaseStatus?, search: String?) {
        self.init(statuses: status.map { [$0] } ?? [], search: search ?? "")
    }
}
