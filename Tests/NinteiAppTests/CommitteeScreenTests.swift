import Foundation
@testable import NinteiApp
import NinteiCore
import NinteiStore
import NinteiTerminal
import NinteiTestSupport
import Testing

/// A committee's store in a temporary folder: an officer, two members and the chair; sakura-seiko
/// (meets the rule) and hinode-shoukai (does not) on the agenda of a meeting on 2023-07-20, and a
/// renewal granted without review waiting as a post-hoc report.
final class CommitteeTestOffice {
    static let data = DataDirectory(path: Binary.dataPath)
    static let library = try! data.loadChecklists()
    static let reference = try! data.loadReference()
    static let meetingDay = LocalDate(year: 2023, month: 7, day: 20)!
    static let today = LocalDate(year: 2023, month: 7, day: 1)!

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-committee-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("nintei.sqlite").path }
    private(set) var meets: Int64 = 0
    private(set) var fails: Int64 = 0
    private(set) var renewal: Int64 = 0
    private(set) var meetingID: Int64 = 0

    init(meeting: Bool = true) throws {
        let admin = try Store.create(at: path, identity: Identity(login: "admin"), checklists: Self.library, reference: Self.reference)
        try admin.addUser("yamada", role: .officer)
        try admin.addUser("member-a", role: .committee)
        try admin.addUser("member-b", role: .committee)
        try admin.addUser("chair-c", role: .chair)
        let officer = try store("yamada")
        meets = try submitted(officer, try ApplicationFile.read(Binary.dataPath + "/examples/sakura-seiko.json", checklists: Self.library))
        fails = try submitted(officer, try ApplicationFile.read(Binary.dataPath + "/examples/hinode-shoukai.json", checklists: Self.library))
        renewal = try submitted(officer, try ApplicationFile.read(Binary.dataPath + "/demo/applications/07-asaka-unyu-koushin.json", checklists: Self.library))
        try officer.grantRenewal(caseID: renewal, issuedOn: LocalDate(year: 2023, month: 7, day: 10)!, settings: .standard)
        guard meeting else { return }
        meetingID = try officer.createMeeting(date: Self.meetingDay, place: "市役所 5階 会議室").id
        try officer.addToAgenda(meetingID: meetingID, caseIDs: [meets, fails])
        try officer.addPostHocReports(meetingID: meetingID)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func submitted(_ officer: Store, _ document: ApplicationDocument) throws -> Int64 {
        let id = try officer.createCase(document)
        try officer.transition(caseID: id, to: .submitted, revision: try officer.loadCase(id).revision)
        return id
    }

    func store(_ login: String) throws -> Store {
        try Store.open(at: path, identity: Identity(login: login), mode: .readWrite, checklists: Self.library, reference: Self.reference)
    }

    func desk(_ login: String, language: Language = .ja) throws -> CommitteeDesk {
        CommitteeDesk(store: try store(login), data: Self.data, language: language, today: Self.today)
    }

    /// Runs a screen for a login with keys on a memory terminal.
    func run(
        as login: String, keys: [Key], width: Int = 80, height: Int = 24, language: Language = .ja,
        root: (CommitteeDesk) -> any Screen = { OpenCommittee.screen(store: $0.store, data: $0.data, language: $0.language, today: $0.today) }
    ) throws -> MemoryBackend {
        let backend = MemoryBackend(width: width, height: height, keys: keys)
        AppShell(root: root(try desk(login, language: language)), language: language).run(on: backend)
        return backend
    }
}

@Suite("The committee's screens, drawn to the in-memory terminal")
struct CommitteeScreenTests {
    static func typing(_ text: String) -> [Key] { text.map(Key.character) }
    static let sizes: [(Int, Int, Language)] = [(80, 24, .ja), (80, 24, .en), (40, 12, .ja), (40, 12, .en)]

