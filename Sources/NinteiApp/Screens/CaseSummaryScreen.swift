import NinteiCore
import NinteiStore
import NinteiTerminal

/// One case, read-only, as the committee packet would show it: the firm's profile, where the
/// case stands, the rule result section by section, the findings and the strengths. Any role
/// may read it; nothing here changes the case.
final class CaseSummaryScreen: Screen {
    private let store: any OfficeService
    private let caseID: Int64
    private let language: Language
    private var snapshot: CaseSnapshot?
    private var evaluation: Evaluation?
    private var contactCount = 0
    private var loadError: String?
    private(set) var top = 0
    private var lastHeight = 10

    init(store: any OfficeService, caseID: Int64, language: Language) {
        self.store = store
        self.caseID = caseID
        self.language = language
    }

    var title: LocalizedText {
        guard let name = snapshot?.document.firm.name else { return UIText.summaryTitle(caseID) }
        return LocalizedText(ja: UIText.summaryTitle(caseID).ja + " " + name, en: UIText.summaryTitle(caseID).en + " " + name)
    }

    enum Action: String, ScreenActionSet {
        static let namespace = "summary"
        case contacts
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.escape, .backspace], Navigation.back, label: UIText.back(language)),
            bind([.character("c")], Action.contacts, label: UIText.caseListContacts(language)),
            bind([.down, .character("j")], Navigation.down, label: UIText.down(language), statusBar: false),
            bind([.up, .character("k")], Navigation.up, label: UIText.up(language), statusBar: false),
            bind([.pageDown, .character(" ")], Navigation.pageDown, label: UIText.summaryPageDown(language)),
            bind([.pageUp], Navigation.pageUp, label: UIText.summaryPageUp(language), statusBar: false),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .contacts: return .open(ContactLogScreen(store: store, caseID: caseID, language: language))
        }
    }

    func navigate(_ move: Navigation) -> ScreenAction {
        switch move {
        case .down: top += 1
        case .up: top = max(0, top - 1)
        case .pageDown: top += max(1, lastHeight - 1)
        case .pageUp: top = max(0, top - max(1, lastHeight - 1))
        case .top, .bottom: break
        case .back: return .back
        }
        return .stay
    }

    /// The case is read again each time the summary shows (a contact may have been added).
    func becameCurrent() -> ScreenAction {
        load()
        return .stay
    }

    private func load() {
        do {
            let snapshot = try store.loadCase(caseID)
            self.snapshot = snapshot
            evaluation = store.evaluate(snapshot.document)
            contactCount = try store.contacts(caseID: caseID).count
            loadError = nil
        } catch {
            loadError = error.text(language)
        }
    }

    /// The lines of the summary for a width, with their styles.
    func lines(width: Int) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        func add(_ text: String, _ style: CellStyle = .plain, indent: String = "") {
            for (index, line) in text.wrapped(toWidth: max(1, width - indent.displayWidth)).enumerated() {
                lines.append(((index == 0 ? indent : String(repeating: " ", count: indent.displayWidth)) + line, style))
            }
        }
        func heading(_ text: LocalizedText) {
            if !lines.isEmpty { lines.append(("", .plain)) }
            lines.append((text(language), CellStyle(bold: true)))
        }
        if let loadError { add(loadError, CellStyle(color: .error)) }
        guard let snapshot else { return lines }
        let document = snapshot.document
        let firm = document.firm
        let separator = UIText.summaryFieldGap(language)

        add(firm.name + (firm.kana.map { UIText.parenthesized($0)(language) } ?? ""), CellStyle(bold: true))
        add([
            UIText.caseListStatus(language) + ": " + snapshot.status.label.text(language),
            UIText.caseListKindFilter(language) + ": " + (document.kind == .new ? UIText.caseListKindNew(language) : UIText.caseListKindRenewal(language))
                + (document.kind == .new ? "" : UIText.summaryPrevious(document.previousCertificate)(language)),
            UIText.caseListReceived(language) + ": " + (document.receivedOn?.iso ?? "—"),
            UIText.summaryChecklist(language) + ": " + document.checklistID,
        ].joined(separator: separator))
        add(UIText.summaryUpdated(language) + Store.localTime(snapshot.updatedAt) + " " + snapshot.updatedBy
            + separator + UIText.summaryContactCount(contactCount)(language), CellStyle(color: .muted))

        heading(UIText.summaryProfile)
        let profile: [(LocalizedText, String?)] = [
            (UIText.corporateNumber, firm.corporateNumber), (UIText.summaryAddress, firm.address), (UIText.summaryIndustry, firm.industry),
            (UIText.summaryEmployees, firm.employees.map { UIText.summaryPeople($0)(language) }),
            (UIText.summaryRepresentative, firm.representative), (UIText.summaryContact, firm.contactName),
            (UIText.summaryPhone, firm.phone), (UIText.summaryEmail, firm.email),
        ]
        for (label, value) in profile {
            add(label(language) + ": " + (value.flatMap { $0.isEmpty ? nil : $0 } ?? "—"), indent: "  ")
        }
        let checklist = store.checklistLibrary.checklist(document.checklistID)
        for declaration in checklist?.declarations ?? [] {
            let made = document.declarations[declaration.id] == true
            add(declaration.label.text(language) + ": " + (made ? UIText.summaryDeclared(language) : UIText.summaryNotDeclared(language)),
                made ? .plain : CellStyle(color: .warning), indent: "  ")
        }
        if !document.certifications.isEmpty {
            let names = document.certifications.map { certification -> String in
                let scheme = checklist?.certificationSchemes.first { $0.id == certification.scheme }?.label.text(language) ?? certification.scheme
                let detail = [certification.category, certification.number].compactMap { $0 }.joined(separator: " ")
                return detail.isEmpty ? scheme : scheme + UIText.parenthesized(detail)(language)
            }
            add(UIText.summaryCertifications(language) + ": " + names.joined(separator: UIText.listSeparator(language)), indent: "  ")
        }

        heading(UIText.summaryRuleResult)
        guard let evaluation else {
            add(UIText.summaryUnknownChecklist(document.checklistID)(language), CellStyle(color: .error))
            return lines
        }
        add(resultSentence(evaluation), CellStyle(bold: true, color: evaluation.qualifies ? .normal : .warning), indent: "  ")
        for section in evaluation.sections {
            let mark = section.passed == true ? "✓" : section.passed == false ? "×" : "・"
            let counts: String
            if let points = section.points {
                counts = UIText.summaryPoints(points.plainText)(language)
            } else {
                counts = UIText.summarySectionCount(checked: section.checked, of: section.countable, needed: section.needed ?? 0)(language)
            }
            add("\(mark) \(section.id) " + section.title.text(language) + "  " + counts, indent: "  ")
        }
        for note in evaluation.toConfirm {
            add("⚠ " + note.note.text(language), CellStyle(color: .warning), indent: "  ")
        }

        heading(UIText.summaryFindings(evaluation.findings.count))
        if evaluation.findings.isEmpty { add(UIText.summaryNoFindings(language), CellStyle(color: .muted), indent: "  ") }
        for finding in evaluation.findings {
            add((finding.item.map { "\($0) " } ?? "") + finding.message.text(language), indent: "・")
        }
        if !evaluation.strengths.isEmpty {
            heading(UIText.summaryStrengths)
            for strength in evaluation.strengths { add(strength.text(language), indent: "・") }
        }
        return lines
    }

    private func resultSentence(_ evaluation: Evaluation) -> String {
        let verdict = evaluation.qualifies ? UIText.summaryQualifies(language) : UIText.summaryDoesNotQualify(language)
        switch evaluation.score {
        case .sections(let passed, let needed):
            let detail = UIText.summarySectionsPassed(passed, of: evaluation.sections.count, needed: needed)(language)
            return verdict + detail
        case .points(let total, let passMark):
            return verdict + UIText.summaryTotalAgainstPassMark(total.plainText, passMark: passMark.plainText)(language)
        }
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let width = max(1, area.width - 2)
        let all = lines(width: width)
        // A longer summary keeps its last row for where the view is: "↓ 22/43".
        let scrolls = all.count > area.height
        let rows = scrolls ? max(1, area.height - 1) : area.height
        lastHeight = rows
        top = min(top, max(0, all.count - rows))
        for (offset, line) in all.dropFirst(top).prefix(rows).enumerated() {
            buffer.put(line.0, x: area.x + 1, y: area.y + offset, maxWidth: width, style: line.1)
        }
        if scrolls {
            let more = top + rows < all.count ? "↓ " : "  "
            let indicator = more + "\(min(all.count, top + rows))/\(all.count)"
            buffer.put(indicator, x: area.x + area.width - indicator.displayWidth - 1, y: area.y + area.height - 1, style: CellStyle(color: .muted))
        }
    }
}
