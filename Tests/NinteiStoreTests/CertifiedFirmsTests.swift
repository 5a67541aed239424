import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Certified firms (browse query), renewals and figures on the demo office")
struct CertifiedFirmsTests {
    let demo: DemoFixture
    let day = DemoFixture.day

    init() throws {
        demo = try DemoFixture()
    }

    @Test("the certified list: firms whose certificate is in force, one entry each, sorted by reading without the legal form")
    func list() throws {
        let firms = try demo.store.certifiedFirms(asOf: day)
        #expect(try demo.store.certifiedFirmCount(asOf: day) == 8)
        #expect(firms.map(\.certificateNumber) == ["R5-002", "R5-003", "R7-002", "R8-001", "R5-004", "R6-001", "R7-001", "R5-005"])
        #expect(!firms.contains { $0.name.contains("北原デジタルラボ") }, "expired on 2026-10-31")
        #expect(!firms.contains { $0.name.contains("とんかつ") }, "rejected")
        #expect(!firms.contains { $0.name.contains("グリーンホテル") }, "approved, no certificate yet")
    }

    @Test("a certificate that has ended leaves the list the next day, even before the case is moved to expired")
    func endedCertificatesLeave() throws {
        #expect(try demo.store.certifiedFirms(asOf: LocalDate(iso: "2026-12-14")!).contains { $0.certificateNumber == "R5-002" })
        let later = try demo.store.certifiedFirms(asOf: LocalDate(iso: "2026-12-15")!)
        #expect(!later.contains { $0.certificateNumber == "R5-002" })
        #expect(later.count == 7)
    }

    @Test("ranges of the list, for the rows on screen")
    func paging() throws {
        let all = try demo.store.certifiedFirms(asOf: day)
        #expect(try demo.store.certifiedFirms(range: 0..<3, asOf: day) == Array(all[0..<3]))
        #expect(try demo.store.certifiedFirms(range: 6..<20, asOf: day) == Array(all[6...]))
        #expect(try demo.store.certifiedFirms(range: 30..<40, asOf: day).isEmpty)
    }

    @Test("search folds kana and width; filters by strength and industry combine")
    func filters() throws {
        func numbers(_ filter: CertifiedFirmFilter) throws -> [String] {
            let firms = try demo.store.certifiedFirms(filter, asOf: day)
            #expect(try demo.store.certifiedFirmCount(filter, asOf: day) == firms.count)
            return firms.map(\.certificateNumber)
        }
        #expect(try numbers(CertifiedFirmFilter(search: "さくら")) == ["R6-001"])
        #expect(try numbers(CertifiedFirmFilter(search: "ｻｸﾗ")) == ["R6-001"])
        #expect(try numbers(CertifiedFirmFilter(search: "森")) == ["R7-001"])
        #expect(try numbers(CertifiedFirmFilter(search: "朝霞")).count >= 2)
        #expect(try numbers(CertifiedFirmFilter(industry: "P")) == ["R5-002", "R5-005"])
        let section5 = try numbers(CertifiedFirmFilter(strengths: ["5"]))
        #expect(section5 == ["R5-002", "R7-002", "R5-004"])
        #expect(try numbers(CertifiedFirmFilter(strengths: ["4", "5"])) == ["R5-002", "R5-004"])
        #expect(try numbers(CertifiedFirmFilter(search: "あおば", strengths: ["5"], industry: "P")) == ["R5-002"])
        #expect(try numbers(CertifiedFirmFilter(search: "あおば", industry: "E")) == [])
    }

    @Test("the detail: strengths as the checklist's sentences, certificate number and validity")
    func detail() throws {
        let sakura = try #require(try demo.store.certifiedFirms(CertifiedFirmFilter(search: "さくら精工"), asOf: day).first)
        let firm = try #require(try demo.store.certifiedFirm(caseID: sakura.caseID, asOf: day))
        #expect(firm.name == "株式会社さくら精工")
        #expect(firm.certificateNumber == "R6-001")
        #expect(firm.issuedOn.iso == "2024-11-01" && firm.validUntil.iso == "2027-10-31")
        #expect(firm.industry?.name.ja == "製造業")
        #expect(firm.strengths.map(\.sectionID) == ["1", "2", "3", "4", "6", "7"])
        #expect(firm.strengths.first?.sentence.ja == "経営者の理念表明と推進体制づくりに力を入れている")
        #expect(try demo.store.certifiedFirm(caseID: 9, asOf: day) == nil, "a rejected case is no certified firm")
    }

    @Test("filter choices: the sections that pass by section, and the industries of certified firms")
    func choices() throws {
        #expect(demo.store.strengthOptions().map(\.sectionID) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(try demo.store.certifiedIndustries(asOf: day).map(\.code) == ["E", "F", "H", "L", "O", "P", "Q"])
    }

    @Test("renewals due within 6 months, soonest first, with the application's contact")
    func renewals() throws {
        let due = try demo.office.renewalsDue(withinMonths: 6, asOf: day)
        #expect(due.map(\.certificateNumber) == ["R5-002", "R5-003", "R5-004", "R5-005"])
        let aoba = try #require(due.first)
        #expect(aoba.daysLeft == 23)
        #expect(aoba.renewalReceived, "case 20 is the renewal of R5-002")
        #expect(aoba.phone == "048-465-8100")
        #expect(aoba.contactName != nil && aoba.email != nil)
        #expect(!due[1].renewalReceived)
        #expect(try demo.office.renewalsDue(withinMonths: 1, asOf: day).map(\.certificateNumber) == ["R5-002"])
    }

    @Test("program figures for FY2026 come from the demo's cases and certificates")
    func figures() throws {
        let targets = ProgramTargets(newApplicationsPerYear: 15, certifiedFirmsPlan: [FiscalYear(2026): 95], renewalWindowMonths: 6)
        let report = try demo.office.programReport(fiscalYear: FiscalYear(2026), targets: targets, asOf: day)
        #expect(report.certifiedFirms.last?.actual == 8)
        #expect(report.certifiedFirms.last?.target == 95)
        #expect(report.renewalsDue.first { $0.month == 12 }?.count == 1)
        #expect(report.renewalsDue.first { $0.month == 10 }?.count == 1, "R5-001 ended in October 2026")
        let received = try demo.office.cases().filter { $0.kind == .new && ($0.receivedOn ?? "") >= "2026-04-01" }.count
        #expect(report.newApplications.last?.actual == received)
        #expect(report.averageDaysToDecision != nil)
    }
}
