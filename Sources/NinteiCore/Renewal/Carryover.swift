/// Carries the answers of a document on one checklist version onto another through a mapping,
/// and says, item by item, what was carried and what was not, and why. Pure: the renewal draft
/// and the comparison of two documents both use it.
public enum Carryover {
    public struct Result: Sendable {
        public let answers: [String: Answer]
        public let declarations: [String: Bool]
        public let certifications: [ExternalCertification]
        public let report: CarryOverReport
    }

    public static func carry(
        _ document: ApplicationDocument, source: Checklist, target: Checklist, mapping: ChecklistMapping
    ) throws(RenewalError) -> Result {
        guard mapping.from == source.id, mapping.to == target.id, document.checklistID == source.id else {
            throw RenewalError(LocalizedText(
                ja: "対応表（\(mapping.from) → \(mapping.to)）はこの文書（\(document.checklistID) → \(target.id)）に使えません",
                en: "the mapping \(mapping.from) → \(mapping.to) does not fit this document (\(document.checklistID) → \(target.id))"))
        }
        let readers = Readers(mapping)
        var answers: [String: Answer] = [:]
        var entries: [CarryOverReport.Entry] = []
        for item in target.items {
            guard let itemMapping = mapping.mapping(for: item.id) else {
                entries.append(CarryOverReport.Entry(
                    item: item.id, status: .new, from: [], carried: [], notCarried: [], note: mapping.newItem(item.id)?.note))
                continue
            }
            var trimmed: [LocalizedText] = []
            let answer = carryItem(itemMapping, into: item, document: document, trimmed: &trimmed)
            let present = itemMapping.from.contains { document.answers[$0] != nil }
            if let answer, present, answer != Answer() || mapping.from == mapping.to {
                answers[item.id] = answer
            }
            let lost = itemMapping.from.flatMap { readers.lost(in: document.answers[$0], of: $0, source: source) } + trimmed
            let hadContent = itemMapping.from.contains { Describe.hasContent(document.answers[$0]) }
            let carried = answer.map { Describe.content($0, item: item) } ?? []
            let status: CarryOverReport.Status
            if !hadContent {
                status = .empty
            } else if carried.isEmpty {
                status = .notCarried
            } else {
                status = lost.isEmpty ? .carried : .partly
            }
            entries.append(CarryOverReport.Entry(
                item: item.id, status: status, from: itemMapping.from, carried: carried, notCarried: lost, note: itemMapping.note))
        }
        let dropped = mapping.dropped.compactMap { note -> CarryOverReport.Dropped? in
            guard let answer = document.answers[note.item], Describe.hasContent(answer), let item = source.item(note.item) else { return nil }
            return CarryOverReport.Dropped(item: note.item, lost: Describe.content(answer, item: item), note: note.note)
        }

        var declarations: [String: Bool] = [:]
        var header: [LocalizedText] = []
        for (id, value) in document.declarations.sorted(by: { $0.key < $1.key }) {
            if target.declarations.contains(where: { $0.id == id }) {
                declarations[id] = value
            } else {
                header.append(LocalizedText(ja: "申告「\(id)」は \(target.id) にありません", en: "the declaration \"\(id)\" is not on \(target.id)"))
            }
        }
        var certifications: [ExternalCertification] = []
        for certification in document.certifications {
            if let scheme = target.certificationSchemes.first(where: { $0.id == certification.scheme }) {
                var copy = ExternalCertification(scheme: scheme.id)
                switch scheme.detail {
                case .category: copy.category = certification.category ?? certification.number
                case .number: copy.number = certification.number ?? certification.category
                }
                certifications.append(copy)
            } else {
                header.append(LocalizedText(
                    ja: "外部認証「\(certification.scheme)」は \(target.id) の表頭にありません",
                    en: "the certification \"\(certification.scheme)\" is not in the header of \(target.id)"))
            }
        }
        let report = CarryOverReport(
            from: source.id, to: target.id, entries: entries, dropped: dropped, header: header)
        return Result(answers: answers, declarations: declarations, certifications: certifications, report: report)
    }