    @Test("the review queue: cases with where the member stands, the rule result, and the reports apart", arguments: sizes)
    func queue(width: Int, height: Int, language: Language) throws {
        let office = try CommitteeTestOffice()
        try office.store("member-a").markConflict(caseID: office.fails, member: "member-a", type: .adviser, note: "顧問契約")
        try office.store("member-a").giveOpinion(caseID: office.meets, verdict: .approve, comment: "取組が具体的")
        let backend = try office.run(as: "member-a", keys: [], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "committee-queue-\(width)x\(height)-\(language.rawValue)")
        let screen = backend.snapshot()
        #expect(screen.contains(language == .ja ? "利益相反" : "conflict"))
        if width == 80 { #expect(screen.contains(language == .ja ? "事後報告" : "Post-hoc")) }
    }

    @Test("the case packet: top, and further down the checklist", arguments: sizes)
    func packet(width: Int, height: Int, language: Language) throws {
        let office = try CommitteeTestOffice()
        let top = try office.run(as: "member-b", keys: [.enter], width: width, height: height, language: language)
        expectSnapshot(top.snapshot(), named: "committee-packet-\(width)x\(height)-\(language.rawValue)")
        #expect(top.snapshot().contains(language == .ja ? "ご自分の意見を出すと" : "Give your own opinion"))
        let scrolled = try office.run(as: "member-b", keys: [.enter, .pageDown, .pageDown], width: width, height: height, language: language)
        expectSnapshot(scrolled.snapshot(), named: "committee-packet-scrolled-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("a member's opinion through the screen; the others' then show", arguments: sizes)
    func opinion(width: Int, height: Int, language: Language) throws {
        let office = try CommitteeTestOffice()
        try office.store("member-b").giveOpinion(caseID: office.meets, verdict: .moreInfo, comment: "残業の数字を確認したい")
        let entry: [Key] = [.enter, .character("o"), .down, .character(" "), .tab] + Self.typing("理念が明確")
        let typing = try office.run(as: "member-a", keys: entry, width: width, height: height, language: language)
        expectSnapshot(typing.snapshot(), named: "committee-opinion-\(width)x\(height)-\(language.rawValue)")
        #expect(typing.cursor != nil, "the cursor sits in the comment")
        let saved = try office.run(as: "member-a", keys: entry + [.function(2)], width: width, height: height, language: language)
        let opinions = try office.store("chair-c").opinions(caseID: office.meets).opinions
        #expect(opinions.contains { $0.member == "member-a" && $0.verdict == .reject && $0.comment == "理念が明確" && $0.typedBy == "member-a" })
        if width == 80 {
            #expect(saved.snapshot().contains("member-b"), "after giving one's own, the others' show:\n\(saved.snapshot())")
        }
    }

    @Test("a conflicted member: the packet says conflict, shows no opinions, and the opinion key says why not")
    func conflicted() throws {
        let office = try CommitteeTestOffice()
        try office.store("member-b").giveOpinion(caseID: office.meets, verdict: .approve, comment: "")
        try office.store("yamada").markConflict(caseID: office.meets, member: "member-a", type: .relative, note: "")
        let backend = try office.run(as: "member-a", keys: [.enter, .character("o")])
        let screen = backend.snapshot()
        #expect(screen.contains("利益相反（親族）: この案件の意見は表示されず"))
        #expect(!screen.contains("member-b:"))
        #expect(screen.components(separatedBy: "\n").last!.contains("利益相反（親族）があるため、意見を出せません"))
    }

    @Test("a conflict declaration withdrawn by an officer: the member's earlier opinion shows as withdrawn in the packet")
    func withdrawnOpinion() throws {
        let office = try CommitteeTestOffice()
        try office.store("member-a").giveOpinion(caseID: office.meets, verdict: .approve, comment: "理念が明確")
        try office.store("member-a").markConflict(caseID: office.meets, member: "member-a", type: .other, note: "")
        try office.store("yamada").withdrawConflict(caseID: office.meets, member: "member-a")
        try office.store("member-b").giveOpinion(caseID: office.meets, verdict: .moreInfo, comment: "")
        let screen = try office.run(as: "chair-c", keys: [.enter]).snapshot()
        #expect(screen.contains("（取り下げ）member-a: 認定可 — 理念が明確"), "\(screen)")
        #expect(screen.contains("member-b: 要追加情報"), "\(screen)")
    }

    @Test("an officer types a member's paper opinion: whose it is and who typed it")
    func paperOpinion() throws {
        let office = try CommitteeTestOffice()
        // The members in login order: chair-c, member-a, member-b.
        let keys: [Key] = [.enter, .character("o"), .right, .right, .tab, .character(" "), .tab] + Self.typing("紙で提出") + [.function(2)]
        let backend = try office.run(as: "yamada", keys: keys, root: { MeetingScreen(desk: $0) })
        let opinions = try office.store("chair-c").opinions(caseID: office.meets).opinions
        #expect(opinions.map { [$0.member, $0.verdict.rawValue, $0.comment, $0.typedBy] } == [["member-b", "approve", "紙で提出", "yamada"]],
                "\(backend.snapshot())")
    }

    @Test("marking a conflict through the screen")
    func conflictEntry() throws {
        let office = try CommitteeTestOffice()
        let keys: [Key] = [.enter, .character("c"), .tab, .down, .character(" "), .tab] + Self.typing("顧問契約") + [.function(2)]
        _ = try office.run(as: "member-a", keys: keys)
        #expect(try office.store("yamada").conflicts(caseID: office.meets).map { [$0.member, $0.type.rawValue, $0.note, $0.markedBy] } == [
            ["member-a", "adviser", "顧問契約", "member-a"]])
    }

