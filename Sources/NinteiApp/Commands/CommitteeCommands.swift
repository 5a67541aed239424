import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// The committee's command-line work: meetings and agendas, opinions, conflicts, decisions, the
/// review queue; `CommitteeCommands+Output` writes packets, minutes and certificates. Each
/// function returns what to print and the exit status: 0 done, 1 refused or bad input (named in
/// the message), 2 the store or the data folder cannot be used. The acting person is always
/// `identity`, the OS login.
public struct CommitteeCommands {
    public let language: Language
    public let dbPath: String
    public let dataPath: String?
    public let identity: Identity
    public let today: LocalDate
    /// The office server's socket, when the office is reached through it.
    public let server: String?

    public init(language: Language, dbOption: String?, dataPath: String?, identity: Identity, today: LocalDate = .today(), server: String? = nil) {
        self.language = language
        self.server = server
        self.dbPath = StoreLocation.resolve(explicit: dbOption)
        self.dataPath = dataPath
        self.identity = identity
        self.today = today
    }


    func done(_ lines: [String]) -> CommandOutcome {
        CommandOutcome(output: lines.map { $0 + "\n" }.joined(), errors: [], exitCode: 0)
    }

    func refused(_ message: String) -> CommandOutcome {
        CommandOutcome(output: "", errors: [message], exitCode: 1)
    }

    /// Opens the store and the data folder, runs `work`, and turns a refusal into exit status 1.
    func run(_ mode: Store.Mode = .readWrite, _ work: (any OfficeService, DataDirectory) throws(StoreError) -> CommandOutcome) -> CommandOutcome {
        OfficeOpening.run(language: language, dataPath: dataPath, server: server, dbPath: dbPath, identity: identity, mode: mode) {
            store, data throws(StoreError) in try work(store, data.folder)
        }
    }

    /// A date option in Gregorian or Japanese era form, or the message naming the option.
    func date(_ text: String?, option: String) -> Result<LocalDate, CommandOutcome> {
        guard let text else { return .success(today) }
        do {
            return .success(try DateInput.parse(text))
        } catch {
            return .failure(refused("\(option): " + error.text(language)))
        }
    }

    func dateText(_ date: LocalDate) -> String { UIText.commandDate(date)(language) }

    // MARK: meetings

    public func createMeeting(date text: String, place: String) -> CommandOutcome {
        let date: LocalDate
        switch self.date(text, option: "--date") {
        case .failure(let outcome): return outcome
        case .success(let value): date = value
        }
        return run { store, _ throws(StoreError) in
            let meeting = try store.createMeeting(date: date, place: place)
            return done([UIText.meetingCreated(meeting.id, date: dateText(meeting.date), place: meeting.place)(language)])
        }
    }

    /// All or nothing (the agenda's order is the one given): a refusal names the case and says
    /// that nothing was added.
    public func addToAgenda(meetingID: Int64, caseIDs: [Int64]) -> CommandOutcome {
        run { store, _ throws(StoreError) in
            do throws(StoreError) {
                try store.addToAgenda(meetingID: meetingID, caseIDs: caseIDs)
            } catch {
                return refused(error.text(language) + UIText.agendaNothingAdded(language))
            }
            let list = caseIDs.map(String.init).joined(separator: ", ")
            return done([UIText.agendaAdded(list, meeting: meetingID)(language)])
        }
    }

    public func reorderAgenda(meetingID: Int64, caseIDs: [Int64]) -> CommandOutcome {
        run { store, _ throws(StoreError) in
            try store.reorderAgenda(meetingID: meetingID, caseIDs: caseIDs)
            return try showMeeting(store, meetingID)
        }
    }

    public func addReports(meetingID: Int64) -> CommandOutcome {
        run { store, _ throws(StoreError) in
            let ids = try store.addPostHocReports(meetingID: meetingID)
            let list = ids.map(String.init).joined(separator: ", ")
            if ids.isEmpty { return done([UIText.reportsNoneToAdd(language)]) }
            return done([UIText.reportsAdded(list, meeting: meetingID)(language)])
        }
    }

    public func noteReports(meetingID: Int64) -> CommandOutcome {
        run { store, _ throws(StoreError) in
            let noted = try store.noteReports(meetingID: meetingID)
            return done([UIText.queueNoted(noted.count)(language)])
        }
    }

