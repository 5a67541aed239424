import Foundation
import NinteiCore
@testable import NinteiStore
import Testing

@Suite("An officer withdraws a conflict declaration")
struct ConflictWithdrawalTests {
    @Test("a member's own declaration withdrew their opinion; an officer takes the declaration back, the opinion shows as withdrawn, the log keeps both")
    func officerWithdraws() throws {
        let f = try CommitteeFixture()
        try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "良い取組")
        try f.member.markConflict(caseID: f.meets, member: "member-user", type: .other, note: "勘違い")
        #expect(try f.officer.opinions(caseID: f.meets).opinions.isEmpty)

        // Nobody but an officer undoes it: not the member, not the chair.
        for store in [f.member, f.chair] {
            #expect(refusal { () throws(StoreError) in try store.withdrawConflict(caseID: f.meets, member: "member-user") }?
                .contains("withdraw a conflict of interest") == true)
        }
        try f.officer.withdrawConflict(caseID: f.meets, member: "member-user")
        #expect(try f.officer.conflicts(caseID: f.meets).isEmpty)
        #expect(refusal { () throws(StoreError) in try f.officer.withdrawConflict(caseID: f.meets, member: "member-user") }?
            .contains("no conflict of interest marked for member-user") == true)

        // The earlier opinion stays withdrawn and is shown so; the member may give one again.
        let view = try f.officer.opinions(caseID: f.meets)
        #expect(view.opinions.isEmpty)
        #expect(view.withdrawn.map(\.member) == ["member-user"])
        #expect(view.withdrawn.first?.comment == "良い取組")
        try f.member.giveOpinion(caseID: f.meets, verdict: .moreInfo, comment: "改めて")
        let again = try f.member.opinions(caseID: f.meets)
        #expect(again.opinions.map(\.verdict) == [.moreInfo])
        #expect(again.withdrawn.map(\.verdict) == [.approve])

        let actions = try f.officer.auditEvents(caseID: f.meets).map(\.action)
        let mark = try #require(actions.firstIndex(of: "conflict.mark"))
        let withdrawOpinion = try #require(actions.firstIndex(of: "opinion.withdraw"))
        let withdrawConflict = try #require(actions.firstIndex(of: "conflict.withdraw"))
        #expect(Set([mark, withdrawOpinion, withdrawConflict]).count == 3)
        let event = try #require(try f.officer.auditEvents(caseID: f.meets).first { $0.action == "conflict.withdraw" })
        #expect(event.login == "officer-user")
        #expect(event.before == "member-user: other 勘違い")
    }
}
