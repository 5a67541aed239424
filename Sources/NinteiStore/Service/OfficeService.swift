import NinteiCore

/// What the screens and commands can ask of an office, whoever holds it: the store file opened
/// in this process (`Store`), or the office server over its socket (`OfficeClient`). Every
/// method checks the acting login's roles in the store, reads included, so both ways hold the
/// same rules; through the server, the login comes from the kernel, not from this process.
public protocol OfficeService: AnyObject, Sendable {
    /// Where the office is, as people read it: the store file, or the server's socket.
    var path: String { get }
    /// Whether `path` is a store file opened here or the office server's socket.
    var reachedThroughServer: Bool { get }
    var identity: Identity { get }
    var mode: Store.Mode { get }
    /// The checklist versions and reference figures the office evaluates with (through the
    /// server, the server's own).
    var checklistLibrary: ChecklistLibrary { get }
    var referenceFigures: ReferenceFigures { get }

    func roles() throws(StoreError) -> Set<Role>

    // Cases
    @discardableResult
    func createCase(_ document: ApplicationDocument, status: CaseStatus) throws(StoreError) -> Int64
    func createCases(_ items: [(document: ApplicationDocument, status: CaseStatus)]) throws(StoreError) -> [Result<Int64, StoreError>]
    func importCases(_ files: [ImportFile]) throws(StoreError) -> [Result<ImportOutcome, StoreError>]
    func loadCase(_ id: Int64) throws(StoreError) -> CaseSnapshot
    func openCase(_ caseID: Int64) throws(StoreError) -> CaseOpening
    @discardableResult
    func saveField(caseID: Int64, path: JSONPath, value: JSONValue?, revision: Int64) throws(StoreError) -> CaseSnapshot
    @discardableResult
    func transition(caseID: Int64, to status: CaseStatus, revision: Int64) throws(StoreError) -> CaseSnapshot
    func cases(status: CaseStatus?, search: String?, limit: Int, offset: Int) throws(StoreError) -> [CaseSummary]
    func caseCount(status: CaseStatus?, search: String?) throws(StoreError) -> Int
    func caseIDs() throws(StoreError) -> [Int64]
    func statusCounts() throws(StoreError) -> [CaseStatus: Int]
    func countCases(_ query: CaseListQuery, atMost limit: Int?) throws(StoreError) -> Int
    func casePage(_ query: CaseListQuery, offset: Int, limit: Int) throws(StoreError) -> [CaseSummary]
    func casePage(_ query: CaseListQuery, from key: CaseListKey?, direction: CaseListDirection, limit: Int) throws(StoreError) -> [CaseSummary]
    func firstCasePage(_ query: CaseListQuery, countingAtMost countLimit: Int?, limit: Int) throws(StoreError) -> CountedCasePage
    func reviewFinding(caseID: Int64, item: String?, code: FindingCode, reason: String) throws(StoreError)
    func findingReviews(caseID: Int64) throws(StoreError) -> [FindingReview]
    @discardableResult
    func addContact(caseID: Int64, date: LocalDate, channel: ContactChannel, note: String) throws(StoreError) -> Int64
    func contacts(caseID: Int64) throws(StoreError) -> [ContactEntry]

    // Verification by re-keying
    func verifyField(caseID: Int64, path: JSONPath, typed: JSONValue?, judgement: VerificationJudgement?, revision: Int64) throws(StoreError) -> VerificationCheck
    func fieldVerifications(caseID: Int64) throws(StoreError) -> [FieldVerification]
    func verificationSummary(caseID: Int64) throws(StoreError) -> VerificationSummary
    func verificationReport() throws(StoreError) -> [VerificationSummary]
    func officeSettings() throws(StoreError) -> OfficeSettings
    func setVerificationRequired(_ required: Bool) throws(StoreError)

    // Renewals and certificates
    func startRenewal(fromCase caseID: Int64, to targetChecklist: String?, mappings: ChecklistMappingLibrary) throws(StoreError) -> RenewalStart
    func changes(from beforeID: Int64, to afterID: Int64, mappings: ChecklistMappingLibrary) throws(StoreError) -> ApplicationChanges
    func certificateNumber(caseID: Int64) throws(StoreError) -> String?
    @discardableResult
    func issueCertificate(caseID: Int64, issuedOn: LocalDate, settings: CertificateSettings) throws(StoreError) -> CertificateRecord
    @discardableResult
    func grantRenewal(caseID: Int64, issuedOn: LocalDate, settings: CertificateSettings) throws(StoreError) -> CertificateRecord
    func certificate(caseID: Int64) throws(StoreError) -> CertificateRecord?
    @discardableResult
    func expireLapsedCertifications(asOf today: LocalDate) throws(StoreError) -> [ExpiredCertification]
    func renewalsDue(withinMonths months: Int, asOf today: LocalDate) throws(StoreError) -> [RenewalDue]
    func renewalsDue(withinMonths months: Int, from key: RenewalKey?, direction: CaseListDirection, limit: Int, asOf today: LocalDate) throws(StoreError) -> [RenewalDue]
    func renewalsDueCount(withinMonths months: Int, asOf today: LocalDate) throws(StoreError) -> Int
    func programReport(fiscalYear: FiscalYear, targets: ProgramTargets, asOf today: LocalDate) throws(StoreError) -> ProgramReport

