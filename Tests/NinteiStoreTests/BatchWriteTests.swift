import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Cases written in batches")
struct BatchWriteTests {
    @Test("a case the database refuses in the middle of a batch is left out alone: nothing of it is stored, the others are, found and logged")
    func refusedCaseLeftOutAlone() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        // A refusal only the write itself finds (the store checks everything it knows before).
        try fixture.tamper("""
            CREATE TRIGGER refuseOne BEFORE INSERT ON "case" WHEN NEW.firmName = '拒否される商店'
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """)
        let names = ["前の精工", "拒否される商店", "後の運輸"]
        let results = try officer.createCases(names.map { name in
            (ApplicationDocument(checklistID: "asaka-2023", firm: FirmProfile(name: name)), CaseStatus.draft)
        })
        #expect(results.count == 3)
        #expect((try? results[0].get()) != nil && (try? results[2].get()) != nil)
        guard case .failure(let error) = results[1] else {
            Issue.record("the refused case was stored")
            return
        }
        #expect(error.text(.en).contains("refused by the test"))
        let stored = try officer.read { db in
            (cases: try String.fetchAll(db, sql: "SELECT firmName FROM \"case\" ORDER BY id"),
             firms: try String.fetchAll(db, sql: "SELECT name FROM firm ORDER BY id"),
             events: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEvent WHERE action = 'case.create'")!)
        }
        #expect(stored.cases == ["前の精工", "後の運輸"])
        #expect(stored.firms == ["前の精工", "後の運輸"], "no firm is left from the refused case")
        #expect(stored.events == 2)
        #expect(try officer.countCases(CaseListQuery(search: "精工")) == 1)
        #expect(try officer.countCases(CaseListQuery(search: "運輸")) == 1)
        #expect(try officer.countCases(CaseListQuery(search: "商店")) == 0)
        #expect(try officer.verifyAudit().isIntact)
    }
}
