import NinteiCore
import Testing

@Suite("Committee rules")
struct CommitteeRulesTests {
    @Test("only the chair decides; a decision against the rule result needs a reason")
    func decide() {
        for role in Role.allCases where role != .chair {
            #expect(throws: Lifecycle.Refusal.self, "\(role)") {
                try CommitteeRules.checkDecide(roles: [role], outcome: .approve, kind: .review, qualifies: true, reason: nil, conflict: nil)
            }
        }
        #expect(throws: Never.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .approve, kind: .review, qualifies: true, reason: nil, conflict: nil) }
        #expect(throws: Never.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .reject, kind: .review, qualifies: false, reason: nil, conflict: nil) }
        #expect(throws: Never.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .returnForInformation, kind: .review, qualifies: true, reason: nil, conflict: nil) }
        do {
            try CommitteeRules.checkDecide(roles: [.chair], outcome: .approve, kind: .review, qualifies: false, reason: " \n", conflict: nil)
            Issue.record("approving a case that does not meet the rule needs a reason")
        } catch {
            #expect(error.reason.ja == "規則による判定（基準を満たさない）と異なる決定「認定」には理由が必要です")
        }
        #expect(throws: Lifecycle.Refusal.self) {
            try CommitteeRules.checkDecide(roles: [.chair], outcome: .reject, kind: .review, qualifies: true, reason: nil, conflict: nil)
        }
        #expect(throws: Never.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .reject, kind: .review, qualifies: true, reason: "実態と異なる", conflict: nil) }
        #expect(throws: Lifecycle.Refusal.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .approve, kind: .review, qualifies: true, reason: nil, conflict: .client) }
        #expect(throws: Lifecycle.Refusal.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .approve, kind: .report, qualifies: true, reason: nil, conflict: nil) }
        #expect(throws: Never.self) { try CommitteeRules.checkDecide(roles: [.chair], outcome: .noted, kind: .report, qualifies: false, reason: nil, conflict: nil) }
    }

    @Test("who sees which opinions")
    func visibility() {
        typealias V = OpinionVisibility
        let member: Set<Role> = [.committee]
        #expect(CommitteeRules.opinionVisibility(roles: member, conflict: nil, hasOwnOpinion: false, decided: false) == V.ownOnly)
        #expect(CommitteeRules.opinionVisibility(roles: member, conflict: nil, hasOwnOpinion: true, decided: false) == V.all)
        #expect(CommitteeRules.opinionVisibility(roles: member, conflict: nil, hasOwnOpinion: false, decided: true) == V.all)
        for roles: Set<Role> in [[.committee], [.chair], [.officer], [.officer, .committee]] {
            #expect(CommitteeRules.opinionVisibility(roles: roles, conflict: .employee, hasOwnOpinion: true, decided: true) == V.none, "\(roles)")
        }
        #expect(CommitteeRules.opinionVisibility(roles: [.officer], conflict: nil, hasOwnOpinion: false, decided: false) == V.all)
        #expect(CommitteeRules.opinionVisibility(roles: [.viewer], conflict: nil, hasOwnOpinion: false, decided: false) == V.none)
    }

    @Test("opinions: own as a member, a paper one typed by an officer, never when conflicted, reported or decided")
    func opinions() {
        func check(actor: String = "m", roles: Set<Role> = [.committee], member: String = "m", memberRoles: Set<Role> = [.committee],
                   conflict: ConflictType? = nil, kind: AgendaKind = .review, decided: Bool = false) -> Bool {
            (try? CommitteeRules.checkGiveOpinion(actor: actor, roles: roles, member: member, memberRoles: memberRoles,
                                                  conflict: conflict, kind: kind, decided: decided)) != nil
        }
        #expect(check())
        #expect(check(roles: [.chair], memberRoles: [.chair]))
        #expect(!check(roles: [.officer], memberRoles: [.officer]))
        #expect(check(actor: "o", roles: [.officer]))
        #expect(!check(actor: "o", roles: [.committee]))
        #expect(!check(actor: "o", roles: [.officer], memberRoles: [.viewer]))
        #expect(!check(conflict: .relative))
        #expect(!check(kind: .report))
        #expect(!check(decided: true))
    }

    @Test("every verdict, outcome and conflict type has both labels; command words read back")
    func labels() {
        for verdict in OpinionVerdict.allCases {
            #expect(!verdict.label.ja.isEmpty && !verdict.label.en.isEmpty)
            #expect(OpinionVerdict(commandName: verdict.commandName) == verdict)
        }
        #expect(OpinionVerdict(commandName: "more-info") == .moreInfo)
        #expect(DecisionOutcome(rawValue: "return") == .returnForInformation)
        #expect(DecisionOutcome.allCases.allSatisfy { !$0.label.ja.isEmpty && !$0.label.en.isEmpty })
        #expect(ConflictType.allCases.map(\.rawValue) == ["employee", "adviser", "client", "relative", "other"])
        #expect(DecisionOutcome.noted.resultingStatus == nil)
        #expect(DecisionOutcome.returnForInformation.resultingStatus == .returned)
    }
}
