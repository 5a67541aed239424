import Foundation
import GRDB
import NinteiCore
@testable import NinteiStore
import Testing

/// A fixture with cases submitted to a meeting on 2023-07-20: sakura-seiko (meets the rule) and
/// hinode-shoukai (declares compliance but passes too few sections), a second committee member, and each person's own store.
final class CommitteeFixture {
    let base: StoreFixture
    let officer, member, memberTwo, chair: Store
    let meeting: Meeting
    let meets, fails: Int64
    static let meetingDay = LocalDate(year: 2023, month: 7, day: 20)!

    init(agenda: Bool = true) throws {
        base = try StoreFixture()
        try base.admin.addUser("member-two", role: .committee)
        officer = try base.store("officer-user")
        member = try base.store("member-user")
        memberTwo = try base.store("member-two")
        chair = try base.store("chair-user")
        meets = try Self.submitted("sakura-seiko", base: base, officer: officer)
        fails = try Self.submitted("hinode-shoukai", base: base, officer: officer)
        meeting = try officer.createMeeting(date: Self.meetingDay, place: "市役所 5階 会議室")
        if agenda { try officer.addToAgenda(meetingID: meeting.id, caseIDs: [meets, fails]) }
    }

    static func submitted(_ example: String, base: StoreFixture, officer: Store) throws -> Int64 {
        let id = try officer.createCase(try base.example(example))
        try officer.transition(caseID: id, to: .submitted, revision: try officer.loadCase(id).revision)
        return id
    }

    func renewal() throws -> Int64 {
        let document = try ApplicationFile.read(StoreFixture.data.path + "/demo/applications/07-asaka-unyu-koushin.json", checklists: StoreFixture.library)
        let id = try officer.createCase(document)
        try officer.transition(caseID: id, to: .submitted, revision: 1)
        return id
    }
}

/// The refusal text of a store call that must be refused.
func refusal(_ work: () throws(StoreError) -> Void) -> String? {
    do {
        try work()
        return nil
    } catch {
        guard case .refused(let reason) = error else { return "not a refusal: \(error.text(.en))" }
        return reason.en
    }
}