    @Test("the chair's decision against the rule says so before saving, and needs the reason", arguments: sizes)
    func decision(width: Int, height: Int, language: Language) throws {
        let office = try CommitteeTestOffice()
        // hinode-shoukai (second on the agenda) does not meet the rule; approving it is against it.
        let choose: [Key] = [.down, .enter, .character("d"), .character(" ")]
        let asked = try office.run(as: "chair-c", keys: choose, width: width, height: height, language: language)
        expectSnapshot(asked.snapshot(), named: "committee-decision-\(width)x\(height)-\(language.rawValue)")
        #expect(asked.snapshot().contains(language == .ja ? "理由" : "reason"))
        let refused = try office.run(as: "chair-c", keys: choose + [.function(2)], width: width, height: height, language: language)
        #expect(try office.store("chair-c").loadCase(office.fails).status == .inReview)
        #expect(refused.snapshot().components(separatedBy: "\n").last!.contains(language == .ja ? "規則による判定" : "against the rule"))
        _ = try office.run(as: "chair-c", keys: choose + [.tab] + Self.typing("地域貢献を評価") + [.function(2)], width: width, height: height, language: language)
        #expect(try office.store("chair-c").loadCase(office.fails).status == .approved)
    }

    @Test("approval, the certificate issued by the officer and written to a folder")
    func certificate() throws {
        let office = try CommitteeTestOffice()
        try office.store("chair-c").decide(caseID: office.meets, outcome: .approve)
        let out = office.folder.appendingPathComponent("print").path
        let keys: [Key] = [.enter, .character("i"), .character("w"), .ctrl("a"), .ctrl("k")] + Self.typing(out) + [.function(2)]
        let backend = try office.run(as: "yamada", keys: keys, root: { MeetingScreen(desk: $0) })
        let number = try #require(try office.store("yamada").certificate(caseID: office.meets)).number
        #expect(number == "R5-002", "the renewal took R5-001")
        #expect(FileManager.default.fileExists(atPath: out + "/certificate-\(number).html"))
        #expect(FileManager.default.fileExists(atPath: out + "/certificate-\(number).txt"))
        #expect(backend.snapshot().contains(number), "\(backend.snapshot())")
    }

    @Test("the chair notes the post-hoc reports at once")
    func noteReports() throws {
        let office = try CommitteeTestOffice()
        let backend = try office.run(as: "chair-c", keys: [.character("n")])
        #expect(try office.store("chair-c").decisions(meetingID: office.meetingID).map(\.outcome) == [.noted])
        #expect(backend.snapshot().contains("事後報告 1件を了承として記録しました"))
        let member = try office.run(as: "member-a", keys: [.character("n")])
        #expect(member.snapshot().components(separatedBy: "\n").last!.contains("委員長"))
    }

    @Test("the meeting screen", arguments: sizes)
    func meeting(width: Int, height: Int, language: Language) throws {
        let office = try CommitteeTestOffice()
        let backend = try office.run(as: "yamada", keys: [], width: width, height: height, language: language)
        expectSnapshot(backend.snapshot(), named: "committee-meeting-\(width)x\(height)-\(language.rawValue)")
    }

    @Test("an officer creates a meeting with an era date, puts cases on it, orders them, adds reports, exports")
    func prepareMeeting() throws {
        let office = try CommitteeTestOffice(meeting: false)
        let out = office.folder.appendingPathComponent("packet").path
        let keys: [Key] = [.character("n")] + Self.typing("令和5年7月20日") + [.tab] + Self.typing("市役所") + [.function(2)]
            + [.enter, .enter, .tab, .down, .character("-"), .character("p"), .character("x"), .ctrl("a"), .ctrl("k")] + Self.typing(out) + [.enter]
        let backend = try office.run(as: "yamada", keys: keys)
        let store = try office.store("yamada")
        let meeting = try #require(try store.meetings().first)
        #expect(meeting.date == CommitteeTestOffice.meetingDay)
        #expect(try store.agenda(meetingID: meeting.id).map(\.summary.id) == [office.fails, office.meets, office.renewal], "\(backend.snapshot())")
        for name in ["packet", "minutes"] {
            #expect(FileManager.default.fileExists(atPath: out + "/meeting-\(meeting.id)-\(name).html"))
            #expect(FileManager.default.fileExists(atPath: out + "/meeting-\(meeting.id)-\(name).txt"))
        }
    }

    @Test("a date that cannot be read is named before saving, and nothing is created")
    func badMeetingDate() throws {
        let office = try CommitteeTestOffice(meeting: false)
        let backend = try office.run(as: "yamada", keys: [.character("n")] + Self.typing("令和5年2月30日") + [.tab] + Self.typing("市役所") + [.function(2)])
        #expect(try office.store("yamada").meetings().isEmpty)
        #expect(backend.snapshot().contains("2月30日"), "\(backend.snapshot())")
    }

    @Test("every committee screen draws at every size without crashing, and says when too small")
    func sizesDoNotCrash() throws {
        let office = try CommitteeTestOffice()
        for (width, height) in [(40, 12), (41, 13), (55, 15), (120, 40), (30, 8)] {
            for keys: [Key] in [[], [.enter], [.enter, .character("o")], [.enter, .end], [.down, .enter, .character("d")]] {
                _ = try office.run(as: "chair-c", keys: keys, width: width, height: height)
                _ = try office.run(as: "yamada", keys: keys, width: width, height: height)
            }
        }
    }
}