    // The committee
    @discardableResult
    func giveOpinion(caseID: Int64, verdict: OpinionVerdict, comment: String, for member: String?) throws(StoreError) -> Opinion
    func opinions(caseID: Int64) throws(StoreError) -> OpinionsView
    @discardableResult
    func decide(caseID: Int64, outcome: DecisionOutcome, reason: String?) throws(StoreError) -> Decision
    func noteReports(meetingID: Int64) throws(StoreError) -> [Decision]
    func decisions(meetingID: Int64) throws(StoreError) -> [Decision]
    func committeeComments(caseID: Int64) throws(StoreError) -> CommitteeComments
    func reviewQueue(asOf date: LocalDate) throws(StoreError) -> ReviewQueue?
    func casePacket(caseID: Int64) throws(StoreError) -> CasePacket
    func setCultureNote(caseID: Int64, note: String) throws(StoreError)
    func meetingPacket(meetingID: Int64) throws(StoreError) -> MeetingPacket
    func meetingMinutes(meetingID: Int64) throws(StoreError) -> MeetingMinutes
    @discardableResult
    func recordLetter(caseID: Int64, kind: LetterKind) throws(StoreError) -> LetterRecord
    @discardableResult
    func createMeeting(date: LocalDate, place: String) throws(StoreError) -> Meeting
    func meetings() throws(StoreError) -> [Meeting]
    func meeting(_ id: Int64) throws(StoreError) -> Meeting
    func nextMeeting(asOf date: LocalDate) throws(StoreError) -> Meeting?
    func addToAgenda(meetingID: Int64, caseIDs: [Int64]) throws(StoreError)
    func reorderAgenda(meetingID: Int64, caseIDs: [Int64]) throws(StoreError)
    func agenda(meetingID: Int64) throws(StoreError) -> [AgendaEntry]
    func postHocCandidates(meetingID: Int64) throws(StoreError) -> [CaseSummary]
    @discardableResult
    func addPostHocReports(meetingID: Int64) throws(StoreError) -> [Int64]
    func markConflict(caseID: Int64, member: String, type: ConflictType, note: String) throws(StoreError)
    func withdrawConflict(caseID: Int64, member: String) throws(StoreError)
    func conflicts(caseID: Int64) throws(StoreError) -> [ConflictOfInterest]

    // The published list
    func certifiedFirmCount(_ filter: CertifiedFirmFilter, asOf today: LocalDate) throws(StoreError) -> Int
    func certifiedFirms(_ filter: CertifiedFirmFilter, range: Range<Int>?, asOf today: LocalDate) throws(StoreError) -> [CertifiedFirm]
    func certifiedFirms(_ filter: CertifiedFirmFilter, from key: CertifiedFirmKey?, direction: CaseListDirection, limit: Int, asOf today: LocalDate) throws(StoreError) -> [CertifiedFirm]
    func certifiedFirm(caseID: Int64, asOf today: LocalDate) throws(StoreError) -> CertifiedFirm?
    func certifiedIndustries(asOf today: LocalDate) throws(StoreError) -> [Industry]

    // Users, audit, export and upkeep
    func users() throws(StoreError) -> [UserEntry]
    func addUser(_ login: String, role: Role) throws(StoreError)
    func removeUser(_ login: String, role: Role?) throws(StoreError)
    func setUserName(_ login: String, name: String?, title: String?) throws(StoreError)
    func auditEvents(caseID: Int64?, limit: Int?) throws(StoreError) -> [AuditEvent]
    func auditHead() throws(StoreError) -> AuditHead
    func verifyAudit(extending head: AuditHead?) throws(StoreError) -> AuditVerification
    func exportDocuments(_ ids: [Int64]) throws(StoreError) -> [(id: Int64, json: String)]
    /// The same CSV handed to `write` a few rows at a time as it is made, so memory stays flat
    /// in the number of cases (`ids` nil: every case; see `Store.exportCSV(_:skippingDamaged:to:)`).
    @discardableResult
    func exportCSV(_ ids: [Int64]?, skippingDamaged: Bool, to write: @escaping (String) throws(StoreError) -> Void) throws(StoreError) -> [StoreError]
    func backup(to target: String) throws(StoreError)
    func integrityProblems() throws(StoreError) -> [String]
    func damagedCases() throws(StoreError) -> [StoreError]
}

