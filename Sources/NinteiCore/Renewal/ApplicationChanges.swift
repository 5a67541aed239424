/// What changed between two applications of a firm (the last certified one and its renewal, or
/// two states of one case), section by section and item by item: marks, options, figures by
/// year, texts, and the firm's header. Documents on different checklist versions are compared
/// on the later one's items: the earlier document is first carried over through the mapping.
public struct ApplicationChanges: Sendable, Equatable, Codable {
    /// A field of the header (firm profile, declarations, certifications) before and after; nil = absent.
    public struct HeaderChange: Sendable, Equatable, Codable {
        public let field: LocalizedText
        public let before: String?
        public let after: String?
    }

    public struct SectionChanges: Sendable, Equatable, Codable {
        public let section: String
        public let title: LocalizedText
        public let items: [ItemChanges]
    }

    public struct ItemChanges: Sendable, Equatable, Codable {
        public let item: String
        public let changes: [AnswerChange]
    }

    public enum AnswerChange: Sendable, Equatable, Codable {
        case mark(before: Mark, after: Mark)
        case text(before: String?, after: String?)
        case otherText(before: String?, after: String?)
        case options(added: [String], removed: [String])
        /// One cell of a year × figures table (`figures` or `usage`); nil = empty.
        case figure(key: EvidenceKey, year: Int, column: String, before: Double?, after: Double?)
        case managers(before: GenderCount?, after: GenderCount?)
        case sdgs(added: [Int], removed: [Int])
    }

    /// The version the items are compared on (the later document's).
    public let checklistID: String
    public let beforeChecklistID: String
    public let header: [HeaderChange]
    /// Only the sections and items that changed, in paper order.
    public let sections: [SectionChanges]
    /// How the earlier document was carried onto the later version, when the versions differ.
    public let carryOver: CarryOverReport?

    public var isEmpty: Bool { header.isEmpty && sections.isEmpty }

    public func changes(_ item: String) -> [AnswerChange] {
        sections.lazy.flatMap(\.items).first { $0.item == item }?.changes ?? []
    }

    public static func compare(
        before: ApplicationDocument, after: ApplicationDocument, checklists: ChecklistLibrary, mappings: ChecklistMappingLibrary
    ) throws(RenewalError) -> ApplicationChanges {
        let (source, target, mapping) = try RenewalDraft.resolve(
            from: before.checklistID, to: after.checklistID, checklists: checklists, mappings: mappings)
        var earlier = before.answers
        var report: CarryOverReport?
        if source.id != target.id {
            let carried = try Carryover.carry(before, source: source, target: target, mapping: mapping)
            earlier = carried.answers
            report = carried.report
        }
        let sections = target.sections.compactMap { section -> SectionChanges? in
            let items = section.items.compactMap { item -> ItemChanges? in
                let changes = compare(earlier[item.id] ?? Answer(), after.answer(item.id))
                return changes.isEmpty ? nil : ItemChanges(item: item.id, changes: changes)
            }
            return items.isEmpty ? nil : SectionChanges(section: section.id, title: section.title, items: items)
        }
        return ApplicationChanges(
            checklistID: target.id, beforeChecklistID: source.id, header: header(before, after, target), sections: sections, carryOver: report)
    }

