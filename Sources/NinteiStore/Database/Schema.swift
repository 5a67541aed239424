import GRDB

/// The store's tables, as migrations: a store made by an older build opens in a newer one.
enum Schema {
    /// The store's schema version: the identifier of the last migration (`nintei --version`).
    static var version: String { migrator.migrations.last ?? "-" }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "user") { table in
                table.column("login", .text).notNull()
                table.column("role", .text).notNull()
                table.column("addedAt", .text).notNull()
                table.column("addedBy", .text).notNull()
                table.primaryKey(["login", "role"])
            }
            try db.create(table: "firm") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull()
                table.column("kana", .text)
                table.column("industry", .text)
                table.column("createdAt", .text).notNull()
            }
            try db.create(index: "firm_name", on: "firm", columns: ["name"])
            try db.create(table: "case") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("firmId", .integer).notNull().references("firm")
                table.column("status", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("checklistId", .text).notNull()
                table.column("revision", .integer).notNull()
                table.column("document", .text).notNull()
                // Derived from the document and its evaluation, for list filters and sorting.
                table.column("firmName", .text).notNull()
                table.column("firmKana", .text).notNull()
                table.column("receivedOn", .text)
                table.column("qualifies", .boolean).notNull()
                table.column("sectionsPassed", .text).notNull()
                table.column("findingCount", .integer).notNull()
                table.column("createdAt", .text).notNull()
                table.column("createdBy", .text).notNull()
                table.column("updatedAt", .text).notNull()
                table.column("updatedBy", .text).notNull()
            }
            try db.create(index: "case_status", on: "case", columns: ["status", "receivedOn"])
            try db.create(index: "case_firmKana", on: "case", columns: ["firmKana"])
            try db.create(table: "contact") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("caseId", .integer).notNull().references("case")
                table.column("date", .text).notNull()
                table.column("channel", .text).notNull()
                table.column("note", .text).notNull()
                table.column("recordedAt", .text).notNull()
                table.column("recordedBy", .text).notNull()
            }
            try db.create(table: "certificate") { table in
                table.column("number", .text).primaryKey()
                table.column("caseId", .integer).notNull().references("case")
                table.column("issuedOn", .text).notNull()
                table.column("validUntil", .text).notNull()
            }
            try db.create(table: "findingReview") { table in
                table.column("caseId", .integer).notNull().references("case")
                table.column("item", .text).notNull()  // "" for the form header
                table.column("code", .text).notNull()
                table.column("reason", .text).notNull()
                table.column("reviewedAt", .text).notNull()
                table.column("reviewedBy", .text).notNull()
                table.primaryKey(["caseId", "item", "code"])
            }
            try db.create(table: "auditEvent") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("at", .text).notNull()
                table.column("login", .text).notNull()
                table.column("caseId", .integer)
                table.column("action", .text).notNull()
                table.column("before", .text)
                table.column("after", .text)
                table.column("previousHash", .text).notNull()
                table.column("hash", .text).notNull()
            }
            try db.create(index: "auditEvent_case", on: "auditEvent", columns: ["caseId"])
            // Append-only: the log refuses edits and deletions; audit verify finds any made around this.
            try db.execute(sql: """
                CREATE TRIGGER auditEvent_noUpdate BEFORE UPDATE ON auditEvent
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER auditEvent_noDelete BEFORE DELETE ON auditEvent
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-case-dates") { db in
            try db.alter(table: "case") { table in
                table.add(column: "submittedOn", .text)
                table.add(column: "decidedOn", .text)
            }
        }
        migrator.registerMigration("v3-committee", migrate: CommitteeMigration.migrate)
        migrator.registerMigration("v4-search", migrate: SearchMigration.migrate)
        migrator.registerMigration("v5-search-grams", migrate: SearchGrams.migrate)
        migrator.registerMigration("v6-search-triples", migrate: SearchGrams.addTriples)
        migrator.registerMigration("v7-imported-files", migrate: ImportedFiles.migrate)
        migrator.registerMigration("v8-audit-replace-guard", migrate: AuditLog.refuseReplace)
        migrator.registerMigration("v9-withdrawn-opinions", migrate: WithdrawnOpinions.migrate)
        migrator.registerMigration("v10-verification", migrate: VerificationMigration.migrate)
        migrator.registerMigration("v11-display-names", migrate: DisplayNames.migrate)
        migrator.registerMigration("v12-list-orders", migrate: ListOrderIndexes.migrate)
        migrator.registerMigration("v13-holding-by-id", migrate: HoldingCaseIndex.migrate)
        migrator.registerMigration("v14-certified-until", migrate: CertifiedUntil.migrate)
        migrator.registerMigration("v15-search-index", migrate: CaseSearchIndex.migrate)
        migrator.registerMigration("v16-search-positions", migrate: CaseSearchIndex.addPositions)
        return migrator
    }
}

extension Store {
    /// The schema version this build makes and opens: the last migration's identifier.
    public static var schemaVersion: String { Schema.version }
}