/// The defaults callers lean on, and what follows from the checklists alone.
extension OfficeService {
    public func createCase(_ document: ApplicationDocument) throws(StoreError) -> Int64 {
        try createCase(document, status: .draft)
    }

    public func cases(status: CaseStatus? = nil, search: String? = nil) throws(StoreError) -> [CaseSummary] {
        try cases(status: status, search: search, limit: 1000, offset: 0)
    }

    public func caseCount(status: CaseStatus? = nil) throws(StoreError) -> Int {
        try caseCount(status: status, search: nil)
    }

    public func countCases(_ query: CaseListQuery) throws(StoreError) -> Int {
        try countCases(query, atMost: nil)
    }

    public func startRenewal(fromCase caseID: Int64, mappings: ChecklistMappingLibrary) throws(StoreError) -> RenewalStart {
        try startRenewal(fromCase: caseID, to: nil, mappings: mappings)
    }

    public func expireLapsedCertifications() throws(StoreError) -> [ExpiredCertification] {
        try expireLapsedCertifications(asOf: .today())
    }

    public func renewalsDue(withinMonths months: Int) throws(StoreError) -> [RenewalDue] {
        try renewalsDue(withinMonths: months, asOf: .today())
    }

    public func programReport(fiscalYear: FiscalYear, targets: ProgramTargets) throws(StoreError) -> ProgramReport {
        try programReport(fiscalYear: fiscalYear, targets: targets, asOf: .today())
    }

    public func giveOpinion(caseID: Int64, verdict: OpinionVerdict, comment: String) throws(StoreError) -> Opinion {
        try giveOpinion(caseID: caseID, verdict: verdict, comment: comment, for: nil)
    }

    public func decide(caseID: Int64, outcome: DecisionOutcome) throws(StoreError) -> Decision {
        try decide(caseID: caseID, outcome: outcome, reason: nil)
    }

    public func reviewQueue() throws(StoreError) -> ReviewQueue? {
        try reviewQueue(asOf: .today())
    }

    public func nextMeeting() throws(StoreError) -> Meeting? {
        try nextMeeting(asOf: .today())
    }

    public func markConflict(caseID: Int64, member: String, type: ConflictType) throws(StoreError) {
        try markConflict(caseID: caseID, member: member, type: type, note: "")
    }

    public func certifiedFirmCount(_ filter: CertifiedFirmFilter = CertifiedFirmFilter()) throws(StoreError) -> Int {
        try certifiedFirmCount(filter, asOf: .today())
    }

    public func certifiedFirms(_ filter: CertifiedFirmFilter = CertifiedFirmFilter(), range: Range<Int>? = nil) throws(StoreError) -> [CertifiedFirm] {
        try certifiedFirms(filter, range: range, asOf: .today())
    }

    public func certifiedFirm(caseID: Int64) throws(StoreError) -> CertifiedFirm? {
        try certifiedFirm(caseID: caseID, asOf: .today())
    }

    public func certifiedIndustries() throws(StoreError) -> [Industry] {
        try certifiedIndustries(asOf: .today())
    }

    public func auditEvents(caseID: Int64? = nil) throws(StoreError) -> [AuditEvent] {
        try auditEvents(caseID: caseID, limit: nil)
    }

    public func verifyAudit() throws(StoreError) -> AuditVerification {
        try verifyAudit(extending: nil)
    }
}

extension OfficeService {
    /// The evaluation of a document with this office's checklists and reference figures (what
    /// the derived columns were computed with); nil when the checklist is not known.
    public func evaluate(_ document: ApplicationDocument, today: LocalDate = .today()) -> Evaluation? {
        guard let checklist = checklistLibrary.checklist(document.checklistID) else { return nil }
        return Evaluator.evaluate(document, checklist: checklist, context: EvaluationContext(reference: referenceFigures, today: today))
    }

    /// The strengths a certified firm can be found by: one per section of the checklists that
    /// score section by section.
    public func strengthOptions() -> [StrengthOption] {
        var seen = Set<String>()
        var options: [StrengthOption] = []
        for checklist in checklistLibrary.checklists {
            guard case .perSectionHalf = checklist.scoring.method else { continue }
            for section in checklist.sections where seen.insert(section.id).inserted {
                options.append(StrengthOption(sectionID: section.id, title: section.title, sentence: section.strength))
            }
        }
        return options
    }
}