@Suite("The committee's store: meetings, opinions, conflicts, decisions")
struct CommitteeStoreTests {
    @Test("an officer sets up a meeting and its agenda in order; the cases go into review")
    func meetingAndAgenda() throws {
        let f = try CommitteeFixture()
        #expect(try f.officer.loadCase(f.meets).status == .inReview)
        #expect(try f.officer.agenda(meetingID: f.meeting.id).map(\.summary.id) == [f.meets, f.fails])
        try f.officer.reorderAgenda(meetingID: f.meeting.id, caseIDs: [f.fails, f.meets])
        #expect(try f.officer.agenda(meetingID: f.meeting.id).map(\.summary.id) == [f.fails, f.meets])
        #expect(refusal { () throws(StoreError) in try f.officer.reorderAgenda(meetingID: f.meeting.id, caseIDs: [f.fails]) }?.contains("name every case") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.member.createMeeting(date: CommitteeFixture.meetingDay, place: "x") }?
            .contains("only a officer may prepare a meeting") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.createMeeting(date: CommitteeFixture.meetingDay, place: "  ") } == "the meeting's place is empty")
        let draft = try f.officer.createCase(try f.base.example("kappo-asaka"))
        let other = try CommitteeFixture.submitted("kappo-asaka", base: f.base, officer: f.officer)
        #expect(refusal { () throws(StoreError) in try f.officer.addToAgenda(meetingID: f.meeting.id, caseIDs: [other, draft]) }?
            .contains("only a submitted case or one in review") == true)
        #expect(try f.officer.loadCase(other).status == .submitted, "all or nothing: the first case is not put on the agenda either")
        #expect(try f.officer.agenda(meetingID: f.meeting.id).count == 2)
        #expect(refusal { () throws(StoreError) in try f.officer.addToAgenda(meetingID: f.meeting.id, caseIDs: [f.meets]) }?
            .contains("already on the agenda") == true)
        #expect(try f.officer.nextMeeting(asOf: LocalDate(iso: "2023-07-20")!) == f.meeting)
        #expect(try f.officer.nextMeeting(asOf: LocalDate(iso: "2023-07-21")!) == nil)
        #expect(try f.officer.auditEvents(caseID: f.meets).contains { $0.action == "agenda.add" })
    }

    @Test("a committee member cannot edit an application, in review or as a draft")
    func memberCannotEdit() throws {
        let f = try CommitteeFixture()
        let path = JSONPath(parsing: "firm.phone")!
        let inReview = try f.member.loadCase(f.meets)
        #expect(refusal { () throws(StoreError) in
            try f.member.saveField(caseID: f.meets, path: path, value: .string("0"), revision: inReview.revision)
        }?.contains("only a officer may change an application") == true)
        let draft = try f.officer.createCase(try f.base.example("kappo-asaka"))
        for store in [f.member, f.chair] {
            #expect(refusal { () throws(StoreError) in
                try store.saveField(caseID: draft, path: path, value: .string("0"), revision: 1)
            } != nil)
            #expect(refusal { () throws(StoreError) in try store.setCultureNote(caseID: draft, note: "x") } != nil)
        }
        #expect(try f.officer.loadCase(draft).revision == 1)
    }

    @Test("a member sees the others' opinions only after giving their own")
    func opinionVisibility() throws {
        let f = try CommitteeFixture()
        try f.memberTwo.giveOpinion(caseID: f.meets, verdict: .approve, comment: "取組が具体的")
        let before = try f.member.opinions(caseID: f.meets)
        #expect(before.visibility == .ownOnly)
        #expect(before.opinions.isEmpty)
        #expect(try f.member.casePacket(caseID: f.meets).opinions.opinions.isEmpty, "the packet holds no more than the query")
        #expect(try f.member.committeeComments(caseID: f.meets).opinions.isEmpty)
        try f.member.giveOpinion(caseID: f.meets, verdict: .moreInfo, comment: "3-1 の根拠を確認したい")
        let after = try f.member.opinions(caseID: f.meets)
        #expect(after.visibility == .all)
        #expect(Set(after.opinions.map(\.member)) == ["member-user", "member-two"])
        #expect(try f.officer.opinions(caseID: f.meets).opinions.count == 2)
        // Changing one's mind replaces the opinion, and the log keeps both.
        try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "確認できた")
        #expect(try f.member.opinions(caseID: f.meets).opinions.first { $0.member == "member-user" }?.verdict == .approve)
        let events = try f.officer.auditEvents(caseID: f.meets).filter { $0.action == "opinion" }
        #expect(events.last?.before == "member-user: moreInfo: 3-1 の根拠を確認したい")
    }

    @Test("an officer types a member's paper opinion: the record keeps who typed it and whose it is")
    func paperOpinion() throws {
        let f = try CommitteeFixture()
        let typed = try f.officer.giveOpinion(caseID: f.fails, verdict: .reject, comment: "法令遵守の申告がない", for: "member-two")
        #expect(typed.member == "member-two")
        #expect(typed.typedBy == "officer-user")
        #expect(typed.typedByOfficer)
        #expect(try f.memberTwo.opinions(caseID: f.fails).opinions.map(\.typedBy) == ["officer-user"])
        #expect(refusal { () throws(StoreError) in _ = try f.member.giveOpinion(caseID: f.fails, verdict: .approve, comment: "", for: "member-two") }?
            .contains("only a officer may type another member's opinion") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.giveOpinion(caseID: f.fails, verdict: .approve, comment: "") }?
            .contains("only committee members give opinions") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.giveOpinion(caseID: f.fails, verdict: .approve, comment: "", for: "officer-user") }?
            .contains("only committee members give opinions") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.giveOpinion(caseID: f.fails, verdict: .approve, comment: "", for: "nobody") }?
            .contains("nobody is not a committee member") == true)
    }

    @Test("a conflicted member sees \"conflict\", no opinions, and cannot give one")
    func conflicts() throws {
        let f = try CommitteeFixture()
        try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "先に出した意見")
        try f.memberTwo.giveOpinion(caseID: f.meets, verdict: .approve, comment: "良い")
        try f.officer.markConflict(caseID: f.meets, member: "member-user", type: .adviser, note: "顧問税理士")
        let view = try f.member.opinions(caseID: f.meets)
        #expect(view.visibility == .none)
        #expect(view.opinions.isEmpty)
        #expect(view.conflict == .adviser)
        #expect(try f.member.casePacket(caseID: f.meets).opinions.opinions.isEmpty)
        #expect(try f.member.committeeComments(caseID: f.meets).opinions.isEmpty)
        #expect(refusal { () throws(StoreError) in _ = try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "") }?
            .contains("conflict of interest on this case (adviser)") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.giveOpinion(caseID: f.meets, verdict: .approve, comment: "", for: "member-user") } != nil)
        // The opinion given before the conflict was known is withdrawn, on the record.
        #expect(try f.officer.opinions(caseID: f.meets).opinions.map(\.member) == ["member-two"])
        #expect(try f.officer.auditEvents(caseID: f.meets).contains { $0.action == "opinion.withdraw" && $0.before == "member-user: approve: 先に出した意見" })

        let queue = try #require(try f.member.reviewQueue(asOf: LocalDate(iso: "2023-07-01")!))
        #expect(queue.items.map(\.state) == [.conflict(.adviser), .noOpinion])
        #expect(queue.items.first?.state.label.en == "conflict")
        let other = try #require(try f.memberTwo.reviewQueue(asOf: LocalDate(iso: "2023-07-01")!))
        #expect(other.items.map(\.state) == [.opinionGiven(.approve), .noOpinion])

        // A member marks themself; nobody else but an officer may mark them.
        try f.memberTwo.markConflict(caseID: f.fails, member: "member-two", type: .client)
        #expect(refusal { () throws(StoreError) in try f.memberTwo.markConflict(caseID: f.fails, member: "member-user", type: .relative) }?
            .contains("only a officer may mark another member") == true)
        #expect(try f.officer.conflicts(caseID: f.fails).map(\.type) == [.client])
        #expect(refusal { () throws(StoreError) in _ = try f.officer.reviewQueue(asOf: LocalDate(iso: "2023-07-01")!) }?.contains("officer-user may not read the review queue") == true)
    }

    @Test("only the chair records decisions; a decision against the rule result needs a reason")
    func decisions() throws {
        let f = try CommitteeFixture()
        for store in [f.member, f.officer] {
            #expect(refusal { () throws(StoreError) in _ = try store.decide(caseID: f.meets, outcome: .approve) }?
                .contains("only a committee chair may record the committee's decision") == true)
        }
        #expect(refusal { () throws(StoreError) in _ = try f.chair.decide(caseID: f.fails, outcome: .approve) }
            == "a decision (approved) against the rule result (does not meet the criteria) needs a reason")
        #expect(refusal { () throws(StoreError) in _ = try f.chair.decide(caseID: f.meets, outcome: .reject, reason: "  ") }
            == "a decision (rejected) against the rule result (meets the criteria) needs a reason")
        #expect(try f.officer.loadCase(f.meets).status == .inReview, "nothing of a refused decision is written")

        let approved = try f.chair.decide(caseID: f.meets, outcome: .approve)
        #expect(!approved.isAgainstRule)
        #expect(try f.officer.loadCase(f.meets).status == .approved)
        let against = try f.chair.decide(caseID: f.fails, outcome: .approve, reason: "申告は受付後に提出済み")
        #expect(against.isAgainstRule)
        #expect(against.decidedOn == CommitteeFixture.meetingDay)
        #expect(refusal { () throws(StoreError) in _ = try f.chair.decide(caseID: f.meets, outcome: .reject, reason: "x") }?.contains("already decided") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "") }?.contains("already decided") == true)
        #expect(try f.chair.decisions(meetingID: f.meeting.id).map(\.outcome) == [.approve, .approve])
        #expect(try f.officer.auditEvents(caseID: f.fails).last?.after == "meeting \(f.meeting.id): approve: 申告は受付後に提出済み")
        // Once decided, every member who is not conflicted may read the round's opinions.
        #expect(try f.member.opinions(caseID: f.meets).visibility == .all)
    }

    @Test("a conflicted chair cannot decide; noted is only for reports")
    func chairConflict() throws {
        let f = try CommitteeFixture()
        try f.officer.markConflict(caseID: f.meets, member: "chair-user", type: .relative)
        #expect(refusal { () throws(StoreError) in _ = try f.chair.decide(caseID: f.meets, outcome: .approve) }?.contains("cannot record its decision") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.chair.decide(caseID: f.fails, outcome: .noted) }?.contains("approved, rejected or returned") == true)
    }

    @Test("a returned case goes back to the officer with the committee's comments, and is reviewed afresh")
    func returned() throws {
        let f = try CommitteeFixture()
        try f.member.giveOpinion(caseID: f.fails, verdict: .moreInfo, comment: "推進体制を確認してください")
        try f.chair.decide(caseID: f.fails, outcome: .returnForInformation, reason: "申告の確認")
        #expect(try f.officer.loadCase(f.fails).status == .returned)
        let comments = try f.officer.committeeComments(caseID: f.fails)
        #expect(comments.decisions.map(\.reason) == ["申告の確認"])
        #expect(comments.opinions.map(\.comment) == ["推進体制を確認してください"])
        // The officer reopens it as a draft, fixes it and submits it to a later meeting.
        try f.officer.transition(caseID: f.fails, to: .draft, revision: try f.officer.loadCase(f.fails).revision)
        try f.officer.saveField(caseID: f.fails, path: JSONPath(parsing: "answers.1-2.text")!, value: .string("総務担当 1名"), revision: try f.officer.loadCase(f.fails).revision)
        try f.officer.transition(caseID: f.fails, to: .submitted, revision: try f.officer.loadCase(f.fails).revision)
        let later = try f.officer.createMeeting(date: LocalDate(iso: "2023-09-20")!, place: "市役所")
        try f.officer.addToAgenda(meetingID: later.id, caseIDs: [f.fails])
        #expect(try f.member.opinions(caseID: f.fails).opinions.isEmpty, "a new round starts without the old opinions")
        let queue = try #require(try f.member.reviewQueue(asOf: LocalDate(iso: "2023-08-01")!))
        #expect(queue.meeting == later)
        #expect(queue.items.map(\.state) == [.noOpinion])
        try f.chair.decide(caseID: f.fails, outcome: .approve, reason: "小規模事業所として取組を評価")
        #expect(try f.officer.committeeComments(caseID: f.fails).decisions.map(\.outcome) == [.returnForInformation, .approve])
    }

    @Test("renewals granted without review are reported to the next meeting and noted in bulk")
    func postHocReports() throws {
        let f = try CommitteeFixture()
        let renewal = try f.renewal()
        // The certificate it renews (R2-001) belongs to a case due for renewal.
        let old = try CommitteeFixture.submitted("kappo-asaka", base: f.base, officer: f.officer)
        try f.base.tamper("""
            INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R2-001', \(old), '2021-01-16', '2024-01-15');
            UPDATE "case" SET status = 'renewalDue' WHERE id = \(old);
            """)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.grantRenewal(caseID: f.meets, issuedOn: CommitteeFixture.meetingDay, settings: .standard) } != nil)
        let certificate = try f.officer.grantRenewal(caseID: renewal, issuedOn: LocalDate(iso: "2023-07-10")!, settings: .standard)
        #expect(certificate.number == "R5-001")
        #expect(try f.officer.loadCase(renewal).status == .certified)
        #expect(try f.officer.loadCase(old).status == .renewed, "the renewed certification's case is renewed")
        #expect(try f.officer.postHocCandidates(meetingID: f.meeting.id).map(\.id) == [renewal])
        #expect(try f.officer.addPostHocReports(meetingID: f.meeting.id) == [renewal])
        #expect(try f.officer.postHocCandidates(meetingID: f.meeting.id).isEmpty, "a report is listed once")
        let queue = try #require(try f.member.reviewQueue(asOf: CommitteeFixture.meetingDay))
        #expect(queue.reports.map(\.summary.id) == [renewal])
        #expect(queue.items.count == 2)
        #expect(refusal { () throws(StoreError) in _ = try f.member.giveOpinion(caseID: renewal, verdict: .approve, comment: "") }?.contains("post-hoc report takes no opinions") == true)
        #expect(refusal { () throws(StoreError) in _ = try f.officer.noteReports(meetingID: f.meeting.id) } != nil)
        let noted = try f.chair.noteReports(meetingID: f.meeting.id)
        #expect(noted.map(\.caseID) == [renewal])
        #expect(noted.allSatisfy { $0.outcome == .noted })
        #expect(try f.chair.noteReports(meetingID: f.meeting.id).isEmpty)
        #expect(try f.officer.loadCase(renewal).status == .certified, "noting a report changes no status")
    }
}

