import ArgumentParser
import Foundation
import NinteiApp
import NinteiCore

extension CommonOptions {
    /// The committee's commands, acting as the OS login of this process.
    var committee: CommitteeCommands {
        CommitteeCommands(language: language, dbOption: db, dataPath: data, identity: .current(), server: serverSocket)
    }
}

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Committee meetings and their agendas / 審査会と議題",
        subcommands: [List.self, Create.self, Add.self, Order.self, Reports.self, Note.self, Show.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the meetings, latest first / 審査会の一覧（新しい順）")
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.listMeetings()) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set up a meeting (officer) / 審査会を設ける（事務局）")
        @Option(name: .long, help: "The date: 2023-07-20, 2023/7/20, 令和5年7月20日 or R5.7.20 / 開催日") var date: String
        @Option(name: .long, help: "Where it is held / 開催場所") var place: String
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.createMeeting(date: date, place: place)) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put submitted cases on a meeting's agenda, in this order (officer) / 提出済みの案件を議題に加える（事務局）")
        @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
        @Argument(help: "Case numbers / 案件番号") var cases: [Int64]
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.addToAgenda(meetingID: meeting, caseIDs: cases)) }
    }

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set the order of a meeting's agenda: name every case on it (officer) / 議題の順番を決める（事務局）")
        @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
        @Argument(help: "Every case on the agenda, in the new order / 議題のすべての案件を新しい順に") var cases: [Int64]
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.reorderAgenda(meetingID: meeting, caseIDs: cases)) }
    }

    struct Reports: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add the renewals granted without review as post-hoc reports / 事後報告 (officer)")
        @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.addReports(meetingID: meeting)) }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record every post-hoc report of a meeting as noted (chair) / 事後報告を了承として記録する（委員長）")
        @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.noteReports(meetingID: meeting)) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a meeting's agenda and decisions / 審査会の議題と決定を表示")
        @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
        @OptionGroup var common: CommonOptions
        func run() throws { try finish(common.committee.showMeeting(meetingID: meeting)) }
    }
}

struct Queue: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Your review queue for the next meeting (committee member) / 審査一覧")
    @Option(name: .long, help: "The next meeting from this date on; default today / この日以降の次の審査会（既定は今日）") var asOf: String?
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.reviewQueue(asOf: asOf)) }
}

struct OpinionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opinion", abstract: "Give your opinion on a case: approve, reject or more-info / 意見")
    @Argument(help: "The case number / 案件番号") var caseNumber: Int64
    @Argument(help: "approve, reject or more-info / 意見: 認定可・認定不可・要追加情報") var verdict: String
    @Option(name: .long, help: "Your comment / コメント") var comment = ""
    @Option(name: .long, help: "Officers only: the member whose paper opinion you are typing / 事務局のみ: 紙の意見を代理入力する委員") var `for`: String?
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.giveOpinion(caseID: caseNumber, verdict: verdict, comment: comment, for: `for`)) }
}

struct Opinions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The opinions on a case you may see / 意見の一覧")
    @Argument(help: "The case number / 案件番号") var caseNumber: Int64
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.opinions(caseID: caseNumber)) }
}

struct ConflictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflict",
        abstract: "Mark a member as conflicted on a case: employee, adviser, client, relative, other; --withdraw takes it back (officer) / 利益相反")
    @Argument(help: "The case number / 案件番号") var caseNumber: Int64
    @Argument(help: "The member's OS login / 委員のOSログイン名") var member: String
    @Argument(help: "employee, adviser, client, relative or other / 従業員・顧問・取引先・親族・その他") var type: String?
    @Option(name: .long, help: "A note / 備考") var note: String?
    @Flag(name: .long, help: "Withdraw the member's conflict declaration (officer); the opinion it withdrew stays withdrawn / 利益相反の申告を取り消す（事務局）。取り下げた意見は戻りません") var withdraw = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if withdraw && (type != nil || note != nil) { throw ValidationError("--withdraw takes no conflict type and no --note") }
        if !withdraw && type == nil { throw ValidationError("name the conflict type: employee, adviser, client, relative or other") }
    }

    func run() throws {
        if withdraw {
            try finish(common.committee.withdrawConflict(caseID: caseNumber, member: member))
        } else {
            try finish(common.committee.markConflict(caseID: caseNumber, member: member, type: type ?? "", note: note))
        }
    }
}

struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record the committee's decision: approve, reject or return (chair) / 決定")
    @Argument(help: "The case number / 案件番号") var caseNumber: Int64
    @Argument(help: "approve, reject or return / 決定: 認定・不認定・差し戻し") var outcome: String
    @Option(name: .long, help: "The reason; needed for a decision against the rule result / 理由（規則による判定と異なる決定には必須）") var reason: String?
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.decide(caseID: caseNumber, outcome: outcome, reason: reason)) }
}

struct Packet: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a meeting's packet (HTML and text) for printing / 審査会資料")
    @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
    @Option(name: .long, help: "The folder to write into / 書き出し先のフォルダー") var out: String
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.packet(meetingID: meeting, outputFolder: out)) }
}

struct Minutes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a meeting's minutes (HTML and text) / 議事録")
    @Argument(help: "The meeting number / 審査会の番号") var meeting: Int64
    @Option(name: .long, help: "The folder to write into / 書き出し先のフォルダー") var out: String
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.minutes(meetingID: meeting, outputFolder: out)) }
}

struct Letters: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the letters of a meeting's decisions (認定通知書, 不認定通知書, 差し戻し通知) or, with --renewals, the renewal notices (更新のご案内); HTML and text, each recorded in the audit log (officer) / 通知書")
    @Option(name: .long, help: "The meeting number / 審査会の番号") var meeting: Int64?
    @Flag(name: .long, help: "A renewal notice for each certification ending within the renewal window, no renewal received yet / 更新期間内に終わり、更新申請がまだの認定に更新のご案内を書く") var renewals = false
    @Option(name: .long, help: "With --renewals: the window in months; default renewal_window_months of the targets / --renewals の期間（月数）") var months: Int?
    @Option(name: .long, help: "The folder to write into / 書き出し先のフォルダー") var out: String
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if (meeting == nil) == !renewals { throw ValidationError("give either --meeting N or --renewals") }
        if months != nil && !renewals { throw ValidationError("--months goes with --renewals") }
    }

    func run() throws {
        let progress = ProgressLine(language: common.language)
        if let meeting {
            try finish(common.committee.letters(meetingID: meeting, outputFolder: out, progress: progress.update))
        } else {
            try finish(common.committee.renewalLetters(months: months, outputFolder: out, progress: progress.update))
        }
    }
}

struct CertificateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate", abstract: "Issue an approved case's certificate (officer) and write it (HTML and text) / 認定証")
    @Argument(help: "The case number / 案件番号") var caseNumber: Int64
    @Option(name: .long, help: "The issue date; default today / 交付日（既定は今日）") var date: String?
    @Option(name: .long, help: "Write the printable certificate into this folder / 印刷用の認定証を書き出すフォルダー") var out: String?
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.certificate(caseID: caseNumber, date: date, outputFolder: out)) }
}

struct GrantRenewal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant-renewal",
        abstract: "Grant a submitted renewal without review and issue its certificate (officer); reported to the next meeting / 更新")
    @Argument(help: "The case number / 案件番号") var caseNumber: Int64
    @Option(name: .long, help: "The issue date; default today / 交付日（既定は今日）") var date: String?
    @Option(name: .long, help: "Write the printable certificate into this folder / 印刷用の認定証を書き出すフォルダー") var out: String?
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.certificate(caseID: caseNumber, date: date, outputFolder: out, renewal: true)) }
}

struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Submit draft cases to the committee (officer) / 提出")
    @Argument(help: "Case numbers / 案件番号") var cases: [Int64]
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.submit(caseIDs: cases)) }
}

struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reopen returned cases as drafts, showing the committee's comments (officer) / 差し戻しの再開")
    @Argument(help: "Case numbers / 案件番号") var cases: [Int64]
    @OptionGroup var common: CommonOptions
    func run() throws { try finish(common.committee.reopen(caseIDs: cases)) }
}
