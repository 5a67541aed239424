import Foundation
import NinteiCore
import NinteiStore
import Logging

/// Answers one API request as one login: decodes the named arguments, calls the store acting
/// for that login (which checks the login's roles, reads included), encodes the answer. Rules,
/// reference figures, renewal mappings, targets and certificate settings are the server's own:
/// what a client sends for them is never used.
public struct OfficeRouter: Sendable {
    public struct Response: Sendable {
        public let status: Int
        public let body: Data
    }

    let store: Store
    let program: ServerProgram
    let lastLoggedHead = LastLoggedHead()

    public init(store: Store, program: ServerProgram) {
        self.store = store
        self.program = program
        _ = lastLoggedHead.replace(with: (try? store.auditHeadForServerLog())?.id ?? 0)
    }

    public func respond(method: String, path: String, body: Data, login: String, uid: UInt32) -> Response {
        let route: OfficeRoute
        if let known = OfficeRoute(method: method, path: path) {
            route = known
        } else if let named = OfficeRoute(rawValue: String(path.dropFirst(4))), path.hasPrefix("/v1/") {
            return failure(.badRequest("\(path) answers \(named.method), not \(method)"), status: 405)
        } else {
            return failure(.badRequest("no such route: \(method) \(path) (see docs/API.md)"), status: 404)
        }
        let office = store.acting(as: Identity(login: login))
        do {
            let arguments = try Arguments(body.isEmpty ? Data("{}".utf8) : body, decoder: decoder)
            return Response(status: 200, body: try answer(route, office, arguments, uid: uid))
        } catch {
            return failure(error)
        }
    }

    /// Whether the route answers as a stream (`streamCSV`) rather than with one body.
    public func isStreamed(method: String, path: String) -> Bool {
        OfficeRoute(method: method, path: path) == .exportCSVStream
    }

    /// `exportCSVStream`: the CSV as `Store.exportCSV(_:skippingDamaged:to:)` makes it, each
    /// piece handed to `emit` as a line `{"csv": …}` as soon as it is made, then a last line
    /// naming the damaged cases left out (`{"damaged": […]}`) or what stopped the export
    /// (`{"error": …}`). Memory stays flat in the number of cases. A refusal before the first
    /// piece (no permission, a case that does not exist) is an ordinary answer, returned.
    public func streamCSV(body: Data, login: String, emit: @escaping (Data) throws -> Void) -> Response? {
        let office = store.acting(as: Identity(login: login))
        var begun = false
        do {
            let arguments = try Arguments(body.isEmpty ? Data("{}".utf8) : body, decoder: decoder)
            let ids: [Int64]? = try arguments.optional("ids")
            let skippingDamaged: Bool = try arguments.optional("skippingDamaged") ?? false
            let damaged = try office.exportCSV(ids, skippingDamaged: skippingDamaged) { (piece: String) throws(StoreError) in
                begun = true
                do {
                    try emit(try line(WireCSVFrame(csv: piece)))
                } catch {
                    throw .failed("the client stopped reading: \(error)")
                }
            }
            try emit(try line(WireCSVFrame(damaged: damaged.map(WireError.init))))
            return nil
        } catch {
            guard begun else { return failure(error) }
            let stopped = (error as? StoreError) ?? .failed(String(describing: error))
            try? emit(try line(WireCSVFrame(error: WireError(stopped))))
            return nil
        }
    }

    private func line(_ frame: WireCSVFrame) throws -> Data {
        var data = try encoder.encode(frame)
        data.append(0x0A)
        return data
    }

    private func failure(_ error: any Error) -> Response {
        switch error {
        case let error as StoreError: return failure(error, status: error.httpStatus)
        case let error as DecodingError: return failure(.badRequest(Arguments.describe(error)), status: 400)
        default: return failure(.failed(String(describing: error)), status: 500)
        }
    }

    private func failure(_ error: StoreError, status: Int) -> Response {
        Response(status: status, body: (try? encoder.encode(WireError(error))) ?? Data())
    }

