import Foundation
import NinteiCore
import NinteiPrint
@testable import NinteiStore
import Testing

/// Every read of the store, as each role sees it (`ReadPermissions`): what a login may read
/// comes back, anything else is refused with a reason naming the login.
@Suite("Reads are authorized by role")
struct ReadPermissionTests {
    static let mappings = try! StoreFixture.data.loadMappings(checklists: StoreFixture.library)

    /// The committee fixture (two submitted cases on the agenda of one meeting) with a draft on
    /// no agenda, a viewer, and a login with officer and committee roles.
    final class Office {
        let f: CommitteeFixture
        let draft: Int64

        init() throws {
            f = try CommitteeFixture()
            draft = try f.officer.createCase(try f.base.example("kappo-asaka"))
            try f.base.admin.addUser("viewer-user", role: .viewer)
            try f.base.admin.addUser("officer-member", role: .officer)
            try f.base.admin.addUser("officer-member", role: .committee)
        }

        func store(_ login: String) throws -> Store {
            login == "admin-user" ? f.base.admin : try f.base.store(login)
        }
    }

    typealias Read = (name: String, run: () throws(StoreError) -> Void)

    /// Every read method of the store that is not public, once each.
    static func reads(_ s: Store, _ office: Office) -> [Read] {
        let f = office.f
        let meets = f.meets, draft = office.draft, meeting = f.meeting.id
        let target = f.base.folder.appendingPathComponent("backup-\(UUID().uuidString).sqlite").path
        return [
            ("cases", { () throws(StoreError) in _ = try s.cases() }),
            ("caseCount", { () throws(StoreError) in _ = try s.caseCount() }),
            ("caseIDs", { () throws(StoreError) in _ = try s.caseIDs() }),
            ("statusCounts", { () throws(StoreError) in _ = try s.statusCounts() }),
            ("countCases", { () throws(StoreError) in _ = try s.countCases(CaseListQuery()) }),
            ("casePage", { () throws(StoreError) in _ = try s.casePage(CaseListQuery(), offset: 0, limit: 10) }),
            ("caseKeyPage", { () throws(StoreError) in _ = try s.casePage(CaseListQuery(), from: nil, direction: .backward, limit: 10) }),
            ("firstCasePage", { () throws(StoreError) in _ = try s.firstCasePage(CaseListQuery(search: "さくら精工"), countingAtMost: 10, limit: 10) }),
            ("loadCase agenda", { () throws(StoreError) in _ = try s.loadCase(meets) }),
            ("loadCase draft", { () throws(StoreError) in _ = try s.loadCase(draft) }),
            ("openCase agenda", { () throws(StoreError) in _ = try s.openCase(meets) }),
            ("openCase draft", { () throws(StoreError) in _ = try s.openCase(draft) }),
            ("casePacket agenda", { () throws(StoreError) in _ = try s.casePacket(caseID: meets) }),
            ("casePacket draft", { () throws(StoreError) in _ = try s.casePacket(caseID: draft) }),
            ("opinions agenda", { () throws(StoreError) in _ = try s.opinions(caseID: meets) }),
            ("opinions draft", { () throws(StoreError) in _ = try s.opinions(caseID: draft) }),
            ("findingReviews agenda", { () throws(StoreError) in _ = try s.findingReviews(caseID: meets) }),
            ("findingReviews draft", { () throws(StoreError) in _ = try s.findingReviews(caseID: draft) }),
            ("contacts agenda", { () throws(StoreError) in _ = try s.contacts(caseID: meets) }),
            ("contacts draft", { () throws(StoreError) in _ = try s.contacts(caseID: draft) }),
            ("committeeComments agenda", { () throws(StoreError) in _ = try s.committeeComments(caseID: meets) }),
            ("committeeComments draft", { () throws(StoreError) in _ = try s.committeeComments(caseID: draft) }),
            ("conflicts agenda", { () throws(StoreError) in _ = try s.conflicts(caseID: meets) }),
            ("conflicts draft", { () throws(StoreError) in _ = try s.conflicts(caseID: draft) }),
            ("certificate agenda", { () throws(StoreError) in _ = try s.certificate(caseID: meets) }),
            ("certificate draft", { () throws(StoreError) in _ = try s.certificate(caseID: draft) }),
            ("meetings", { () throws(StoreError) in _ = try s.meetings() }),
            ("meeting", { () throws(StoreError) in _ = try s.meeting(meeting) }),
            ("agenda", { () throws(StoreError) in _ = try s.agenda(meetingID: meeting) }),
            ("nextMeeting", { () throws(StoreError) in _ = try s.nextMeeting(asOf: LocalDate(iso: "2023-07-01")!) }),
            ("decisions", { () throws(StoreError) in _ = try s.decisions(meetingID: meeting) }),
            ("reviewQueue", { () throws(StoreError) in _ = try s.reviewQueue(asOf: LocalDate(iso: "2023-07-01")!) }),
            ("meetingPacket", { () throws(StoreError) in _ = try s.meetingPacket(meetingID: meeting) }),
            ("meetingMinutes", { () throws(StoreError) in _ = try s.meetingMinutes(meetingID: meeting) }),
            ("postHocCandidates", { () throws(StoreError) in _ = try s.postHocCandidates(meetingID: meeting) }),
            ("renewalsDue", { () throws(StoreError) in _ = try s.renewalsDue(withinMonths: 6, asOf: LocalDate(iso: "2023-07-01")!) }),
            ("renewalsDueKeyPage", { () throws(StoreError) in
                _ = try s.renewalsDue(withinMonths: 6, from: nil, direction: .backward, limit: 10, asOf: LocalDate(iso: "2023-07-01")!)
            }),
            ("renewalsDueCount", { () throws(StoreError) in _ = try s.renewalsDueCount(withinMonths: 6, asOf: LocalDate(iso: "2023-07-01")!) }),
            ("changes", { () throws(StoreError) in _ = try s.changes(from: meets, to: draft, mappings: Self.mappings) }),
            ("certificateNumber", { () throws(StoreError) in _ = try s.certificateNumber(caseID: meets) }),
            ("exportDocuments", { () throws(StoreError) in _ = try s.exportDocuments([meets]) }),
            ("exportCSV", { () throws(StoreError) in _ = try s.exportCSV([meets]) }),
            ("programReport", { () throws(StoreError) in
                _ = try s.programReport(fiscalYear: FiscalYear(2023), targets: ProgramTargets(newApplicationsPerYear: 1, certifiedFirmsPlan: [:], renewalWindowMonths: 6))
            }),
            ("auditEvents", { () throws(StoreError) in _ = try s.auditEvents() }),
            ("auditHead", { () throws(StoreError) in _ = try s.auditHead() }),
            ("verifyAudit", { () throws(StoreError) in _ = try s.verifyAudit() }),
            ("users", { () throws(StoreError) in _ = try s.users() }),
            ("backup", { () throws(StoreError) in try s.backup(to: target) }),
            ("damagedCases", { () throws(StoreError) in _ = try s.damagedCases() }),
            ("integrityProblems", { () throws(StoreError) in _ = try s.integrityProblems() }),
        ]
    }

