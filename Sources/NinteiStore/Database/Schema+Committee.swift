import GRDB

/// The committee's tables: meetings and their agendas, opinions, conflicts of interest,
/// decisions, the officer's culture notes, and who issued each certificate.
enum CommitteeMigration {
    static func migrate(_ db: Database) throws {
        try db.create(table: "meeting") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("date", .text).notNull()
            table.column("place", .text).notNull()
            table.column("createdAt", .text).notNull()
            table.column("createdBy", .text).notNull()
        }
        try db.create(index: "meeting_date", on: "meeting", columns: ["date"])
        try db.create(table: "agendaItem") { table in
            table.column("meetingId", .integer).notNull().references("meeting")
            table.column("caseId", .integer).notNull().references("case")
            table.column("position", .integer).notNull()
            table.column("kind", .text).notNull()  // AgendaKind
            table.column("addedAt", .text).notNull()
            table.column("addedBy", .text).notNull()
            table.primaryKey(["meetingId", "caseId"])
        }
        try db.create(index: "agendaItem_case", on: "agendaItem", columns: ["caseId"])
        // Opinions belong to one meeting's round: a returned case reviewed again starts afresh.
        try db.create(table: "opinion") { table in
            table.column("meetingId", .integer).notNull().references("meeting")
            table.column("caseId", .integer).notNull().references("case")
            table.column("member", .text).notNull()
            table.column("verdict", .text).notNull()
            table.column("comment", .text).notNull()
            table.column("typedBy", .text).notNull()
            table.column("givenAt", .text).notNull()
            table.primaryKey(["meetingId", "caseId", "member"])
        }
        try db.create(table: "conflict") { table in
            table.column("caseId", .integer).notNull().references("case")
            table.column("member", .text).notNull()
            table.column("type", .text).notNull()
            table.column("note", .text).notNull()
            table.column("markedAt", .text).notNull()
            table.column("markedBy", .text).notNull()
            table.primaryKey(["caseId", "member"])
        }
        try db.create(table: "decision") { table in
            table.column("meetingId", .integer).notNull().references("meeting")
            table.column("caseId", .integer).notNull().references("case")
            table.column("outcome", .text).notNull()
            table.column("reason", .text).notNull()
            table.column("qualifies", .boolean).notNull()  // the rule result shown beside it
            table.column("decidedOn", .text).notNull()
            table.column("recordedAt", .text).notNull()
            table.column("recordedBy", .text).notNull()
            table.primaryKey(["meetingId", "caseId"])
        }
        try db.create(table: "cultureNote") { table in
            table.column("caseId", .integer).primaryKey().references("case")
            table.column("note", .text).notNull()
            table.column("updatedAt", .text).notNull()
            table.column("updatedBy", .text).notNull()
        }
        try db.alter(table: "certificate") { table in
            table.add(column: "sections", .text)  // the passed sections printed as strengths
            table.add(column: "issuedAt", .text)
            table.add(column: "issuedBy", .text)
        }
        try db.create(index: "certificate_case", on: "certificate", columns: ["caseId"])
    }
}