    static func compare(_ before: Answer, _ after: Answer) -> [AnswerChange] {
        var changes: [AnswerChange] = []
        if before.mark != after.mark { changes.append(.mark(before: before.mark, after: after.mark)) }
        if nonEmpty(before.text) != nonEmpty(after.text) { changes.append(.text(before: nonEmpty(before.text), after: nonEmpty(after.text))) }
        let beforeOptions = before.options ?? []
        let afterOptions = after.options ?? []
        let added = afterOptions.filter { !beforeOptions.contains($0) }
        let removed = beforeOptions.filter { !afterOptions.contains($0) }
        if !added.isEmpty || !removed.isEmpty { changes.append(.options(added: added, removed: removed)) }
        if nonEmpty(before.otherText) != nonEmpty(after.otherText) {
            changes.append(.otherText(before: nonEmpty(before.otherText), after: nonEmpty(after.otherText)))
        }
        for key in [EvidenceKey.figures, .usage] {
            let old = before.rows(key)
            let new = after.rows(key)
            var years: [Int] = []
            for year in (old + new).map(\.year).sorted() where !years.contains(year) { years.append(year) }
            for year in years {
                let oldRow = old.first { $0.year == year }
                let newRow = new.first { $0.year == year }
                var columns: [String] = []
                for column in (oldRow?.values.keys.sorted() ?? []) + (newRow?.values.keys.sorted() ?? []) where !columns.contains(column) {
                    columns.append(column)
                }
                for column in columns where oldRow?[column] != newRow?[column] {
                    changes.append(.figure(key: key, year: year, column: column, before: oldRow?[column], after: newRow?[column]))
                }
            }
        }
        if before.managers != after.managers { changes.append(.managers(before: before.managers, after: after.managers)) }
        let oldGoals = before.sdgs ?? []
        let newGoals = after.sdgs ?? []
        let goalsAdded = newGoals.filter { !oldGoals.contains($0) }
        let goalsRemoved = oldGoals.filter { !newGoals.contains($0) }
        if !goalsAdded.isEmpty || !goalsRemoved.isEmpty { changes.append(.sdgs(added: goalsAdded, removed: goalsRemoved)) }
        return changes
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func header(_ before: ApplicationDocument, _ after: ApplicationDocument, _ target: Checklist) -> [HeaderChange] {
        var changes: [HeaderChange] = []
        func field(_ ja: String, _ en: String, _ old: String?, _ new: String?) {
            let old = nonEmpty(old)
            let new = nonEmpty(new)
            if old != new { changes.append(HeaderChange(field: LocalizedText(ja: ja, en: en), before: old, after: new)) }
        }
        let a = before.firm
        let b = after.firm
        field("事業者名", "firm name", a.name, b.name)
        field("法人番号", "corporate number", a.corporateNumber, b.corporateNumber)
        field("フリガナ", "reading", a.kana, b.kana)
        field("所在地", "address", a.address, b.address)
        field("業種", "industry", a.industry, b.industry)
        field("従業員数", "employees", a.employees.map(String.init), b.employees.map(String.init))
        field("代表者", "representative", a.representative, b.representative)
        field("担当者", "contact", a.contactName, b.contactName)
        field("電話", "phone", a.phone, b.phone)
        field("メール", "e-mail", a.email, b.email)
        let yes = { (value: Bool?) -> String? in value.map { $0 ? "✓" : "×" } }
        for declaration in target.declarations {
            field(declaration.label.ja, declaration.label.en, yes(before.declarations[declaration.id]), yes(after.declarations[declaration.id]))
        }
        var schemes: [String] = []
        for scheme in (before.certifications + after.certifications).map(\.scheme) where !schemes.contains(scheme) { schemes.append(scheme) }
        for scheme in schemes {
            let label = target.certificationSchemes.first { $0.id == scheme }?.label ?? LocalizedText(ja: scheme, en: scheme)
            let describe = { (list: [ExternalCertification]) -> String? in
                list.first { $0.scheme == scheme }.map { $0.category ?? $0.number ?? "✓" }
            }
            field(label.ja, label.en, describe(before.certifications), describe(after.certifications))
        }
        return changes
    }

    /// The changes as plain text, one line per change, for tests, the command line and the screen.
    public func text(_ language: Language, checklist: Checklist) -> String {
        var lines: [String] = []
        if checklistID != beforeChecklistID {
            lines.append(CoreText.changesAcrossVersions(from: beforeChecklistID, to: checklistID).text(language))
        } else {
            lines.append(CoreText.changesHeading(checklistID).text(language))
        }
        if isEmpty {
            lines.append(CoreText.nothingChanged.text(language))
            return lines.joined(separator: "\n") + "\n"
        }
        let none = "—"
        if !header.isEmpty {
            lines.append(CoreText.changesHeader.text(language))
            for change in header {
                lines.append("  \(change.field.text(language)): \(change.before ?? none) → \(change.after ?? none)")
            }
        }
        for section in sections {
            lines.append("[\(section.section) \(section.title.text(language))]")
            for item in section.items {
                let definition = checklist.item(item.item)
                var index = 0
                while index < item.changes.count {
                    // The cells of one year of one table on one line.
                    if case .figure(let key, let year, _, _, _) = item.changes[index] {
                        var cells: [String] = []
                        while index < item.changes.count, case .figure(key, year, _, _, _) = item.changes[index] {
                            cells.append(Self.describe(item.changes[index], item: definition, language: language, withYear: false))
                            index += 1
                        }
                        lines.append("  \(item.item) " + CoreText.yearPrefix(year).text(language) + cells.joined(separator: CoreText.changeSeparator.text(language)))
                        continue
                    }
                    lines.append("  \(item.item) " + Self.describe(item.changes[index], item: definition, language: language))
                    index += 1
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ change: AnswerChange, item: ChecklistItem?, language: Language, withYear: Bool = true) -> String {
        let ja = language == .ja
        let none = "—"
        func mark(_ mark: Mark) -> String {
            switch mark {
            case .check: return "✓"
            case .blank: return CoreText.blankMark.text(language)
            case .na: return "-"
            }
        }
        func quoted(_ text: String?) -> String {
            text.map { CoreText.quoted(Describe.short($0, limit: 40)).text(language) } ?? none
        }
        func list(_ added: [String], _ removed: [String]) -> String {
            (added.map { "+" + $0 } + removed.map { "−" + $0 }).joined(separator: " ")
        }
        switch change {
        case .mark(let before, let after):
            return CoreText.changedMark.text(language) + "\(mark(before)) → \(mark(after))"
        case .text(let before, let after):
            let label = item?.evidence.first { $0.key == .text }?.label.text(language) ?? CoreText.changedText.text(language)
            return "\(label): \(quoted(before)) → \(quoted(after))"
        case .otherText(let before, let after):
            return CoreText.changedOtherInitiative.text(language) + "\(quoted(before)) → \(quoted(after))"
        case .options(let added, let removed):
            return CoreText.changedOptions.text(language) + list(added, removed)
        case .figure(let key, let year, let column, let before, let after):
            let definition = item?.yearFigures(key)?.column(column)
            let label = definition?.label.text(language) ?? column
            let unit = definition.map { ja ? $0.unit.ja : " " + $0.unit.en } ?? ""
            let value = { (number: Double?) in number.map { $0.plainText + unit } ?? none }
            let prefix = withYear ? CoreText.yearPrefix(year).text(language) : ""
            return prefix + "\(label): \(value(before)) → \(value(after))"
        case .managers(let before, let after):
            let value = { (count: GenderCount?) -> String in
                guard let count else { return none }
                return CoreText.menAndWomen(count).text(language)
            }
            return CoreText.changedManagers.text(language) + "\(value(before)) → \(value(after))"
        case .sdgs(let added, let removed):
            return "SDGs: " + list(added.map(String.init), removed.map(String.init))
        }
    }
}