    /// What the published list shows: every login reads it, with a role or without.
    static func publicReads(_ s: Store, _ office: Office) -> [Read] {
        [
            ("roles", { () throws(StoreError) in _ = try s.roles() }),
            ("certifiedFirms", { () throws(StoreError) in _ = try s.certifiedFirms() }),
            ("certifiedFirmCount", { () throws(StoreError) in _ = try s.certifiedFirmCount() }),
            ("certifiedFirmKeyPage", { () throws(StoreError) in
                _ = try s.certifiedFirms(CertifiedFirmFilter(), from: nil, direction: .backward, limit: 10, asOf: .today())
            }),
            ("certifiedFirm", { () throws(StoreError) in _ = try s.certifiedFirm(caseID: office.f.meets) }),
            ("strengthOptions", { () throws(StoreError) in _ = s.strengthOptions() }),
            ("certifiedIndustries", { () throws(StoreError) in _ = try s.certifiedIndustries() }),
        ]
    }

    static let committeeReads: Set<String> = [
        "loadCase agenda", "openCase agenda", "casePacket agenda", "opinions agenda", "findingReviews agenda", "contacts agenda",
        "committeeComments agenda", "conflicts agenda", "certificate agenda",
        "meetings", "meeting", "agenda", "nextMeeting", "decisions", "reviewQueue",
    ]

