import NinteiCore

/// The shapes that travel between the office server and its clients where an `OfficeService`
/// value does not travel as it is: results of batches, tuples, and packets whose checklist and
/// rule result the receiving side computes again from the server's checklists.

/// One result of a batch (`createCases`, `importCases`).
public enum WireResult<Value: Codable & Sendable>: Codable, Sendable {
    case success(Value)
    case failure(StoreError)

    public init(_ result: Result<Value, StoreError>) {
        switch result {
        case .success(let value): self = .success(value)
        case .failure(let error): self = .failure(error)
        }
    }

    public var result: Result<Value, StoreError> {
        switch self {
        case .success(let value): return .success(value)
        case .failure(let error): return .failure(error)
        }
    }
}

/// A new case of a batch: the document and the status it starts in.
public struct WireNewCase: Codable, Sendable {
    public let document: ApplicationDocument
    public let status: CaseStatus

    public init(document: ApplicationDocument, status: CaseStatus) {
        self.document = document
        self.status = status
    }
}

/// A file to import: its name (for the messages), its document and its content hash.
public struct WireImportFile: Codable, Sendable {
    public let path: String
    public let document: ApplicationDocument
    public let contentHash: String

    public init(_ file: ImportFile) {
        path = file.path
        document = file.document
        contentHash = file.contentHash
    }

    public var importFile: ImportFile { ImportFile(path: path, document: document, contentHash: contentHash) }
}

/// One exported document: the case and its application in the public format.
public struct WireExportedDocument: Codable, Sendable {
    public let id: Int64
    public let json: String

    public init(id: Int64, json: String) {
        self.id = id
        self.json = json
    }
}

/// A case's packet without its checklist and rule result, which the receiver computes from the
/// same checklists and reference figures (the server's).
public struct WireCasePacket: Codable, Sendable {
    let summary: CaseSummary
    let document: ApplicationDocument
    let cultureNote: String?
    let findingReviews: [FindingReviewNote]
    let contacts: [ContactEntry]
    let opinions: OpinionsView
    let decisions: [Decision]
    let certificate: CertificateRecord?
    let names: DisplayNames

    public init(_ packet: CasePacket) {
        summary = packet.summary
        document = packet.document
        cultureNote = packet.cultureNote
        findingReviews = packet.findingReviews
        contacts = packet.contacts
        opinions = packet.opinions
        decisions = packet.decisions
        certificate = packet.certificate
        names = packet.names
    }

    public func packet(checklists: ChecklistLibrary, reference: ReferenceFigures) throws(StoreError) -> CasePacket {
        guard let checklist = checklists.checklist(document.checklistID) else {
            throw .refused(LocalizedText(ja: "チェックシート「\(document.checklistID)」は知りません", en: "unknown checklist \"\(document.checklistID)\""))
        }
        let evaluation = Evaluator.evaluate(document, checklist: checklist, context: EvaluationContext(reference: reference, today: .today()))
        return CasePacket(
            summary: summary, document: document, checklist: checklist, evaluation: evaluation, cultureNote: cultureNote,
            findingReviews: findingReviews, contacts: contacts, opinions: opinions, decisions: decisions, certificate: certificate,
            names: names)
    }
}

public struct WireMeetingPacket: Codable, Sendable {
    struct Report: Codable, Sendable {
        let entry: AgendaEntry
        let certificate: CertificateRecord?
    }
    struct Case: Codable, Sendable {
        let entry: AgendaEntry
        let packet: WireCasePacket
    }
    let meeting: Meeting
    let cases: [Case]
    let reports: [Report]

    public init(_ packet: MeetingPacket) {
        meeting = packet.meeting
        cases = packet.cases.map { Case(entry: $0.entry, packet: WireCasePacket($0.packet)) }
        reports = packet.reports.map { Report(entry: $0.entry, certificate: $0.certificate) }
    }

    public func packet(checklists: ChecklistLibrary, reference: ReferenceFigures) throws(StoreError) -> MeetingPacket {
        var rebuilt: [(entry: AgendaEntry, packet: CasePacket)] = []
        for item in cases {
            rebuilt.append((item.entry, try item.packet.packet(checklists: checklists, reference: reference)))
        }
        return MeetingPacket(meeting: meeting, cases: rebuilt, reports: reports.map { ($0.entry, $0.certificate) })
    }
}

/// Who the server takes the caller for, and the program data it evaluates with: the texts of
/// its checklist, mapping and reference files, read by the client with the same readers.
public struct WireProgram: Codable, Sendable {
    public let checklists: [String]
    public let mappings: [String]
    public let reference: String

    public init(checklists: [String], mappings: [String], reference: String) {
        self.checklists = checklists
        self.mappings = mappings
        self.reference = reference
    }
}

public struct WireWhoami: Codable, Sendable {
    public let login: String
    public let uid: UInt32
    public let roles: [Role]

    public init(login: String, uid: UInt32, roles: [Role]) {
        self.login = login
        self.uid = uid
        self.roles = roles
    }
}

/// One line of the streamed CSV export (`exportCSVStream`): a piece of the CSV, or, last, the
/// damaged cases left out, or what stopped the export once it had begun.
public struct WireCSVFrame: Codable, Sendable {
    public var csv: String?
    public var damaged: [WireError]?
    public var error: WireError?

    public init(csv: String? = nil, damaged: [WireError]? = nil, error: WireError? = nil) {
        self.csv = csv
        self.damaged = damaged
        self.error = error
    }
}

/// The body of a refusal or failure.
public struct WireError: Codable, Sendable {
    public let error: StoreError
    public let message: LocalizedText

    public init(_ error: StoreError) {
        self.error = error
        message = LocalizedText(ja: error.text(.ja), en: error.text(.en))
    }
}