    private static func carryItem(
        _ mapping: ItemMapping, into item: ChecklistItem, document: ApplicationDocument, trimmed: inout [LocalizedText]
    ) -> Answer? {
        var answer = Answer()
        for carry in mapping.carry {
            switch carry {
            case .text(let sources):
                answer.text = text(sources, document)
            case .options(let choices, let otherText):
                let field = item.optionsField!
                var ticked = Set<String>()
                var anyPresent = false
                for (choice, sources) in choices {
                    for source in sources {
                        let sourceAnswer = document.answers[source.item]
                        if let option = source.option {
                            if sourceAnswer?.options != nil { anyPresent = true }
                            if sourceAnswer?.options?.contains(option) == true { ticked.insert(choice) }
                        } else if sourceAnswer?.mark == .check {
                            ticked.insert(choice)
                        }
                    }
                }
                let ordered = field.choices.map(\.id).filter(ticked.contains)
                answer.options = ordered.isEmpty && !anyPresent ? nil : ordered
                answer.otherText = text(otherText, document)
            case .table(let key, let from, let columns):
                guard let table = item.yearFigures(key) else { continue }
                var rows: [FigureRow] = []
                var anyPresent = false
                for source in from {
                    guard let sourceAnswer = document.answers[source.item],
                          let sourceRows = source.key == .usage ? sourceAnswer.usage : sourceAnswer.figures else { continue }
                    anyPresent = true
                    for sourceRow in sourceRows {
                        var values: [String: Double] = [:]
                        for (column, names) in columns {
                            let present = names.compactMap { sourceRow[$0] }
                            if !present.isEmpty { values[column] = present.reduce(0, +) }
                        }
                        if let index = rows.firstIndex(where: { $0.year == sourceRow.year }) {
                            for (column, value) in values { rows[index].values[column] = (rows[index].values[column] ?? 0) + value }
                        } else {
                            rows.append(FigureRow(year: sourceRow.year, values: values))
                        }
                    }
                }
                guard anyPresent else { continue }
                if from.count > 1 { rows.sort { $0.year < $1.year } }
                if rows.count > table.rows {
                    let kept = Set(rows.map(\.year).sorted(by: >).prefix(table.rows))
                    let dropped = rows.map(\.year).filter { !kept.contains($0) }.sorted()
                    rows = rows.filter { kept.contains($0.year) }
                    let years = dropped.map(String.init).joined(separator: ", ")
                    trimmed.append(LocalizedText(
                        ja: "\(key.rawValue) の \(years)年（新様式の欄は \(table.rows) 年分で、新しい年を残しました）",
                        en: "\(key.rawValue) of \(years) (the form has room for \(table.rows) years; the latest are kept)"))
                }
                if key == .usage { answer.usage = rows } else { answer.figures = rows }
            case .managers(let from, let men, let women):
                guard let sourceAnswer = document.answers[from.item] else { continue }
                if from.key == .managers {
                    answer.managers = sourceAnswer.managers
                    continue
                }
                let rows = sourceAnswer.rows(from.key).filter { row in (men + women).contains { row[$0] != nil } }
                guard let latest = rows.max(by: { $0.year < $1.year }) else { continue }
                let sum = { (names: [String]) in Int(names.compactMap { latest[$0] }.reduce(0, +)) }
                answer.managers = GenderCount(men: sum(men), women: sum(women))
                let older = rows.map(\.year).filter { $0 != latest.year }.sorted()
                if !older.isEmpty {
                    let years = older.map(String.init).joined(separator: ", ")
                    trimmed.append(LocalizedText(
                        ja: "\(from.item) の \(years)年の管理職内訳（新様式は直近の \(latest.year)年だけ）",
                        en: "managers of \(years) from \(from.item) (the new form takes the latest year, \(latest.year))"))
                }
            case .sdgs(let items):
                let lists = items.compactMap { document.answers[$0]?.sdgs }
                guard !lists.isEmpty else { continue }
                var goals: [Int] = []
                for goal in lists.joined() where !goals.contains(goal) { goals.append(goal) }
                answer.sdgs = goals
            }
        }
        let marks = mapping.from.compactMap { document.answers[$0]?.mark }
        switch mapping.mark {
        case .copy:
            if marks.contains(.check) {
                answer.mark = .check
            } else if marks.contains(.na) && item.allowsNA {
                answer.mark = .na
            }
        case .fromOptions:
            if let field = item.optionsField, (answer.options?.count ?? 0) >= field.minimum { answer.mark = .check }
        case .blank:
            break
        }
        return answer
    }

