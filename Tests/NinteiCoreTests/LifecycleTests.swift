import NinteiCore
import Testing

@Suite("Case lifecycle and permissions")
struct LifecycleTests {
    static let allowed: [(CaseStatus, CaseStatus, Role)] = [
        (.draft, .submitted, .officer), (.submitted, .inReview, .officer), (.submitted, .draft, .officer),
        (.inReview, .approved, .chair), (.inReview, .rejected, .chair), (.inReview, .returned, .chair),
        (.returned, .draft, .officer), (.approved, .certified, .officer), (.certified, .renewalDue, .officer),
        (.certified, .expired, .officer), (.renewalDue, .renewed, .officer), (.renewalDue, .expired, .officer),
    ]

    @Test("each move of the lifecycle is allowed to its role and refused to every other, with the reason")
    func movesAndRoles() {
        for (from, to, role) in Self.allowed {
            #expect(throws: Never.self, "\(from) → \(to) by \(role)") { try Lifecycle.check(from: from, to: to, roles: [role]) }
            for other in Role.allCases where other != role {
                do {
                    try Lifecycle.check(from: from, to: to, roles: [other])
                    Issue.record("\(from) → \(to) must be refused to \(other)")
                } catch {
                    #expect(error.reason.ja.contains("できるのは\(role.label.ja)です"), "\(error.reason.ja)")
                    #expect(error.reason.en.contains(" \(role.label.en) may") && !error.reason.en.contains("a officer") && !error.reason.en.contains("a administrator"), "\(error.reason.en)")
                }
            }
        }
    }

    @Test("every move that is not in the lifecycle is refused, naming where the case can go")
    func impossibleMoves() {
        let allowedPairs = Set(Self.allowed.map { "\($0.0)>\($0.1)" })
        for from in CaseStatus.allCases {
            for to in CaseStatus.allCases where from != to && to != .withdrawn && !allowedPairs.contains("\(from)>\(to)") {
                do {
                    try Lifecycle.check(from: from, to: to, roles: Set(Role.allCases))
                    Issue.record("\(from) → \(to) must be refused")
                } catch {
                    #expect(error.reason.ja.contains("「\(from.label.ja)」から「\(to.label.ja)」へは進めません"))
                }
            }
        }
        do {
            try Lifecycle.check(from: .draft, to: .approved, roles: [.chair])
        } catch {
            #expect(error.reason.ja == "「下書き」から「承認」へは進めません。次にできるのは 「提出済み」、「取り下げ」 です")
            #expect(error.reason.en == "a case cannot go from draft to approved; it can go to submitted, withdrawn")
        }
    }

    @Test("final statuses go nowhere; a case cannot move to where it is")
    func finalAndSame() {
        for status in CaseStatus.allCases where status.isFinal {
            #expect(Lifecycle.nextStatuses(from: status).isEmpty, "\(status)")
        }
        do {
            try Lifecycle.check(from: .expired, to: .certified, roles: [.officer])
        } catch {
            #expect(error.reason.en.hasSuffix("a case that is expired does not move on"))
        }
        #expect(throws: Lifecycle.Refusal.self) { try Lifecycle.check(from: .draft, to: .draft, roles: [.officer]) }
    }

    @Test("an officer may withdraw any case that is still open, nobody else may")
    func withdraw() {
        for status in CaseStatus.allCases where !status.isFinal {
            #expect(throws: Never.self) { try Lifecycle.check(from: status, to: .withdrawn, roles: [.officer]) }
            #expect(throws: Lifecycle.Refusal.self) { try Lifecycle.check(from: status, to: .withdrawn, roles: [.chair, .admin]) }
        }
    }

    @Test("a login with no role can only browse, and is told so")
    func noRole() {
        do {
            try Lifecycle.check(from: .draft, to: .submitted, roles: [])
            Issue.record("a login without a role must be refused")
        } catch {
            #expect(error.reason.ja.hasSuffix("（役割が登録されていないため、閲覧だけができます）"))
        }
    }

    @Test("only officers edit applications, and only drafts; a committee member never can")
    func editing() {
        #expect(throws: Never.self) { try Permissions.checkEditApplication(status: .draft, roles: [.officer]) }
        for status in CaseStatus.allCases where status != .draft {
            #expect(throws: Lifecycle.Refusal.self, "\(status)") { try Permissions.checkEditApplication(status: status, roles: [.officer]) }
        }
        for role in Role.allCases where role != .officer {
            #expect(throws: Lifecycle.Refusal.self, "\(role)") { try Permissions.checkEditApplication(status: .draft, roles: [role]) }
        }
        #expect(throws: Lifecycle.Refusal.self) { try Permissions.checkManageUsers(roles: [.officer, .chair]) }
        #expect(throws: Never.self) { try Permissions.checkManageUsers(roles: [.admin]) }
        #expect(throws: Lifecycle.Refusal.self) { try Permissions.checkCreateCase(roles: [.committee]) }
        #expect(throws: Lifecycle.Refusal.self) { try Permissions.checkRecordContact(roles: [.viewer]) }
    }
}
