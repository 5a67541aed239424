import Foundation
import GRDB
import NinteiCore

/// Builds a demo office from `data/demo/cases.json` (format in data/demo/README.md): fictional
/// firms in every status, certificates expiring soon and long ago, contacts and reviewed
/// findings, so a newcomer sees a living office.
public enum DemoOffice {
    public static let schema = "nintei-demo/1"

    /// Fictional staff of the demo office, besides the login that builds it.
    static let staff: [(login: String, role: Role)] = [
        ("suzuki", .officer), ("tanaka", .officer), ("yamada", .committee), ("sato", .committee), ("ito", .chair), ("ito", .committee),
    ]

    /// Their display names and titles (fictional), as the printed documents name them.
    static let staffNames: [String: Person] = [
        "suzuki": Person(name: "鈴木 花子", title: "主任"),
        "tanaka": Person(name: "田中 健太", title: "主事"),
        "yamada": Person(name: "山田 恵子", title: "審査委員"),
        "sato": Person(name: "佐藤 誠", title: "審査委員"),
        "ito": Person(name: "伊藤 一郎", title: "審査会長"),
    ]

    struct DemoCase {
        let application: String
        let status: CaseStatus
        let officer: String
        let submittedOn: LocalDate?
        let decidedOn: LocalDate?
        let certificate: Certificate?
        let contacts: [Contact]
        let reviews: [Review]
    }

    struct Certificate {
        let number: String
        let issuedOn: LocalDate
        let validUntil: LocalDate
    }

    struct Contact {
        let date: LocalDate
        let channel: ContactChannel
        let note: String
    }

    struct Review {
        let item: String?
        let code: String
        let reason: String
    }

    /// A committee meeting of the demo: its agenda and the opinions already given.
    struct Meeting {
        let date: LocalDate
        let place: String
        let agenda: [String]
        let opinions: [Opinion]
    }

    struct Opinion {
        let application: String
        let member: String
        let verdict: OpinionVerdict
        let comment: String
    }

    struct Manifest {
        let cases: [DemoCase]
        let meetings: [Meeting]
    }