    private static func text(_ sources: [ValueSource], _ document: ApplicationDocument) -> String? {
        let texts = sources.compactMap { source -> String? in
            let answer = document.answers[source.item]
            return source.field == .text ? answer?.text : answer?.otherText
        }
        guard !texts.isEmpty else { return nil }
        return texts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// What of each source item the whole mapping reads, to find what goes nowhere.
    struct Readers {
        var texts = Set<String>()
        var otherTexts = Set<String>()
        var options = Set<String>()
        var marks = Set<String>()
        var columns: [String: Set<String>] = [:]
        var managers = Set<String>()
        var sdgs = Set<String>()

        init(_ mapping: ChecklistMapping) {
            for item in mapping.items {
                // A source ✓ is carried by a copied mark, or through the options that decide a fromOptions mark.
                if item.mark == .copy { marks.formUnion(item.from) }
                if item.mark == .fromOptions {
                    for carry in item.carry where carry.key == .options { marks.formUnion(carry.sourceItems) }
                }
                for carry in item.carry {
                    switch carry {
                    case .text(let sources):
                        add(sources)
                    case .options(let choices, let otherText):
                        for source in choices.flatMap(\.sources) {
                            if let option = source.option { options.insert(source.item + "|" + option) } else { marks.insert(source.item) }
                        }
                        add(otherText)
                    case .table(_, let from, let mapped):
                        for source in from {
                            columns[source.item + "|" + source.key.rawValue, default: []].formUnion(mapped.flatMap(\.sources))
                        }
                    case .managers(let from, let men, let women):
                        if from.key == .managers {
                            managers.insert(from.item)
                        } else {
                            columns[from.item + "|" + from.key.rawValue, default: []].formUnion(men + women)
                        }
                    case .sdgs(let items):
                        sdgs.formUnion(items)
                    }
                }
            }
        }

        private mutating func add(_ sources: [ValueSource]) {
            for source in sources {
                if source.field == .text { texts.insert(source.item) } else { otherTexts.insert(source.item) }
            }
        }

        /// The parts of a source answer that no carry reads.
        func lost(in answer: Answer?, of item: String, source: Checklist) -> [LocalizedText] {
            guard let answer, let definition = source.item(item) else { return [] }
            var lost: [LocalizedText] = []
            if answer.mark == .check && !marks.contains(item) {
                lost.append(LocalizedText(ja: "\(item) の✓", en: "the ✓ of \(item)"))
            }
            if let text = answer.text, !text.isEmpty, !texts.contains(item) {
                lost.append(LocalizedText(ja: "\(item) の記載「\(Describe.short(text))」", en: "the text of \(item), \"\(Describe.short(text))\""))
            }
            let unread = (answer.options ?? []).filter { !options.contains(item + "|" + $0) }
            if !unread.isEmpty {
                lost.append(LocalizedText(
                    ja: "\(item) の選択肢 \(unread.joined(separator: ", "))", en: "option \(unread.joined(separator: ", ")) of \(item)"))
            }
            if let other = answer.otherText, !other.isEmpty, !otherTexts.contains(item) {
                lost.append(LocalizedText(ja: "\(item) の「その他」の記載「\(Describe.short(other))」", en: "the other text of \(item), \"\(Describe.short(other))\""))
            }
            for field in definition.evidence {
                guard field.key == .figures || field.key == .usage else { continue }
                let rows = answer.rows(field.key)
                guard !rows.isEmpty else { continue }
                let read = columns[item + "|" + field.key.rawValue]
                let present = Set(rows.flatMap(\.values.keys))
                let unreadColumns = present.subtracting(read ?? []).sorted()
                if read == nil {
                    lost.append(LocalizedText(
                        ja: "\(item) の \(field.label.ja)（\(Describe.years(rows))）", en: "\(field.label.en) of \(item) (\(Describe.years(rows)))"))
                } else if !unreadColumns.isEmpty {
                    lost.append(LocalizedText(
                        ja: "\(item) の列 \(unreadColumns.joined(separator: ", "))", en: "column \(unreadColumns.joined(separator: ", ")) of \(item)"))
                }
            }
            if answer.managers != nil, !managers.contains(item) {
                lost.append(LocalizedText(ja: "\(item) の管理職内訳", en: "the managers of \(item)"))
            }
            if let goals = answer.sdgs, !goals.isEmpty, !sdgs.contains(item) {
                lost.append(LocalizedText(ja: "\(item) の SDGs 目標", en: "the SDG goals of \(item)"))
            }
            return lost
        }
    }
}

/// Why a renewal draft or a comparison could not be made.
public struct RenewalError: Error, Sendable, Equatable {
    public let reason: LocalizedText

