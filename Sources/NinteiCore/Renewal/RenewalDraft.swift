/// A renewal application started from the last certified one (DOMAIN.md 6, 7): the firm's
/// profile, declarations and external certifications copied, the answers carried onto the
/// target form through the mapping, `receivedOn` left for the officer, and a report of what was
/// carried and what was not.
public struct RenewalDraft: Sendable, Codable {
    public let document: ApplicationDocument
    public let report: CarryOverReport

    public static func make(
        from previous: ApplicationDocument, previousCertificate: String?, source: Checklist, target: Checklist, mapping: ChecklistMapping
    ) throws(RenewalError) -> RenewalDraft {
        let carried = try Carryover.carry(previous, source: source, target: target, mapping: mapping)
        let document = ApplicationDocument(
            checklistID: target.id, kind: .renewal, previousCertificate: previousCertificate, receivedOn: nil,
            firm: previous.firm, declarations: carried.declarations, certifications: carried.certifications, answers: carried.answers)
        // The draft must be a document the reader accepts, exactly as an imported one.
        do throws(DocumentReadError) {
            let library = ChecklistLibrary([target])
            _ = try ApplicationReader.read(ApplicationWriter.text(document, checklist: target), checklists: library)
        } catch {
            throw RenewalError(LocalizedText(
                ja: "更新の下書きが申請書の形式に合いません（対応表を確認してください）: \(error.text(.ja))",
                en: "the renewal draft does not fit the application format (check the mapping): \(error.text(.en))"))
        }
        return RenewalDraft(document: document, report: carried.report.with(previousCertificate: previousCertificate))
    }

    /// The same, looking the versions and the mapping up by id; `targetID` nil means the version that replaces the
    /// previous one's (`ChecklistMappingLibrary.successor`).
    public static func make(
        from previous: ApplicationDocument, previousCertificate: String?, to targetID: String? = nil,
        checklists: ChecklistLibrary, mappings: ChecklistMappingLibrary
    ) throws(RenewalError) -> RenewalDraft {
        let (source, target, mapping) = try resolve(from: previous.checklistID, to: targetID ?? mappings.successor(of: previous.checklistID),
                                                     checklists: checklists, mappings: mappings)
        return try make(from: previous, previousCertificate: previousCertificate, source: source, target: target, mapping: mapping)
    }

    static func resolve(
        from sourceID: String, to targetID: String, checklists: ChecklistLibrary, mappings: ChecklistMappingLibrary
    ) throws(RenewalError) -> (Checklist, Checklist, ChecklistMapping) {
        for id in [sourceID, targetID] where checklists.checklist(id) == nil {
            throw RenewalError(LocalizedText(ja: "チェックシート「\(id)」は知りません", en: "unknown checklist \"\(id)\""))
        }
        guard let mapping = mappings.mapping(from: sourceID, to: targetID, checklists: checklists) else {
            throw RenewalError(LocalizedText(
                ja: "\(sourceID) から \(targetID) への対応表がありません（data/checklists/mappings/）",
                en: "there is no mapping from \(sourceID) to \(targetID) (data/checklists/mappings/)"))
        }
        return (checklists.checklist(sourceID)!, checklists.checklist(targetID)!, mapping)
    }
}

/// Item by item, what a carry-over took from the previous application and what it left behind.
public struct CarryOverReport: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        /// Everything the previous answers held was carried.
        case carried
        /// Some of it was carried; `notCarried` says what was not.
        case partly
        /// The previous answers held something, but none of it could be carried (see the note).
        case notCarried
        /// The previous answers of this item were blank.
        case empty
        /// An item with no counterpart on the previous form: for the officer to fill in.
        case new

        public var label: LocalizedText {
            switch self {
            case .carried: return LocalizedText(ja: "引き継ぎ", en: "carried")
            case .partly: return LocalizedText(ja: "一部引き継ぎ", en: "partly carried")
            case .notCarried: return LocalizedText(ja: "引き継げず", en: "not carried")
            case .empty: return LocalizedText(ja: "前回空欄", en: "blank before")
            case .new: return LocalizedText(ja: "新しい項目", en: "new item")
            }
        }
    }

    public struct Entry: Sendable, Equatable, Codable {
        /// The item of the new document.
        public let item: String
        public let status: Status
        /// The previous form's items it takes its answer from.
        public let from: [String]
        /// What the new answer holds.
        public let carried: [LocalizedText]
        /// What the previous answers held that the new one does not.
        public let notCarried: [LocalizedText]
        public let note: LocalizedText?
    }

    /// A previous answer on an item that has no place on the new form.
    public struct Dropped: Sendable, Equatable, Codable {
        public let item: String
        public let lost: [LocalizedText]
        public let note: LocalizedText
    }

    public let from: String
    public let to: String
    public var previousCertificate: String?
    /// Every item of the new form, in paper order.
    public let entries: [Entry]
    /// Answered items of the previous form that were not carried anywhere.
    public let dropped: [Dropped]
    /// Declarations and external certifications of the header that were not carried.
    public let header: [LocalizedText]

    init(from: String, to: String, previousCertificate: String? = nil, entries: [Entry], dropped: [Dropped], header: [LocalizedText]) {
        self.from = from
        self.to = to
        self.previousCertificate = previousCertificate
        self.entries = entries
        self.dropped = dropped
        self.header = header
    }

    func with(previousCertificate: String?) -> CarryOverReport {
        var copy = self
        copy.previousCertificate = previousCertificate
        return copy
    }

    public func entry(_ item: String) -> Entry? {
        entries.first { $0.item == item }
    }

    public func count(_ status: Status) -> Int {
        entries.filter { $0.status == status }.count
    }

    /// The report as plain text: a heading, one line per item, what was not carried and why.
    public func text(_ language: Language, notes: Bool = true) -> String {
        let separator = CoreText.changeSeparator.text(language)
        var lines: [String] = []
        let certificate = previousCertificate.map { CoreText.previousCertificate($0).text(language) } ?? ""
        lines.append(CoreText.carriedOver(from: from, to: to, certificate: certificate).text(language))
        let counts = Status.allCases.map { "\($0.label.text(language)) \(count($0))" }.joined(separator: separator)
        lines.append(counts)
        let width = entries.map(\.item.count).max() ?? 0
        for entry in entries {
            let id = entry.item.padded(to: width + 1)
            var line = "  \(id)\(entry.status.label.text(language))"
            if !entry.from.isEmpty && entry.from != [entry.item] {
                line += CoreText.carriedFrom(entry.from.joined(separator: ", ")).text(language)
            }
            if !entry.carried.isEmpty {
                line += ": " + entry.carried.map { $0.text(language) }.joined(separator: separator)
            }
            lines.append(line)
            if !entry.notCarried.isEmpty {
                lines.append("      " + CoreText.notCarried.text(language) + entry.notCarried.map { $0.text(language) }.joined(separator: separator))
            }
            if notes, let note = entry.note, entry.status != .empty {
                lines.append("      " + CoreText.note.text(language) + note.text(language))
            }
        }
        if !dropped.isEmpty {
            lines.append(CoreText.droppedAnswers.text(language))
            for item in dropped {
                lines.append("  \(item.item): " + item.lost.map { $0.text(language) }.joined(separator: separator))
                if notes { lines.append("      " + CoreText.note.text(language) + item.note.text(language)) }
            }
        }
        for line in header {
            lines.append(line.text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func padded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
