import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// The certified list's and the renewals list's pages by key through the server: the pages the
/// store gives on the file, and the same refusal for a login that may not read renewals.
@Suite struct ListPagesThroughServerTests {
    @Test func pagesByKeyThroughTheServerAreThePagesOnTheFile() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        try office.grant(.chair)
        let client = try office.client()
        let meeting = try client.createMeeting(date: LocalDate(iso: "2023-07-20")!, place: "会議室")
        for example in ["sakura-seiko", "hinode-shoukai"] {
            let id = try client.createCase(try office.example(example))
            try client.transition(caseID: id, to: .submitted, revision: try client.loadCase(id).revision)
            try client.addToAgenda(meetingID: meeting.id, caseIDs: [id])
            try client.decide(caseID: id, outcome: .approve, reason: "委員会の判断")
            try client.issueCertificate(caseID: id, issuedOn: LocalDate(iso: "2023-07-21")!, settings: .standard)
        }
        let onFile = try office.owner.acting(as: office.me)
        let day = LocalDate(iso: "2024-01-10")!
        let firms = try onFile.certifiedFirms(CertifiedFirmFilter(), range: nil, asOf: day)
        #expect(firms.count == 2)
        #expect(try client.certifiedFirms(CertifiedFirmFilter(), from: nil, direction: .backward, limit: 1, asOf: day) == [firms[1]])
        #expect(try client.certifiedFirms(CertifiedFirmFilter(), from: CertifiedFirmKey(firms[1]), direction: .backward, limit: 5, asOf: day) == [firms[0]])
        #expect(try client.certifiedFirms(CertifiedFirmFilter(), from: CertifiedFirmKey(firms[0]), direction: .forward, limit: 5, asOf: day) == [firms[1]])

        let before = LocalDate(iso: "2026-05-01")!
        let due = try onFile.renewalsDue(withinMonths: 6, asOf: before)
        #expect(due.count == 2)
        #expect(try client.renewalsDueCount(withinMonths: 6, asOf: before) == 2)
        #expect(try client.renewalsDue(withinMonths: 6, from: nil, direction: .forward, limit: 5, asOf: before) == due)
        #expect(try client.renewalsDue(withinMonths: 6, from: RenewalKey(due[1]), direction: .backward, limit: 5, asOf: before) == [due[0]])

        let viewer = try office.direct("viewer-login", role: .viewer)
        #expect(try viewer.certifiedFirms(CertifiedFirmFilter(), from: nil, direction: .forward, limit: 5, asOf: day).count == 2)
        #expect(throws: StoreError.self) { try viewer.renewalsDueCount(withinMonths: 6, asOf: before) }
    }
}