    @Test("each role reads what its screens need and is refused the rest, by its login",
          arguments: ["officer-user", "member-user", "chair-user", "admin-user", "viewer-user", "stranger"])
    func byRole(login: String) throws {
        let office = try Office()
        let store = try office.store(login)
        let allowed: Set<String>
        switch login {
        case "officer-user": allowed = Set(Self.reads(store, office).map(\.name)).subtracting(["reviewQueue", "backup"])
        case "member-user": allowed = Self.committeeReads
        case "chair-user": allowed = Self.committeeReads.union(["meetingPacket", "meetingMinutes"])
        case "admin-user": allowed = ["auditEvents", "auditHead", "verifyAudit", "users", "backup", "damagedCases", "integrityProblems"]
        default: allowed = []
        }
        for read in Self.publicReads(store, office) {
            #expect(refusal(read.run) == nil, "\(login) reads \(read.name)")
        }
        for read in Self.reads(store, office) {
            let refused = refusal(read.run)
            if allowed.contains(read.name) {
                #expect(refused == nil, "\(login) reads \(read.name): \(refused ?? "")")
            } else {
                #expect(refused?.hasPrefix("\(login) may not read") == true, "\(login) is refused \(read.name), by name: \(refused ?? "read")")
            }
        }
    }

    @Test("the refusal names the login and what it may not read, in Japanese and English")
    func refusalText() throws {
        let office = try Office()
        let viewer = try office.store("viewer-user")
        #expect(throws: StoreError.refused(LocalizedText(
            ja: "viewer-user さんは監査記録を読めません（読めるのは事務局・管理者です。あなたの役割: 閲覧者）",
            en: "viewer-user may not read the audit log (only: officer, administrator; your roles: viewer)"))) {
            try viewer.auditEvents()
        }
        let member = try office.store("member-user")
        #expect(throws: StoreError.refused(LocalizedText(
            ja: "member-user さんは案件 \(office.draft) の内容を読めません（審査委員・委員長が読めるのは審査会の議題になった案件だけです）",
            en: "member-user may not read the case file of case \(office.draft) (committee members and the chair read only cases on a meeting's agenda)"))) {
            try member.loadCase(office.draft)
        }
        let stranger = try office.store("stranger")
        #expect(throws: StoreError.refused(LocalizedText(
            ja: "stranger さんは案件の一覧と件数を読めません（読めるのは事務局です。役割が登録されていません）",
            en: "stranger may not read the list and counts of cases (only: officer; you have no role)"))) {
            try stranger.cases()
        }
    }

    @Test("a case that does not exist is refused to a member like one on no agenda; an officer is told it does not exist")
    func missingCase() throws {
        let office = try Office()
        #expect(refusal { () throws(StoreError) in _ = try office.f.member.loadCase(999) }?.hasPrefix("member-user may not read the case file of case 999") == true)
        #expect(throws: StoreError.noSuchCase(999)) { try office.f.officer.loadCase(999) }
    }

    @Test("a conflicted member finds no opinion of that case in anything they can read; a conflicted chair's papers leave it out")
    func conflictedSeeNoOpinion() throws {
        let office = try Office()
        let f = office.f
        try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "SECRET-A 風土が良い")
        try f.memberTwo.giveOpinion(caseID: f.meets, verdict: .reject, comment: "SECRET-B 根拠が弱い")
        try f.member.giveOpinion(caseID: f.fails, verdict: .moreInfo, comment: "SECRET-C 追加資料を")
        try f.officer.markConflict(caseID: f.meets, member: "member-two", type: .adviser)
        try f.officer.markConflict(caseID: f.fails, member: "chair-user", type: .client)
        try f.chair.decide(caseID: f.meets, outcome: .approve)

        // member-two, conflicted on the decided case: every read they may make of it.
        let two = f.memberTwo
        var seen: [String] = []
        seen.append(String(describing: try two.opinions(caseID: f.meets)))
        seen.append(String(describing: try two.casePacket(caseID: f.meets)))
        seen.append(String(describing: try two.committeeComments(caseID: f.meets)))
        seen.append(String(describing: try two.reviewQueue(asOf: LocalDate(iso: "2023-07-01")!)))
        seen.append(String(describing: try two.agenda(meetingID: f.meeting.id)))
        seen.append(String(describing: try two.decisions(meetingID: f.meeting.id)))
        seen.append(String(describing: try two.conflicts(caseID: f.meets)))
        for text in seen {
            #expect(!text.contains("SECRET-A") && !text.contains("SECRET-B"), "\(text.prefix(400))")
        }
        #expect(try two.opinions(caseID: f.meets).visibility == .none)
        #expect(refusal { () throws(StoreError) in _ = try two.auditEvents(caseID: f.meets) }?.hasPrefix("member-two may not read the audit log") == true)
        #expect(refusal { () throws(StoreError) in _ = try two.meetingPacket(meetingID: f.meeting.id) }?.hasPrefix("member-two may not read") == true)
        #expect(refusal { () throws(StoreError) in _ = try two.meetingMinutes(meetingID: f.meeting.id) }?.hasPrefix("member-two may not read") == true)
        // The member who is not conflicted sees the decided case's opinions: the reads above do carry them.
        let others = try f.member.casePacket(caseID: f.meets).opinions
        #expect(others.opinions.map(\.comment) == ["SECRET-A 風土が良い"])
        #expect(others.withdrawn.map(\.comment) == ["SECRET-B 根拠が弱い"], "shown to the others as withdrawn when member-two was marked")

        // The chair, conflicted on the other case: the packet and the minutes leave its opinion out.
        let packet = try f.chair.meetingPacket(meetingID: f.meeting.id)
        let minutes = try f.chair.meetingMinutes(meetingID: f.meeting.id)
        for text in [
            MeetingExport.packetText(packet), MeetingExport.packetText(packet, language: .en), MeetingExport.packetHTML(packet),
            MeetingExport.minutesText(minutes), MeetingExport.minutesHTML(minutes, language: .en),
            String(describing: packet.cases.map(\.packet.opinions)), String(describing: minutes.opinions),
        ] {
            #expect(!text.contains("SECRET-C"))
        }
        #expect(String(describing: minutes.opinions).contains("SECRET-A"), "the chair's minutes carry the opinions of the case they decided")
        #expect(try f.chair.committeeComments(caseID: f.fails).opinions.isEmpty)
        #expect(!String(describing: try f.chair.casePacket(caseID: f.fails)).contains("SECRET-C"))
    }

    @Test("an officer who is also a conflicted member reads no audit event of that case")
    func conflictedOfficerAudit() throws {
        let office = try Office()
        let f = office.f
        try f.member.giveOpinion(caseID: f.meets, verdict: .approve, comment: "SECRET-A 風土が良い")
        try f.officer.markConflict(caseID: f.meets, member: "officer-member", type: .relative)
        let both = try office.store("officer-member")
        #expect(try both.auditEvents(caseID: f.meets).isEmpty)
        let events = try both.auditEvents()
        #expect(!events.contains { $0.caseID == f.meets })
        #expect(!String(describing: events).contains("SECRET-A"))
        #expect(events.contains { $0.caseID == f.fails }, "the other cases' events stay")
        #expect(try f.officer.auditEvents(caseID: f.meets).contains { ($0.after ?? "").contains("SECRET-A") }, "an officer who is not conflicted reads them")
        #expect(try both.opinions(caseID: f.meets).opinions.isEmpty)
    }
}
