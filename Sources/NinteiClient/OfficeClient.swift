import Foundation
import NinteiCore
import NinteiStore

/// An office reached through `nintei serve`: every operation is one request on the server's
/// socket, answered as the login the kernel reports for this process. The checklists and
/// reference figures are the server's, fetched when connecting, so what this user's own data
/// folder holds never changes a result.
public final class OfficeClient: OfficeService {
    public let path: String
    public let identity: Identity
    public let mode: Store.Mode = .readWrite
    public var reachedThroughServer: Bool { true }
    public let checklistLibrary: ChecklistLibrary
    public let referenceFigures: ReferenceFigures
    /// The renewal mappings of the server's data folder.
    public let mappings: ChecklistMappingLibrary
    /// The roles the server found for this login when connecting.
    public let rolesAtConnect: Set<Role>

    /// Connects: asks who the server takes this process for and fetches its program data.
    public init(socket: String) throws(StoreError) {
        path = socket
        let whoami: WireWhoami = try Self.call(socket, .whoami, body: Data(), decoder: JSONDecoder())
        let program: WireProgram = try Self.call(socket, .program, body: Data(), decoder: JSONDecoder())
        do {
            let checklists = ChecklistLibrary(try program.checklists.map { text throws(DocumentReadError) in try ChecklistReader.read(text) })
            checklistLibrary = checklists
            referenceFigures = try ReferenceReader.read(program.reference)
            mappings = ChecklistMappingLibrary(try program.mappings.map { text throws(DocumentReadError) in
                try ChecklistMappingReader.read(text, checklists: checklists)
            })
        } catch {
            throw .cannotOpen(path: socket, detail: "the server's program data cannot be read: " + error.text(.en))
        }
        identity = Identity(login: whoami.login)
        rolesAtConnect = Set(whoami.roles)
    }

    // MARK: The exchange