    public init(_ reason: LocalizedText) {
        self.reason = reason
    }

    public func text(_ language: Language) -> String {
        reason.text(language)
    }
}

/// Short descriptions of an answer's content, for reports.
enum Describe {
    static func hasContent(_ answer: Answer?) -> Bool {
        guard let answer else { return false }
        return answer.mark != .blank || !content(answer, item: nil).isEmpty
    }

    static func content(_ answer: Answer, item: ChecklistItem?) -> [LocalizedText] {
        var parts: [LocalizedText] = []
        switch answer.mark {
        case .check: parts.append(LocalizedText(ja: "✓", en: "✓"))
        case .na: parts.append(LocalizedText(ja: "「-」", en: "\"-\""))
        case .blank: break
        }
        func label(_ key: EvidenceKey, _ fallback: LocalizedText) -> LocalizedText {
            item?.evidence.first { $0.key == key }?.label ?? fallback
        }
        if let text = answer.text, !text.isEmpty {
            let name = label(.text, LocalizedText(ja: "記載", en: "text"))
            parts.append(LocalizedText(ja: "\(name.ja)「\(short(text))」", en: "\(name.en) \"\(short(text))\""))
        }
        if let options = answer.options, !options.isEmpty {
            parts.append(LocalizedText(ja: "選択肢 \(options.joined(separator: ", "))", en: "options \(options.joined(separator: ", "))"))
        }
        if let other = answer.otherText, !other.isEmpty {
            parts.append(LocalizedText(ja: "その他「\(short(other))」", en: "other \"\(short(other))\""))
        }
        for key in [EvidenceKey.figures, .usage] {
            let rows = answer.rows(key)
            if !rows.isEmpty {
                let name = label(key, LocalizedText(ja: key.rawValue, en: key.rawValue))
                parts.append(LocalizedText(ja: "\(name.ja)（\(years(rows))）", en: "\(name.en) (\(years(rows)))"))
            }
        }
        if let managers = answer.managers {
            parts.append(LocalizedText(
                ja: "管理職 男性\(managers.men)人・女性\(managers.women)人", en: "managers: \(managers.men) men, \(managers.women) women"))
        }
        if let goals = answer.sdgs, !goals.isEmpty {
            let list = goals.map(String.init).joined(separator: ", ")
            parts.append(LocalizedText(ja: "SDGs \(list)", en: "SDGs \(list)"))
        }
        return parts
    }

    static func years(_ rows: [FigureRow]) -> String {
        rows.map { String($0.year) }.joined(separator: ", ")
    }

    static func short(_ text: String, limit: Int = 24) -> String {
        let flat = String(text.map { $0 == "\n" ? " " : $0 })
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
