import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("Keyset pages of the certified list and the renewals list equal the pages by position")
struct ListKeysetPagingTests {
    static let day = LocalDate(iso: "2026-06-01")!

    /// 240 cases of 120 firms (two cases each), most holding a certificate: firms whose sort key
    /// ties (the same name, readings that fold alike or differ only by the legal form), a firm's
    /// two certificates ending on the same day, certificates that ended, and cases that hold
    /// none (drafts, expired).
    static func store() throws -> (StoreFixture, Store) {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        let names = ["さくら精工", "みどり建設", "あさか運輸", "ひので商事", "さくら歯科", "朝霞物産"]
        let readings = ["サクラ", "さくら", "ｻｸﾗ", "カブシキガイシャサクラ", "ミドリ", "ヒノデ", "アサカ", "ミライ"]
        let statuses: [CaseStatus] = [.certified, .renewalDue, .certified, .draft, .certified, .expired, .renewalDue]
        let endings = ["2026-12-31", "2027-03-31", "2026-12-31", "2026-05-31", "2026-07-15", "2027-03-31"]
        try officer.write { db in
            for index in 0..<240 {
                let firm = index % 120
                let document = ApplicationDocument(
                    checklistID: "asaka-2023", kind: index >= 120 ? .renewal : .new,
                    firm: FirmProfile(name: names[firm % names.count] + String(firm / 48), kana: readings[firm / names.count % readings.count],
                                      industry: firm % 3 == 0 ? "E" : "P"))
                let id = try officer.insertCase(db, document, status: statuses[index % statuses.count])
                guard index % 11 != 5 else { continue }  // a few holding cases without a certificate
                try db.execute(
                    sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES (?, ?, ?, ?)",
                    arguments: [String(format: "R%03d", (index * 37) % 240), id, "2024-01-01", endings[index % endings.count]])
            }
        }
        return (fixture, officer)
    }

    /// The whole list read seven rows at a time by key, from the first row down or the last up.
    static func walk<Row, Key>(
        _ direction: CaseListDirection, key: (Row) -> Key, page: (Key?, CaseListDirection, Int) throws -> [Row]
    ) rethrows -> [Row] {
        var rows: [Row] = []
        var from: Key? = nil
        while true {
            let found = try page(from, direction, 7)
            rows = direction == .forward ? rows + found : found + rows
            guard found.count == 7, let next = direction == .forward ? found.last : found.first else { return rows }
            from = key(next)
        }
    }

    static let filters = [
        CertifiedFirmFilter(), CertifiedFirmFilter(search: "さくら"), CertifiedFirmFilter(industry: "E"),
        CertifiedFirmFilter(search: "運輸", industry: "P"), CertifiedFirmFilter(search: "該当なし"),
    ]

    @Test("the certified list: walking forward and backward by key gives the list by position", arguments: filters)
    func certifiedWalks(filter: CertifiedFirmFilter) throws {
        let (fixture, store) = try Self.store()
        _ = fixture
        let all = try store.certifiedFirms(filter, asOf: Self.day)
        #expect(all.count == (try store.certifiedFirmCount(filter, asOf: Self.day)))
        #expect(Set(all.map { "\($0.name)|\($0.kana)" }).count == all.count, "one entry per firm")
        if filter == CertifiedFirmFilter() { #expect(all.count > 60, "enough rows to page: \(all.count)") }

        for direction in CaseListDirection.allCases {
            let walked = try Self.walk(direction, key: CertifiedFirmKey.init) { key, direction, limit in
                try store.certifiedFirms(filter, from: key, direction: direction, limit: limit, asOf: Self.day)
            }
            #expect(walked == all, "\(direction)")
        }

        for (index, firm) in all.enumerated() {
            let after = try store.certifiedFirms(filter, from: CertifiedFirmKey(firm), direction: .forward, limit: 5, asOf: Self.day)
            #expect(after == (try store.certifiedFirms(filter, range: (index + 1)..<(index + 6), asOf: Self.day)))
            let before = try store.certifiedFirms(filter, from: CertifiedFirmKey(firm), direction: .backward, limit: 5, asOf: Self.day)
            #expect(before == Array(all[max(0, index - 5)..<index]))
        }
        #expect(try store.certifiedFirms(filter, from: nil, direction: .backward, limit: 20, asOf: Self.day) == Array(all.suffix(20)))
    }

    @Test("a firm's entry is its certificate that ends last; on the same day, the later number")
    func latestCertificate() throws {
        let fixture = try StoreFixture()
        try fixture.seedCase(name: "さくら精工", kana: "サクラセイコウ", status: .certified, certificate: ("R5-001", "2024-01-01", "2026-12-31"))
        try fixture.seedCase(name: "さくら精工", kana: "サクラセイコウ", status: .renewalDue, certificate: ("R5-002", "2024-01-01", "2027-12-31"))
        try fixture.seedCase(name: "さくら精工", kana: "サクラセイコウ", status: .certified, certificate: ("R5-003", "2024-01-01", "2027-12-31"))
        let store = try fixture.store("officer-user")
        #expect(try store.certifiedFirms(asOf: Self.day).map(\.certificateNumber) == ["R5-003"])
        #expect(try store.certifiedFirms(CertifiedFirmFilter(), from: nil, direction: .backward, limit: 5, asOf: Self.day).map(\.certificateNumber) == ["R5-003"])
    }

    @Test("the renewals list: walking forward and backward by key gives the whole window, soonest first", arguments: [3, 12])
    func renewalsWalks(months: Int) throws {
        let (fixture, store) = try Self.store()
        _ = fixture
        let all = try store.renewalsDue(withinMonths: months, asOf: Self.day)
        #expect(all.count == (try store.renewalsDueCount(withinMonths: months, asOf: Self.day)))
        if months == 12 { #expect(all.count > 60, "enough rows to page: \(all.count)") }

        for direction in CaseListDirection.allCases {
            let walked = try Self.walk(direction, key: RenewalKey.init) { key, direction, limit in
                try store.renewalsDue(withinMonths: months, from: key, direction: direction, limit: limit, asOf: Self.day)
            }
            #expect(walked == all, "\(direction)")
        }

        for (index, due) in all.enumerated() {
            let after = try store.renewalsDue(withinMonths: months, from: RenewalKey(due), direction: .forward, limit: 5, asOf: Self.day)
            #expect(after == Array(all[(index + 1)..<min(all.count, index + 6)]))
            let before = try store.renewalsDue(withinMonths: months, from: RenewalKey(due), direction: .backward, limit: 5, asOf: Self.day)
            #expect(before == Array(all[max(0, index - 5)..<index]))
        }
        #expect(try store.renewalsDue(withinMonths: months, from: nil, direction: .backward, limit: 20, asOf: Self.day) == Array(all.suffix(20)))
    }
}