@Suite("The v3-committee migration")
struct CommitteeMigrationTests {
    @Test("a store made before the committee tables opens, gains them, and keeps its certificates")
    func olderStoreOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-v2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v2-case-dates")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO user (login, role, addedAt, addedBy) VALUES ('officer-user', 'officer', '2023-01-01', 'x');
                    INSERT INTO firm (name, createdAt) VALUES ('株式会社さくら精工', '2023-01-01');
                    INSERT INTO "case" (firmId, status, kind, checklistId, revision, document, firmName, firmKana, qualifies,
                        sectionsPassed, findingCount, createdAt, createdBy, updatedAt, updatedBy)
                    VALUES (1, 'certified', 'new', 'asaka-2023', 1, '{}', '株式会社さくら精工', '', 1, '1,3', 0, 'x', 'x', 'x', 'x');
                    INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES ('R5-001', 1, '2023-11-01', '2026-10-31');
                    """)
            }
        }
        let store = try Store.open(at: path, identity: Identity(login: "officer-user"), mode: .readWrite,
                                   checklists: StoreFixture.library, reference: StoreFixture.reference)
        #expect(try store.meetings().isEmpty)
        let record = try #require(try store.certificate(caseID: 1))
        #expect(record.sections == ["1", "3"], "an older certificate shows the case's passed sections")
        #expect(record.issuedBy == nil)
        #expect(record.strengths.count == 2)
    }
}