    public func listMeetings() -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            var table = TextTable([.right, .left, .left, .right])
            table.add(UIText.meetingListColumns(language))
            for meeting in try store.meetings() {
                table.add([String(meeting.id), dateText(meeting.date), meeting.place, String(try store.agenda(meetingID: meeting.id).count)])
            }
            return done(table.lines(indent: ""))
        }
    }

    public func showMeeting(meetingID: Int64) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in try showMeeting(store, meetingID) }
    }

    private func showMeeting(_ store: any OfficeService, _ meetingID: Int64) throws(StoreError) -> CommandOutcome {
        let meeting = try store.meeting(meetingID)
        var table = TextTable([.right, .right, .left, .left, .left, .left])
        table.add(UIText.agendaColumns(language))
        for entry in try store.agenda(meetingID: meetingID) {
            table.add([
                String(entry.position), String(entry.summary.id), entry.summary.firmName.truncated(toWidth: 30), entry.kind.label.text(language),
                entry.summary.qualifies ? UIText.committeeRuleMeets(language) : UIText.committeeRuleFails(language),
                entry.decision.map { $0.outcome.label.text(language) } ?? "—",
            ])
        }
        let title = UIText.committeeMeetingLine(meeting.id, date: dateText(meeting.date), place: meeting.place)(language)
        return done([title] + table.lines(indent: ""))
    }

    // MARK: the members' work

    public func reviewQueue(asOf text: String?) -> CommandOutcome {
        let date: LocalDate
        switch self.date(text, option: "--as-of") {
        case .failure(let outcome): return outcome
        case .success(let value): date = value
        }
        return run(.readOnly) { store, _ throws(StoreError) in
            guard let queue = try store.reviewQueue(asOf: date) else {
                return done([UIText.commandNoMeeting(language)])
            }
            var table = TextTable([.right, .right, .left, .left, .left])
            table.add(UIText.commandQueueColumns(language))
            for item in queue.items {
                table.add([
                    String(item.entry.position), String(item.entry.summary.id), item.entry.summary.firmName.truncated(toWidth: 30),
                    item.entry.summary.qualifies ? UIText.committeeRuleMeets(language) : UIText.committeeRuleFails(language),
                    item.state.label.text(language),
                ])
            }
            let title = UIText.committeeMeetingLine(queue.meeting.id, date: dateText(queue.meeting.date), place: queue.meeting.place)(language)
            let reports = queue.reports.map { UIText.commandReportLine($0.summary.id, firm: $0.summary.firmName)(language) }
            return done([title] + table.lines(indent: "") + reports)
        }
    }

    public func giveOpinion(caseID: Int64, verdict text: String, comment: String, for member: String?) -> CommandOutcome {
        guard let verdict = OpinionVerdict(commandName: text) else {
            return refused(UIText.opinionMustBeOneOf(language) + OpinionVerdict.allCases.map(\.commandName).joined(separator: ", ") + " (\"\(text)\")")
        }
        return run { store, _ throws(StoreError) in
            let opinion = try store.giveOpinion(caseID: caseID, verdict: verdict, comment: comment, for: member)
            let whose = opinion.typedByOfficer ? UIText.opinionTypedFor(opinion.member, by: opinion.typedBy)(language) : UIText.opinionOwn(language)
            return done([UIText.opinionRecorded(caseID, whose: whose, verdict: verdict.label)(language)])
        }
    }

    public func opinions(caseID: Int64) -> CommandOutcome {
        run(.readOnly) { store, _ throws(StoreError) in
            let view = try store.opinions(caseID: caseID)
            switch view.visibility {
            case .none where view.conflict != nil:
                return done([UIText.opinionsHiddenByConflict(language)])
            case .none:
                return done([UIText.opinionsHidden(language)])
            case .ownOnly where view.opinions.isEmpty:
                return done([UIText.opinionsAfterYourOwn(language)])
            default:
                func line(_ opinion: Opinion) -> String {
                    var line = "\(opinion.member): \(opinion.verdict.label.text(language))"
                    // A comment's later lines are indented: none of them can pass for another member's opinion.
                    if !opinion.comment.isEmpty { line += " — " + opinion.comment.escapedKeepingLines.replacingOccurrences(of: "\n", with: "\n    ") }
                    if opinion.typedByOfficer { line += UIText.opinionTypedBy(opinion.typedBy)(language) }
                    return line
                }
                // An opinion withdrawn when its member was marked conflicted is shown as withdrawn.
                let withdrawn = view.withdrawn.map { UIText.packetWithdrawnOpinion(language) + line($0) }
                return done(view.opinions.map(line) + withdrawn)
            }
        }
    }

    public func markConflict(caseID: Int64, member: String, type text: String, note: String?) -> CommandOutcome {
        guard let type = ConflictType(rawValue: text) else {
            return refused(UIText.conflictTypeMustBeOneOf(language) + ConflictType.allCases.map(\.rawValue).joined(separator: ", ") + " (\"\(text)\")")
        }
        return run { store, _ throws(StoreError) in
            try store.markConflict(caseID: caseID, member: member, type: type, note: note ?? "")
            return done([UIText.conflictRecorded(caseID, member: member, type: type.label)(language)])
        }
    }

    /// Withdraws a member's conflict declaration (an officer only).
    public func withdrawConflict(caseID: Int64, member: String) -> CommandOutcome {
        run { store, _ throws(StoreError) in
            try store.withdrawConflict(caseID: caseID, member: member)
            return done([UIText.conflictWithdrawn(caseID, member: member)(language)])
        }
    }

    public func decide(caseID: Int64, outcome text: String, reason: String?) -> CommandOutcome {
        let choices: [DecisionOutcome] = [.approve, .reject, .returnForInformation]
        guard let outcome = choices.first(where: { $0.rawValue == text }) else {
            return refused(UIText.decisionMustBeOneOf(language) + choices.map(\.rawValue).joined(separator: ", ") + " (\"\(text)\")")
        }
        return run { store, _ throws(StoreError) in
            let decision = try store.decide(caseID: caseID, outcome: outcome, reason: reason)
            var line = UIText.decisionRecorded(caseID, outcome: outcome.label)(language)
            if decision.isAgainstRule { line += UIText.decisionAgainstRule(reason: decision.reason)(language) }
            return done([line])
        }
    }

    /// Moves cases from draft to submitted (officer), so they can go on an agenda. Each case
    /// is tried on its own: what moved is reported, what was refused is named with its reason.
    public func submit(caseIDs: [Int64]) -> CommandOutcome {
        move(caseIDs, to: .submitted)
    }

    /// Reopens returned cases as drafts (officer), with the committee's comments shown.
    public func reopen(caseIDs: [Int64]) -> CommandOutcome {
        move(caseIDs, to: .draft, showingComments: true)
    }

    /// Moves each case in its own transaction, every one tried whatever happened to the others:
    /// each move is reported on standard output, each refusal on standard error with its case
    /// number; exit status 1 when any was refused. Only a store found damaged stops the rest.
    private func move(_ caseIDs: [Int64], to status: CaseStatus, showingComments: Bool = false) -> CommandOutcome {
        run { store, _ throws(StoreError) in
            var lines: [String] = []
            var refusals: [String] = []
            for (index, id) in caseIDs.enumerated() {
                do throws(StoreError) {
                    let current = try store.loadCase(id)
                    try store.transition(caseID: id, to: status, revision: current.revision)
                } catch {
                    refusals.append(naming(id, error.text(language)))
                    if Self.stopsEverything(error) {
                        let untried = caseIDs[(index + 1)...].map(String.init).joined(separator: ", ")
                        if !untried.isEmpty { refusals.append(UIText.casesNotTried(untried)(language)) }
                        break
                    }
                    continue
                }
                lines.append(UIText.caseMoved(id, to: status.label)(language))
                if showingComments {
                    do throws(StoreError) {
                        let comments = try store.committeeComments(caseID: id)
                        lines += comments.decisions.filter { !$0.reason.isEmpty }.map { "  \($0.outcome.label.text(language)): \($0.reason)" }
                        lines += comments.opinions.filter { !$0.comment.isEmpty }.map { "  \($0.member): \($0.comment)" }
                    } catch {
                        refusals.append(naming(id, UIText.commentsUnreadable(language) + error.text(language)))
                    }
                }
            }
            return CommandOutcome(output: lines.map { $0 + "\n" }.joined(), errors: refusals, exitCode: refusals.isEmpty ? 0 : 1)
        }
    }

    /// A store found damaged, or whose files vanished, refuses every later case the same way.
    private static func stopsEverything(_ error: StoreError) -> Bool {
        switch error {
        case .notAStore, .filesVanished: return true
        default: return false
        }
    }

    /// A message about one case, starting with its number unless it already does ("案件 3 は…",
    /// "there is no case 3" does not: "case 3: there is no case 3" is still plain).
    private func naming(_ id: Int64, _ message: String) -> String {
        let label = UIText.caseNamed(id)(language)
        if message.lowercased().hasPrefix(label.lowercased()), !(message.dropFirst(label.count).first?.isNumber ?? false) { return message }
        return "\(label): \(message)"
    }
}
