import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Expiry of ended certifications")
struct ExpiryTests {
    @Test("an officer's open moves ended certifications to expired once, with one audit event each")
    func once() throws {
        let fixture = try StoreFixture()
        let ended = try fixture.seedCase(name: "終了した会社", status: .certified, certificate: ("R2-001", "2021-01-16", "2024-01-15"))
        let due = try fixture.seedCase(name: "更新時期の会社", status: .renewalDue, certificate: ("R2-002", "2021-01-16", "2024-01-15"))
        let valid = try fixture.seedCase(name: "有効な会社", status: .certified, certificate: ("R7-001", "2025-07-01", "2099-06-30"))

        _ = try fixture.store("officer-user")
        _ = try fixture.store("officer-user")
        let again = try fixture.store("officer-user")
        #expect(try again.expireLapsedCertifications().isEmpty, "nothing left to move")

        #expect(try again.loadCase(ended).status == .expired)
        #expect(try again.loadCase(due).status == .expired)
        #expect(try again.loadCase(valid).status == .certified)
        for id in [ended, due] {
            let events = try again.auditEvents(caseID: id).filter { $0.after == "expired" }
            #expect(events.count == 1)
            #expect(events.first?.login == "officer-user")
            #expect(events.first?.action.contains("ended 2024-01-15") == true)
        }
        #expect(try again.verifyAudit().isIntact)
    }

    @Test("the last valid day still counts; the day after, the certification expires")
    func lastDay() throws {
        let fixture = try StoreFixture()
        let id = try fixture.seedCase(name: "今日まで有効", status: .certified, certificate: ("R8-001", "2026-01-01", "2028-12-31"))
        let officer = try fixture.store("officer-user")
        #expect(try officer.expireLapsedCertifications(asOf: LocalDate(iso: "2028-12-31")!).isEmpty)
        let moved = try officer.expireLapsedCertifications(asOf: LocalDate(iso: "2029-01-01")!)
        #expect(moved.map(\.caseID) == [id])
        #expect(try officer.expireLapsedCertifications(asOf: LocalDate(iso: "2029-01-02")!).isEmpty)
    }

    @Test("a renewal's newer certificate keeps its case in force")
    func latestCertificateCounts() throws {
        let fixture = try StoreFixture()
        let id = try fixture.seedCase(name: "二枚ある会社", status: .certified, certificate: ("R2-003", "2021-01-16", "2024-01-15"))
        try fixture.admin.write { db in
            try db.execute(sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R5-009', ?, '2024-01-16', '2099-01-15')", arguments: [id])
        }
        let officer = try fixture.store("officer-user")
        #expect(try officer.loadCase(id).status == .certified)
    }

    @Test("a certificate corrected or removed after it was recorded, by any writer, counts as it stands now")
    func certificatesAsTheyStand() throws {
        let fixture = try StoreFixture()
        let corrected = try fixture.seedCase(name: "訂正された会社", status: .certified, certificate: ("R7-010", "2025-07-01", "2099-06-30"))
        let renewed = try fixture.seedCase(name: "二枚目が消えた会社", status: .certified, certificate: ("R2-011", "2021-01-16", "2024-01-15"))
        try fixture.admin.write { db in
            try db.execute(sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R5-012', ?, '2024-01-16', '2099-01-15')", arguments: [renewed])
        }
        let officer = try fixture.store("officer-user")
        #expect(try officer.expireLapsedCertifications().isEmpty, "both in force")
        try fixture.tamper("UPDATE certificate SET validUntil = '2025-06-30' WHERE number = 'R7-010'")
        try fixture.tamper("DELETE FROM certificate WHERE number = 'R5-012'")
        let moved = try officer.expireLapsedCertifications()
        #expect(moved.map(\.caseID) == [corrected, renewed])
        #expect(moved.map(\.certificateNumber) == ["R7-010", "R2-011"])
    }

    @Test("a store made before the last day of certification was kept gets it from its certificates, and expires the same")
    func filledByTheMigration() throws {
        let fixture = try StoreFixture()
        let ended = try fixture.seedCase(name: "終了した会社", status: .certified, certificate: ("R2-001", "2021-01-16", "2024-01-15"))
        let valid = try fixture.seedCase(name: "有効な会社", status: .certified, certificate: ("R7-001", "2025-07-01", "2099-06-30"))
        // As a store made by the build before v14-certified-until: no case has its last day.
        try fixture.tamper(#"UPDATE "case" SET certifiedUntil = NULL"#)
        try fixture.admin.write { db in try CertifiedUntil.fill(db) }
        let officer = try fixture.store("officer-user")
        #expect(try officer.loadCase(ended).status == .expired)
        #expect(try officer.loadCase(valid).status == .certified)
    }

    @Test("committee members, logins with no role and read-only opens move nothing")
    func others() throws {
        let fixture = try StoreFixture()
        let id = try fixture.seedCase(name: "終了した会社", status: .certified, certificate: ("R2-001", "2021-01-16", "2024-01-15"))
        _ = try fixture.store("member-user")
        _ = try fixture.store("stranger")
        _ = try fixture.store("officer-user", mode: .readOnly)
        #expect(try fixture.store("officer-user", mode: .readOnly).loadCase(id).status == .certified)
        #expect(throws: StoreError.self) { try fixture.store("member-user").expireLapsedCertifications() }
        #expect(try fixture.admin.expireLapsedCertifications().map(\.caseID) == [id], "an administrator may (nintei check)")
    }
}