    /// Creates a store at `path` holding the demo office; the building login is its administrator
    /// and an officer. Returns the number of cases.
    @discardableResult
    public static func build(
        at path: String, from data: DataDirectory, identity: Identity, checklists: ChecklistLibrary, reference: ReferenceFigures
    ) throws(StoreError) -> Int {
        let folder = data.path + "/demo"
        let manifest: Manifest
        do {
            manifest = try TextFile.decode(folder + "/cases.json") { text throws(DocumentReadError) in try readManifest(text) }
        } catch {
            throw .refused(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
        }
        let cases = manifest.cases
        var documents: [ApplicationDocument] = []
        for demo in cases {
            do {
                documents.append(try ApplicationFile.read(folder + "/" + demo.application, checklists: checklists))
            } catch {
                throw .refused(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
            }
        }
        let store = try Store.create(at: path, identity: identity, checklists: checklists, reference: reference)
        try store.addUser(identity.login, role: .officer)
        try store.write { db in
            for member in staff {
                try UserRepository.insert(db, login: member.login, role: member.role, by: identity.login)
            }
            for (login, person) in staffNames.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO userName (login, name, title, changedAt, changedBy) VALUES (?, ?, ?, ?, ?)",
                    arguments: [login, person.name, person.title, Store.now(), identity.login])
            }
            var caseIDs: [String: Int64] = [:]
            for (demo, document) in zip(cases, documents) {
                let id = try store.insertCase(db, document, status: demo.status)
                caseIDs[demo.application] = id
                try db.execute(
                    sql: "UPDATE \"case\" SET createdBy = ?, updatedBy = ?, submittedOn = ?, decidedOn = ? WHERE id = ?",
                    arguments: [demo.officer, demo.officer, demo.submittedOn?.iso, demo.decidedOn?.iso, id])
                if let certificate = demo.certificate {
                    try db.execute(
                        sql: "INSERT INTO certificate (number, caseId, issuedOn, validUntil) VALUES (?, ?, ?, ?)",
                        arguments: [certificate.number, id, certificate.issuedOn.iso, certificate.validUntil.iso])
                }
                for contact in demo.contacts {
                    try db.execute(
                        sql: "INSERT INTO contact (caseId, date, channel, note, recordedAt, recordedBy) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [id, contact.date.iso, contact.channel.rawValue, contact.note, Store.now(), demo.officer])
                }
                for review in demo.reviews {
                    try db.execute(
                        sql: "INSERT INTO findingReview (caseId, item, code, reason, reviewedAt, reviewedBy) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [id, review.item ?? "", review.code, review.reason, Store.now(), demo.officer])
                }
                try AuditLog.append(db, login: identity.login, caseID: id, action: "demo.status", before: nil, after: demo.status.rawValue)
            }
            for meeting in manifest.meetings {
                try insert(meeting, caseIDs: caseIDs, db: db, login: identity.login)
            }
        }
        return cases.count
    }

    private static func insert(_ meeting: Meeting, caseIDs: [String: Int64], db: Database, login: String) throws {
        try db.execute(
            sql: "INSERT INTO meeting (date, place, createdAt, createdBy) VALUES (?, ?, ?, ?)",
            arguments: [meeting.date.iso, meeting.place, Store.now(), login])
        let meetingID = db.lastInsertedRowID
        func caseID(_ application: String) throws -> Int64 {
            guard let id = caseIDs[application] else {
                throw StoreError.refused(LocalizedText(
                    ja: "demo/cases.json: 会議の議題「\(application)」は案件にありません",
                    en: "demo/cases.json: the meeting's agenda names \(application), which is not a case"))
            }
            return id
        }
        for (position, application) in meeting.agenda.enumerated() {
            try db.execute(
                sql: "INSERT INTO agendaItem (meetingId, caseId, position, kind, addedAt, addedBy) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [meetingID, try caseID(application), position + 1, AgendaKind.review.rawValue, Store.now(), login])
        }
        for opinion in meeting.opinions {
            try db.execute(
                sql: "INSERT INTO opinion (meetingId, caseId, member, verdict, comment, typedBy, givenAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [meetingID, try caseID(opinion.application), opinion.member, opinion.verdict.rawValue, opinion.comment, opinion.member, Store.now()])
        }
    }

    static func readManifest(_ text: String) throws(DocumentReadError) -> Manifest {
        try JSONReader.readDocument(text) { reader throws(DataError) in
            let object = try reader.object()
            try object.requireSchema(schema)
            let cases = try object.required("cases").array().map { reader throws(DataError) in try readCase(reader) }
            let meetings = try object.optional("meetings")?.array().map { reader throws(DataError) in try readMeeting(reader) } ?? []
            try object.finish()
            var numbers = Set<String>()
            for demo in cases {
                if let number = demo.certificate?.number, !numbers.insert(number).inserted {
                    throw DataError(path: JSONPath([.key("cases")]), message: LocalizedText(
                        ja: "認定番号「\(number)」が重複しています", en: "certificate number \"\(number)\" appears twice"))
                }
            }
            return Manifest(cases: cases, meetings: meetings)
        }
    }

    private static func readMeeting(_ reader: JSONReader) throws(DataError) -> Meeting {
        let object = try reader.object()
        let meeting = Meeting(
            date: try object.required("date").isoDate(),
            place: try object.required("place").string(),
            agenda: try object.required("agenda").array().map { reader throws(DataError) in try reader.string() },
            opinions: try object.optional("opinions")?.array().map { reader throws(DataError) in
                let opinion = try reader.object()
                let verdictReader = try opinion.required("verdict")
                let verdictText = try verdictReader.string()
                guard let verdict = OpinionVerdict(rawValue: verdictText) else {
                    throw verdictReader.fail(LocalizedText(ja: "approve、reject、moreInfo のどれかです", en: "must be approve, reject or moreInfo"))
                }
                let result = Opinion(
                    application: try opinion.required("application").string(), member: try opinion.required("member").string(),
                    verdict: verdict, comment: try opinion.required("comment").string())
                try opinion.finish()
                return result
            } ?? [])
        try object.finish()
        return meeting
    }

    private static func readCase(_ reader: JSONReader) throws(DataError) -> DemoCase {
        let object = try reader.object()
        func date(_ key: String) throws(DataError) -> LocalDate? {
            try object.optional(key)?.isoDate()
        }
        let application = try object.required("application").string()
        let status = try object.required("status").oneOf(CaseStatus.self)
        let officer = try object.required("officer").string()
        let submittedOn = try date("submittedOn")
        let decidedOn = try date("decidedOn")
        let certificate = try object.optional("certificate").map { reader throws(DataError) -> Certificate in
            let fields = try reader.object()
            let result = Certificate(
                number: try fields.required("number").string(),
                issuedOn: try fields.required("issuedOn").isoDate(),
                validUntil: try fields.required("validUntil").isoDate())
            try fields.finish()
            return result
        }
        let contacts = try object.optional("contacts")?.array().map { reader throws(DataError) -> Contact in
            let fields = try reader.object()
            let result = Contact(
                date: try fields.required("date").isoDate(),
                channel: try fields.required("channel").oneOf(ContactChannel.self),
                note: try fields.required("note").string())
            try fields.finish()
            return result
        } ?? []
        let reviews = try object.optional("findingReviews")?.array().map { reader throws(DataError) -> Review in
            let fields = try reader.object()
            let result = Review(item: try fields.optional("item")?.string(), code: try fields.required("code").string(), reason: try fields.required("reason").string())
            try fields.finish()
            return result
        } ?? []
        try object.finish()
        return DemoCase(
            application: application, status: status, officer: officer, submittedOn: submittedOn, decidedOn: decidedOn,
            certificate: certificate, contacts: contacts, reviews: reviews)
    }
}