    var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.userInfo[.checklistLibrary] = program.data.checklists
        return encoder
    }

    var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[.checklistLibrary] = program.data.checklists
        decoder.userInfo[.documentRules] = DocumentRules.incoming
        return decoder
    }

    private func encode<Value: Encodable>(_ value: Value) throws -> Data { try encoder.encode(value) }

    private static let done = Data("{}".utf8)

    // One line per operation; the store method checks who may do it.
    private func answer(_ route: OfficeRoute, _ office: Store, _ a: Arguments, uid: UInt32) throws -> Data {
        switch route {
        case .whoami:
            return try encode(WireWhoami(login: office.identity.login, uid: uid, roles: try office.roles().sorted()))
        case .program:
            return try encode(program.wire)
        case .createCase:
            return try encode(office.createCase(a["document"], status: a.optional("status") ?? .draft))
        case .createCases:
            let items: [WireNewCase] = try a["cases"]
            return try encode(office.createCases(items.map { ($0.document, $0.status) }).map(WireResult.init))
        case .importCases:
            let files: [WireImportFile] = try a["files"]
            return try encode(office.importCases(files.map(\.importFile)).map(WireResult.init))
        case .loadCase:
            return try encode(office.loadCase(a["id"]))
        case .openCase:
            return try encode(office.openCase(a["caseID"]))
        case .saveField:
            return try encode(office.saveField(caseID: a["caseID"], path: a["path"], value: a["value"], revision: a["revision"]))
        case .transition:
            return try encode(office.transition(caseID: a["caseID"], to: a["status"], revision: a["revision"]))
        case .cases:
            return try encode(office.cases(status: a.optional("status"), search: a.optional("search"), limit: a.optional("limit") ?? 1000, offset: a.optional("offset") ?? 0))
        case .caseCount:
            return try encode(office.caseCount(status: a.optional("status"), search: a.optional("search")))
        case .caseIDs:
            return try encode(office.caseIDs())
        case .statusCounts:
            return try encode(office.statusCounts())
        case .countCases:
            return try encode(office.countCases(a["query"], atMost: a.optional("atMost")))
        case .casePage:
            return try encode(office.casePage(a["query"], offset: a["offset"], limit: a["limit"]))
        case .caseKeyPage:
            return try encode(office.casePage(a["query"], from: a.optional("key"), direction: a["direction"], limit: a["limit"]))
        case .firstCasePage:
            return try encode(office.firstCasePage(a["query"], countingAtMost: a.optional("countingAtMost"), limit: a["limit"]))
        case .reviewFinding:
            try office.reviewFinding(caseID: a["caseID"], item: a.optional("item"), code: a["code"], reason: a["reason"])
            return Self.done
        case .findingReviews:
            return try encode(office.findingReviews(caseID: a["caseID"]))
        case .verifyField:
            return try encode(office.verifyField(
                caseID: a["caseID"], path: a["path"], typed: a.optional("typed"), judgement: a.optional("judgement"), revision: a["revision"]))
        case .fieldVerifications:
            return try encode(office.fieldVerifications(caseID: a["caseID"]))
        case .verificationSummary:
            return try encode(office.verificationSummary(caseID: a["caseID"]))
        case .verificationReport:
            return try encode(office.verificationReport())
        case .officeSettings:
            return try encode(office.officeSettings())
        case .setVerificationRequired:
            try office.setVerificationRequired(a["required"])
            return Self.done
        case .addContact:
            return try encode(office.addContact(caseID: a["caseID"], date: a["date"], channel: a["channel"], note: a["note"]))
        case .contacts:
            return try encode(office.contacts(caseID: a["caseID"]))
        case .startRenewal:
            return try encode(office.startRenewal(fromCase: a["caseID"], to: a.optional("checklist"), mappings: program.data.mappings))
        case .changes:
            return try encode(office.changes(from: a["from"], to: a["to"], mappings: program.data.mappings))
        case .certificateNumber:
            return try encode(office.certificateNumber(caseID: a["caseID"]))
        case .issueCertificate:
            return try encode(office.issueCertificate(caseID: a["caseID"], issuedOn: a["issuedOn"], settings: try program.certificateSettings()))
        case .grantRenewal:
            return try encode(office.grantRenewal(caseID: a["caseID"], issuedOn: a["issuedOn"], settings: try program.certificateSettings()))
        case .certificate:
            return try encode(office.certificate(caseID: a["caseID"]))
        case .expireLapsedCertifications:
            // The server's own today: a client's date must not end certifications early.
            return try encode(office.expireLapsedCertifications(asOf: .today()))
        case .renewalsDue:
            return try encode(office.renewalsDue(withinMonths: a["months"], asOf: a.optional("asOf") ?? .today()))
        case .renewalsDueKeyPage:
            return try encode(office.renewalsDue(
                withinMonths: a["months"], from: a.optional("key"), direction: a["direction"], limit: a["limit"], asOf: a.optional("asOf") ?? .today()))
        case .renewalsDueCount:
            return try encode(office.renewalsDueCount(withinMonths: a["months"], asOf: a.optional("asOf") ?? .today()))
        case .programReport:
            return try encode(office.programReport(fiscalYear: a["fiscalYear"], targets: try program.targets(), asOf: a.optional("asOf") ?? .today()))
        case .giveOpinion:
            return try encode(office.giveOpinion(caseID: a["caseID"], verdict: a["verdict"], comment: a.optional("comment") ?? "", for: a.optional("for")))
        case .opinions:
            return try encode(office.opinions(caseID: a["caseID"]))
        case .decide:
            return try encode(office.decide(caseID: a["caseID"], outcome: a["outcome"], reason: a.optional("reason")))
        case .noteReports:
            return try encode(office.noteReports(meetingID: a["meetingID"]))
        case .decisions:
            return try encode(office.decisions(meetingID: a["meetingID"]))
        case .committeeComments:
            return try encode(office.committeeComments(caseID: a["caseID"]))
        case .reviewQueue:
            return try encode(office.reviewQueue(asOf: a.optional("asOf") ?? .today()))
        case .casePacket:
            return try encode(WireCasePacket(office.casePacket(caseID: a["caseID"])))
        case .setCultureNote:
            try office.setCultureNote(caseID: a["caseID"], note: a["note"])
            return Self.done
        case .meetingPacket:
            return try encode(WireMeetingPacket(office.meetingPacket(meetingID: a["meetingID"])))
        case .meetingMinutes:
            return try encode(office.meetingMinutes(meetingID: a["meetingID"]))
        case .recordLetter:
            return try encode(office.recordLetter(caseID: a["caseID"], kind: a["kind"]))
        case .createMeeting:
            return try encode(office.createMeeting(date: a["date"], place: a["place"]))
        case .meetings:
            return try encode(office.meetings())
        case .meeting:
            return try encode(office.meeting(a["meetingID"]))
        case .nextMeeting:
            return try encode(office.nextMeeting(asOf: a.optional("asOf") ?? .today()))
        case .addToAgenda:
            try office.addToAgenda(meetingID: a["meetingID"], caseIDs: a["caseIDs"])
            return Self.done
        case .reorderAgenda:
            try office.reorderAgenda(meetingID: a["meetingID"], caseIDs: a["caseIDs"])
            return Self.done
        case .agenda:
            return try encode(office.agenda(meetingID: a["meetingID"]))
        case .postHocCandidates:
            return try encode(office.postHocCandidates(meetingID: a["meetingID"]))
        case .addPostHocReports:
            return try encode(office.addPostHocReports(meetingID: a["meetingID"]))
        case .markConflict:
            try office.markConflict(caseID: a["caseID"], member: a["member"], type: a["type"], note: a.optional("note") ?? "")
            return Self.done
        case .withdrawConflict:
            try office.withdrawConflict(caseID: a["caseID"], member: a["member"])
            return Self.done
        case .conflicts:
            return try encode(office.conflicts(caseID: a["caseID"]))
        case .certifiedFirmCount:
            return try encode(office.certifiedFirmCount(a.optional("filter") ?? CertifiedFirmFilter(), asOf: a.optional("asOf") ?? .today()))
        case .certifiedFirms:
            return try encode(office.certifiedFirms(a.optional("filter") ?? CertifiedFirmFilter(), range: a.optional("range"), asOf: a.optional("asOf") ?? .today()))
        case .certifiedFirmKeyPage:
            return try encode(office.certifiedFirms(
                a.optional("filter") ?? CertifiedFirmFilter(), from: a.optional("key"), direction: a["direction"], limit: a["limit"],
                asOf: a.optional("asOf") ?? .today()))
        case .certifiedFirm:
            return try encode(office.certifiedFirm(caseID: a["caseID"], asOf: a.optional("asOf") ?? .today()))
        case .certifiedIndustries:
            return try encode(office.certifiedIndustries(asOf: .today()))
        case .users:
            return try encode(office.users())
        case .addUser:
            try office.addUser(a["login"], role: a["role"])
            return Self.done
        case .removeUser:
            try office.removeUser(a["login"], role: a.optional("role"))
            return Self.done
        case .setUserName:
            try office.setUserName(a["login"], name: a.optional("name"), title: a.optional("title"))
            return Self.done
        case .auditEvents:
            return try encode(office.auditEvents(caseID: a.optional("caseID"), limit: a.optional("limit")))
        case .auditHead:
            return try encode(office.auditHead())
        case .verifyAudit:
            return try encode(office.verifyAudit(extending: a.optional("head")))
        case .exportDocuments:
            return try encode(office.exportDocuments(a["ids"]).map { WireExportedDocument(id: $0.id, json: $0.json) })
        case .exportCSVStream:
            throw StoreError.badRequest("\(route.path) answers as a stream")  // OfficeHTTPHandler sends it to streamCSV
        case .backup:
            throw StoreError.refused(LocalizedText(
                ja: "サーバー経由ではバックアップを作れません。サービスアカウントで nintei backup --db を実行してください（README「An office on one host」）",
                en: "backups are not made through the server; run nintei backup --db as the service account (README, \"An office on one host\")"))
        case .integrityProblems:
            return try encode(office.integrityProblems())
        case .damagedCases:
            return try encode(office.damagedCases())
        }
    }
}

extension OfficeRouter {
    func tooLarge(limit: Int) -> Response {
        Response(status: 413, body: (try? encoder.encode(WireError(.badRequest("the request is larger than \(limit) bytes; send it in parts")))) ?? Data())
    }

    func unavailable() -> Response {
        Response(status: 503, body: (try? encoder.encode(WireError(.failed("the server is stopping")))) ?? Data())
    }

    /// Logs the audit log's head after a change: the record `nintei audit verify --head`
    /// checks the log against later (journald keeps it where no member can rewrite it).
    func noteHeadIfChanged(logger: Logger) {
        guard let head = try? store.auditHeadForServerLog(), lastLoggedHead.replace(with: head.id) else { return }
        logger.notice("audit head \(head.id):\(head.hash)")
    }
}

/// The last audit event whose head the server logged.
final class LastLoggedHead: @unchecked Sendable {
    private let lock = NSLock()
    private var id: Int64 = -1

    /// Records `newID`; true when it differs from the one recorded before.
    func replace(with newID: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard newID != id else { return false }
        id = newID
        return true
    }
}