    private var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.userInfo[.checklistLibrary] = checklistLibrary
        return encoder
    }

    private var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[.checklistLibrary] = checklistLibrary
        decoder.userInfo[.documentRules] = DocumentRules.stored
        return decoder
    }

    private func call<Answer: Decodable>(_ route: OfficeRoute, _ arguments: [String: any Encodable] = [:]) throws(StoreError) -> Answer {
        let body: Data
        do {
            body = route.method == "GET" ? Data() : try encoder.encode(NamedArguments(arguments))
        } catch {
            throw .failed("the request cannot be written: \(error)")
        }
        return try Self.call(path, route, body: body, decoder: decoder)
    }

    private static func failure(_ error: UnixSocketHTTP.Failure, socket: String) -> StoreError {
        switch error {
        case .unreachable(let detail): return .serverUnreachable(socket: socket, detail: detail)
        case .broken(let detail): return .serverStopped(socket: socket, detail: detail)
        }
    }

    /// What an answer other than 200 says: the server's refusal, or its status and text.
    private static func refusal(_ answer: UnixSocketHTTP.Answer, decoder: JSONDecoder) -> StoreError {
        if let refusal = try? decoder.decode(WireError.self, from: answer.body) { return refusal.error }
        return .failed("the office server answered \(answer.status): \(String(decoding: answer.body.prefix(300), as: UTF8.self))")
    }

    private func perform(_ route: OfficeRoute, _ arguments: [String: any Encodable] = [:]) throws(StoreError) {
        let _: Nothing = try call(route, arguments)
    }

    private static func call<Answer: Decodable>(_ socket: String, _ route: OfficeRoute, body: Data, decoder: JSONDecoder) throws(StoreError) -> Answer {
        let answer: UnixSocketHTTP.Answer
        do {
            answer = try UnixSocketHTTP.exchange(socket: socket, method: route.method, target: route.path, body: body)
        } catch {
            throw failure(error, socket: socket)
        }
        guard answer.status == 200 else { throw refusal(answer, decoder: decoder) }
        do {
            return try decoder.decode(Answer.self, from: answer.body)
        } catch {
            throw .failed("the office server's answer to \(route.path) cannot be read: \(error)")
        }
    }

    // MARK: OfficeService

    public func roles() throws(StoreError) -> Set<Role> {
        let whoami: WireWhoami = try call(.whoami)
        return Set(whoami.roles)
    }

    public func createCase(_ document: ApplicationDocument, status: CaseStatus) throws(StoreError) -> Int64 {
        try call(.createCase, ["document": document, "status": status])
    }

    public func createCases(_ items: [(document: ApplicationDocument, status: CaseStatus)]) throws(StoreError) -> [Result<Int64, StoreError>] {
        let answers: [WireResult<Int64>] = try call(.createCases, ["cases": items.map { WireNewCase(document: $0.document, status: $0.status) }])
        return answers.map(\.result)
    }

    public func importCases(_ files: [ImportFile]) throws(StoreError) -> [Result<ImportOutcome, StoreError>] {
        let answers: [WireResult<ImportOutcome>] = try call(.importCases, ["files": files.map(WireImportFile.init)])
        return answers.map(\.result)
    }

    public func loadCase(_ id: Int64) throws(StoreError) -> CaseSnapshot { try call(.loadCase, ["id": id]) }

    public func openCase(_ caseID: Int64) throws(StoreError) -> CaseOpening { try call(.openCase, ["caseID": caseID]) }

    public func saveField(caseID: Int64, path: JSONPath, value: JSONValue?, revision: Int64) throws(StoreError) -> CaseSnapshot {
        try call(.saveField, ["caseID": caseID, "path": path, "value": value, "revision": revision])
    }

    public func transition(caseID: Int64, to status: CaseStatus, revision: Int64) throws(StoreError) -> CaseSnapshot {
        try call(.transition, ["caseID": caseID, "status": status, "revision": revision])
    }

    public func cases(status: CaseStatus?, search: String?, limit: Int, offset: Int) throws(StoreError) -> [CaseSummary] {
        try call(.cases, ["status": status, "search": search, "limit": limit, "offset": offset])
    }

    public func caseCount(status: CaseStatus?, search: String?) throws(StoreError) -> Int {
        try call(.caseCount, ["status": status, "search": search])
    }

    public func caseIDs() throws(StoreError) -> [Int64] { try call(.caseIDs) }

    public func statusCounts() throws(StoreError) -> [CaseStatus: Int] { try call(.statusCounts) }

    public func countCases(_ query: CaseListQuery, atMost limit: Int?) throws(StoreError) -> Int {
        try call(.countCases, ["query": query, "atMost": limit])
    }

    public func casePage(_ query: CaseListQuery, offset: Int, limit: Int) throws(StoreError) -> [CaseSummary] {
        try call(.casePage, ["query": query, "offset": offset, "limit": limit])
    }

    public func casePage(_ query: CaseListQuery, from key: CaseListKey?, direction: CaseListDirection, limit: Int) throws(StoreError) -> [CaseSummary] {
        try call(.caseKeyPage, ["query": query, "key": key, "direction": direction, "limit": limit])
    }

    public func firstCasePage(_ query: CaseListQuery, countingAtMost countLimit: Int?, limit: Int) throws(StoreError) -> CountedCasePage {
        try call(.firstCasePage, ["query": query, "countingAtMost": countLimit, "limit": limit])
    }

    public func reviewFinding(caseID: Int64, item: String?, code: FindingCode, reason: String) throws(StoreError) {
        try perform(.reviewFinding, ["caseID": caseID, "item": item, "code": code, "reason": reason])
    }

    public func findingReviews(caseID: Int64) throws(StoreError) -> [FindingReview] { try call(.findingReviews, ["caseID": caseID]) }

    public func verifyField(caseID: Int64, path: JSONPath, typed: JSONValue?, judgement: VerificationJudgement?, revision: Int64) throws(StoreError) -> VerificationCheck {
        try call(.verifyField, ["caseID": caseID, "path": path, "typed": typed, "judgement": judgement, "revision": revision])
    }

    public func fieldVerifications(caseID: Int64) throws(StoreError) -> [FieldVerification] { try call(.fieldVerifications, ["caseID": caseID]) }
    public func verificationSummary(caseID: Int64) throws(StoreError) -> VerificationSummary { try call(.verificationSummary, ["caseID": caseID]) }
    public func verificationReport() throws(StoreError) -> [VerificationSummary] { try call(.verificationReport) }
    public func officeSettings() throws(StoreError) -> OfficeSettings { try call(.officeSettings) }
    public func setVerificationRequired(_ required: Bool) throws(StoreError) { try perform(.setVerificationRequired, ["required": required]) }

    public func addContact(caseID: Int64, date: LocalDate, channel: ContactChannel, note: String) throws(StoreError) -> Int64 {
        try call(.addContact, ["caseID": caseID, "date": date, "channel": channel, "note": note])
    }

    public func contacts(caseID: Int64) throws(StoreError) -> [ContactEntry] { try call(.contacts, ["caseID": caseID]) }

    /// The server renews with its own mappings; `mappings` is not sent.
    public func startRenewal(fromCase caseID: Int64, to targetChecklist: String?, mappings: ChecklistMappingLibrary) throws(StoreError) -> RenewalStart {
        try call(.startRenewal, ["caseID": caseID, "checklist": targetChecklist])
    }

    public func changes(from beforeID: Int64, to afterID: Int64, mappings: ChecklistMappingLibrary) throws(StoreError) -> ApplicationChanges {
        try call(.changes, ["from": beforeID, "to": afterID])
    }

    public func certificateNumber(caseID: Int64) throws(StoreError) -> String? { try call(.certificateNumber, ["caseID": caseID]) }

    /// The server numbers and dates certificates with its own settings; `settings` is not sent.
    public func issueCertificate(caseID: Int64, issuedOn: LocalDate, settings: CertificateSettings) throws(StoreError) -> CertificateRecord {
        try call(.issueCertificate, ["caseID": caseID, "issuedOn": issuedOn])
    }

    public func grantRenewal(caseID: Int64, issuedOn: LocalDate, settings: CertificateSettings) throws(StoreError) -> CertificateRecord {
        try call(.grantRenewal, ["caseID": caseID, "issuedOn": issuedOn])
    }

    public func certificate(caseID: Int64) throws(StoreError) -> CertificateRecord? { try call(.certificate, ["caseID": caseID]) }

    public func expireLapsedCertifications(asOf today: LocalDate) throws(StoreError) -> [ExpiredCertification] {
        try call(.expireLapsedCertifications, ["asOf": today])
    }

    public func renewalsDue(withinMonths months: Int, asOf today: LocalDate) throws(StoreError) -> [RenewalDue] {
        try call(.renewalsDue, ["months": months, "asOf": today])
    }

    public func renewalsDue(
        withinMonths months: Int, from key: RenewalKey?, direction: CaseListDirection, limit: Int, asOf today: LocalDate
    ) throws(StoreError) -> [RenewalDue] {
        try call(.renewalsDueKeyPage, ["months": months, "key": key, "direction": direction, "limit": limit, "asOf": today])
    }

    public func renewalsDueCount(withinMonths months: Int, asOf today: LocalDate) throws(StoreError) -> Int {
        try call(.renewalsDueCount, ["months": months, "asOf": today])
    }

    /// The server reports against its own targets; `targets` is not sent.
    public func programReport(fiscalYear: FiscalYear, targets: ProgramTargets, asOf today: LocalDate) throws(StoreError) -> ProgramReport {
        try call(.programReport, ["fiscalYear": fiscalYear, "asOf": today])
    }

    public func giveOpinion(caseID: Int64, verdict: OpinionVerdict, comment: String, for member: String?) throws(StoreError) -> Opinion {
        try call(.giveOpinion, ["caseID": caseID, "verdict": verdict, "comment": comment, "for": member])
    }

    public func opinions(caseID: Int64) throws(StoreError) -> OpinionsView { try call(.opinions, ["caseID": caseID]) }

    public func decide(caseID: Int64, outcome: DecisionOutcome, reason: String?) throws(StoreError) -> Decision {
        try call(.decide, ["caseID": caseID, "outcome": outcome, "reason": reason])
    }

    public func noteReports(meetingID: Int64) throws(StoreError) -> [Decision] { try call(.noteReports, ["meetingID": meetingID]) }

    public func decisions(meetingID: Int64) throws(StoreError) -> [Decision] { try call(.decisions, ["meetingID": meetingID]) }

    public func committeeComments(caseID: Int64) throws(StoreError) -> CommitteeComments { try call(.committeeComments, ["caseID": caseID]) }

    public func reviewQueue(asOf date: LocalDate) throws(StoreError) -> ReviewQueue? { try call(.reviewQueue, ["asOf": date]) }

    public func casePacket(caseID: Int64) throws(StoreError) -> CasePacket {
        let wire: WireCasePacket = try call(.casePacket, ["caseID": caseID])
        return try wire.packet(checklists: checklistLibrary, reference: referenceFigures)
    }

    public func setCultureNote(caseID: Int64, note: String) throws(StoreError) {
        try perform(.setCultureNote, ["caseID": caseID, "note": note])
    }

    public func meetingPacket(meetingID: Int64) throws(StoreError) -> MeetingPacket {
        let wire: WireMeetingPacket = try call(.meetingPacket, ["meetingID": meetingID])
        return try wire.packet(checklists: checklistLibrary, reference: referenceFigures)
    }

    public func meetingMinutes(meetingID: Int64) throws(StoreError) -> MeetingMinutes { try call(.meetingMinutes, ["meetingID": meetingID]) }
    public func recordLetter(caseID: Int64, kind: LetterKind) throws(StoreError) -> LetterRecord {
        try call(.recordLetter, ["caseID": caseID, "kind": kind])
    }

    public func createMeeting(date: LocalDate, place: String) throws(StoreError) -> Meeting {
        try call(.createMeeting, ["date": date, "place": place])
    }

    public func meetings() throws(StoreError) -> [Meeting] { try call(.meetings) }

    public func meeting(_ id: Int64) throws(StoreError) -> Meeting { try call(.meeting, ["meetingID": id]) }

    public func nextMeeting(asOf date: LocalDate) throws(StoreError) -> Meeting? { try call(.nextMeeting, ["asOf": date]) }

    public func addToAgenda(meetingID: Int64, caseIDs: [Int64]) throws(StoreError) {
        try perform(.addToAgenda, ["meetingID": meetingID, "caseIDs": caseIDs])
    }

    public func reorderAgenda(meetingID: Int64, caseIDs: [Int64]) throws(StoreError) {
        try perform(.reorderAgenda, ["meetingID": meetingID, "caseIDs": caseIDs])
    }

    public func agenda(meetingID: Int64) throws(StoreError) -> [AgendaEntry] { try call(.agenda, ["meetingID": meetingID]) }

    public func postHocCandidates(meetingID: Int64) throws(StoreError) -> [CaseSummary] { try call(.postHocCandidates, ["meetingID": meetingID]) }

    public func addPostHocReports(meetingID: Int64) throws(StoreError) -> [Int64] { try call(.addPostHocReports, ["meetingID": meetingID]) }

    public func markConflict(caseID: Int64, member: String, type: ConflictType, note: String) throws(StoreError) {
        try perform(.markConflict, ["caseID": caseID, "member": member, "type": type, "note": note])
    }

    public func withdrawConflict(caseID: Int64, member: String) throws(StoreError) {
        try perform(.withdrawConflict, ["caseID": caseID, "member": member])
    }

    public func conflicts(caseID: Int64) throws(StoreError) -> [ConflictOfInterest] { try call(.conflicts, ["caseID": caseID]) }

    public func certifiedFirmCount(_ filter: CertifiedFirmFilter, asOf today: LocalDate) throws(StoreError) -> Int {
        try call(.certifiedFirmCount, ["filter": filter, "asOf": today])
    }

    public func certifiedFirms(_ filter: CertifiedFirmFilter, range: Range<Int>?, asOf today: LocalDate) throws(StoreError) -> [CertifiedFirm] {
        try call(.certifiedFirms, ["filter": filter, "range": range, "asOf": today])
    }

    public func certifiedFirms(
        _ filter: CertifiedFirmFilter, from key: CertifiedFirmKey?, direction: CaseListDirection, limit: Int, asOf today: LocalDate
    ) throws(StoreError) -> [CertifiedFirm] {
        try call(.certifiedFirmKeyPage, ["filter": filter, "key": key, "direction": direction, "limit": limit, "asOf": today])
    }

    public func certifiedFirm(caseID: Int64, asOf today: LocalDate) throws(StoreError) -> CertifiedFirm? {
        try call(.certifiedFirm, ["caseID": caseID, "asOf": today])
    }

    public func certifiedIndustries(asOf today: LocalDate) throws(StoreError) -> [Industry] { try call(.certifiedIndustries) }

    public func users() throws(StoreError) -> [UserEntry] { try call(.users) }

    public func addUser(_ login: String, role: Role) throws(StoreError) { try perform(.addUser, ["login": login, "role": role]) }

    public func removeUser(_ login: String, role: Role?) throws(StoreError) { try perform(.removeUser, ["login": login, "role": role]) }

    public func setUserName(_ login: String, name: String?, title: String?) throws(StoreError) {
        try perform(.setUserName, ["login": login, "name": name, "title": title])
    }

    public func auditEvents(caseID: Int64?, limit: Int?) throws(StoreError) -> [AuditEvent] {
        try call(.auditEvents, ["caseID": caseID, "limit": limit])
    }

    public func auditHead() throws(StoreError) -> AuditHead { try call(.auditHead) }

    public func verifyAudit(extending head: AuditHead?) throws(StoreError) -> AuditVerification { try call(.verifyAudit, ["head": head]) }

    public func exportDocuments(_ ids: [Int64]) throws(StoreError) -> [(id: Int64, json: String)] {
        let documents: [WireExportedDocument] = try call(.exportDocuments, ["ids": ids])
        return documents.map { ($0.id, $0.json) }
    }

    /// The CSV as the server's store makes it, handed to `write` a piece at a time as the
    /// server streams it (`exportCSVStream`): memory stays flat on both sides.
    @discardableResult
    public func exportCSV(_ ids: [Int64]?, skippingDamaged: Bool, to write: @escaping (String) throws(StoreError) -> Void) throws(StoreError) -> [StoreError] {
        let route = OfficeRoute.exportCSVStream
        let body: Data
        do {
            body = try encoder.encode(NamedArguments(["ids": ids, "skippingDamaged": skippingDamaged]))
        } catch {
            throw .failed("the request cannot be written: \(error)")
        }
        let decoder = decoder
        var damaged: [StoreError]?
        let refused: UnixSocketHTTP.Answer?
        do {
            refused = try UnixSocketHTTP.exchange(socket: path, method: route.method, target: route.path, body: body) { line in
                let frame = try decoder.decode(WireCSVFrame.self, from: Data(line))
                if let piece = frame.csv {
                    try write(piece)
                } else if let stopped = frame.error {
                    throw stopped.error
                } else {
                    damaged = (frame.damaged ?? []).map(\.error)
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as UnixSocketHTTP.Failure {
            throw Self.failure(error, socket: path)
        } catch {
            throw .failed("the office server's answer to \(route.path) cannot be read: \(error)")
        }
        if let refused { throw Self.refusal(refused, decoder: decoder) }
        guard let damaged else { throw .serverStopped(socket: path, detail: "the export was cut off") }
        return damaged
    }

    public func backup(to target: String) throws(StoreError) { try perform(.backup, ["target": target]) }

    public func integrityProblems() throws(StoreError) -> [String] { try call(.integrityProblems) }

    public func damagedCases() throws(StoreError) -> [StoreError] { try call(.damagedCases) }
}

/// The answer of an operation that returns nothing: `{}`.
private struct Nothing: Decodable {}

/// A request's arguments as one JSON object; nil arguments are left out.
private struct NamedArguments: Encodable {
    let values: [String: any Encodable]

    init(_ values: [String: any Encodable]) {
        self.values = values
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            if let optional = value as? any OptionalArgument, optional.isNone { continue }
            try container.encode(value, forKey: Key(stringValue: name))
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

private protocol OptionalArgument {
    var isNone: Bool { get }
}

extension Optional: OptionalArgument {
    var isNone: Bool { self == nil }
}
