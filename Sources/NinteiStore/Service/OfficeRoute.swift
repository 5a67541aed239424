/// The office server's API: one route per `OfficeService` operation, HTTP/1.1 with JSON bodies
/// over a Unix domain socket (`curl --unix-socket SOCKET http://localhost/v1/whoami`).
/// Operations without arguments are `GET`; the others are `POST` with a JSON object of named
/// arguments. docs/API.md describes each route; a test holds that document to this table.
public enum OfficeRoute: String, CaseIterable, Sendable {
    case whoami, program
    case createCase, createCases, importCases, loadCase, openCase, saveField, transition
    case cases, caseCount, caseIDs, statusCounts, countCases, casePage, caseKeyPage, firstCasePage
    case reviewFinding, findingReviews, addContact, contacts
    case verifyField, fieldVerifications, verificationSummary, verificationReport, officeSettings, setVerificationRequired
    case startRenewal, changes, certificateNumber, issueCertificate, grantRenewal, certificate
    case expireLapsedCertifications, renewalsDue, renewalsDueKeyPage, renewalsDueCount, programReport
    case giveOpinion, opinions, decide, noteReports, decisions, committeeComments, reviewQueue, casePacket, setCultureNote
    case meetingPacket, meetingMinutes, recordLetter, createMeeting, meetings, meeting, nextMeeting
    case addToAgenda, reorderAgenda, agenda, postHocCandidates, addPostHocReports
    case markConflict, withdrawConflict, conflicts
    case certifiedFirmCount, certifiedFirms, certifiedFirmKeyPage, certifiedFirm, certifiedIndustries
    case users, addUser, removeUser, setUserName, auditEvents, auditHead, verifyAudit
    case exportDocuments, exportCSVStream, backup, integrityProblems, damagedCases

    public var path: String { "/v1/" + rawValue }

    /// Operations without arguments answer `GET`; the rest take a JSON body by `POST`.
    public var method: String {
        switch self {
        case .whoami, .program, .caseIDs, .statusCounts, .meetings, .certifiedIndustries, .users,
             .auditHead, .integrityProblems, .damagedCases, .verificationReport, .officeSettings:
            return "GET"
        default:
            return "POST"
        }
    }

    public init?(method: String, path: String) {
        guard path.hasPrefix("/v1/"), let route = OfficeRoute(rawValue: String(path.dropFirst(4))), route.method == method else { return nil }
        self = route
    }
}

/// The HTTP status a refusal or failure answers with; the body carries the `StoreError` and its
/// words in both languages.
extension StoreError {
    public var httpStatus: Int {
        switch self {
        case .refused, .readOnly, .notPermitted: return 403
        case .noSuchCase: return 404
        case .badRequest: return 400
        case .staleRevision: return 409
        case .invalidDocument: return 422
        case .missing, .cannotOpen, .notAStore, .filesVanished, .damagedCase, .serverUnreachable, .serverStopped: return 503
        case .alreadyExists, .failed: return 500
        }
    }
}
