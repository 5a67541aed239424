import NinteiCore
import NinteiStore
import NinteiTerminal

/// The intake form of one case: the paper application page by page (profile, declarations and
/// certifications, sections 1–7), with the rule result live above it. Every field is saved
/// when it is left, checked against the case's revision, so nothing waits to be saved.
final class CaseFormScreen: Screen {
    let store: any OfficeService
    let caseID: Int64
    let language: Language
    private(set) var snapshot: CaseSnapshot
    let checklist: Checklist
    let pages: [FormPage]
    private(set) var pageIndex = 0
    private(set) var rows: [FormPageRow] = []
    /// The page's fields, their focus and scroll.
    var form = Form<FormField>([])
    var fields: [FormField] {
        get { form.inputs }
        set { form.inputs = newValue }
    }
    var focus: Int {
        get { form.focusIndex }
        set {
            form.focusIndex = newValue
            // Every time, not only on a move: a page rebuilt under the focus settles it again.
            if fields.indices.contains(newValue) { form.inputs[newValue].control.focusArrived() }
        }
    }
    private(set) var evaluation: Evaluation
    /// The case's document with the focused field as typed: what the result line and the
    /// page tabs' "!" describe.
    private(set) var documentAsTyped: ApplicationDocument
    private(set) var reviews: [FindingReview] = []
    /// The login's roles, read once when the form opens (the store checks them again on every save).
    private let roles: Set<Role>
    /// Why this login cannot change this case (not an officer, not a draft); nil when it can.
    private(set) var editRefusal: LocalizedText?
    /// Entries an earlier session could not save are offered once, when the form first shows.
    private var recoveryOffered = false
    /// What was typed into a field and not taken by the store (a conflict, a failed save, an
    /// unfinished entry): kept in the recovery folder if the form ends before it is saved.
    var unsaved: UnsavedEntry?
    let recovery: RecoveryFolder
    /// Typing the reason a finding stands.
    var reviewPrompt: (finding: Finding, reason: TextField)?
    /// Printable keys typed in a row while the focus is on a check box or an option list:
    /// not entered anywhere, and named on the status line so they are not lost unnoticed.
    var strayText = ""
    /// Verification by re-keying: the fields start empty (the first entry is not shown) and
    /// each one left is checked against the case instead of saved.
    let verifying: Bool
    /// The second entries checked in this session, by field path: leaving such a field again
    /// with the same entry asks nothing.
    var checkedEntries: [String: JSONValue?] = [:]
    /// How far the case's verification has come, for the line above the fields.
    var verification: VerificationSummary?

    init(store: any OfficeService, caseID: Int64, language: Language, recovery: RecoveryFolder = RecoveryFolder(), verifying: Bool = false) throws(StoreError) {
        self.store = store
        self.verifying = verifying
        self.recovery = recovery
        self.caseID = caseID
        self.language = language
        let opening = try store.openCase(caseID)
        let snapshot = opening.snapshot
        self.snapshot = snapshot
        guard let checklist = store.checklistLibrary.checklist(snapshot.document.checklistID) else {
            throw .refused(LocalizedText(ja: "チェックシート「\(snapshot.document.checklistID)」がありません", en: "checklist \(snapshot.document.checklistID) is missing"))
        }
        self.checklist = checklist
        pages = FormPage.all(of: checklist)
        roles = store.mode == .readOnly ? [] : opening.roles
        evaluation = Self.evaluate(snapshot.document, checklist: checklist, store: store)
        documentAsTyped = snapshot.document
        try refreshCase(snapshot, reviews: opening.reviews)
        if verifying { verification = try store.verificationSummary(caseID: caseID) }
        buildPage()
        if fields.indices.contains(focus) { fields[focus].control.focusArrived() }
    }

    func becameCurrent() -> ScreenAction {
        guard !recoveryOffered else { return .stay }
        recoveryOffered = true
        return offerRecoveredEntry()
    }

    var title: LocalizedText {
        let name = snapshot.document.firm.name
        let title = LocalizedText(ja: "申請 \(caseID) \(name)（\(snapshot.status.label.ja)）", en: "Case \(caseID) \(name) (\(snapshot.status.label.en))")
        return verifying ? UIText.verifyTitle(title) : title
    }

    var page: FormPage { pages[pageIndex] }

    // MARK: Loading

    private static func evaluate(_ document: ApplicationDocument, checklist: Checklist, store: any OfficeService) -> Evaluation {
        Evaluator.evaluate(document, checklist: checklist, context: EvaluationContext(reference: store.referenceFigures, today: LocalDate.today()))
    }

    /// Takes a newly read or saved case: its evaluation, reviews, and whether it can be edited.
    /// A saved field's document is the one evaluated as it was typed, so it is not evaluated again.
    private func refreshCase(_ snapshot: CaseSnapshot, reviews known: [FindingReview]? = nil) throws(StoreError) {
        self.snapshot = snapshot
        if snapshot.document != documentAsTyped {
            evaluation = Self.evaluate(snapshot.document, checklist: checklist, store: store)
        }
        documentAsTyped = snapshot.document
        if let known {
            reviews = known
        } else {
            reviews = try store.findingReviews(caseID: caseID)
        }
        if store.mode == .readOnly {
            editRefusal = UIText.formReadOnlyDraftOnly
        } else {
            do throws(Lifecycle.Refusal) {
                try Permissions.checkEditApplication(status: snapshot.status, roles: roles)
                editRefusal = nil
            } catch {
                editRefusal = error.reason
            }
        }
    }

    /// Builds the current page's fields and fills them from the document.
    private func buildPage() {
        let builder = FormPageBuilder(page: page, checklist: checklist, language: language, industries: store.referenceFigures.industries)
        rows = builder.rows
        fields = builder.fields
        loadFields()
        focus = min(focus, max(0, fields.count - 1))
        form.scrollToTop()
    }

    private func loadFields() {
        // Verifying, the fields hold only what the verifier typed in this session.
        let json = verifying ? JSONValue.object([]) : ApplicationWriter.json(snapshot.document, checklist: checklist)
        for index in fields.indices {
            if fields[index].isCertification {
                fields[index].loadCertification(from: json.value(at: fields[index].path))
            } else {
                fields[index].load(json.value(at: fields[index].path))
            }
            fields[index].suggestYears(before: snapshot.document.receivedOn)
        }
        FormField.settleCertifications(&fields)
        if verifying { restoreCheckedEntries() }
    }

    /// Reads the case again (after someone else's save), keeping the page and focus; nil when
    /// read, else the error to show.
    func reload() -> ScreenAction? {
        do {
            try refreshCase(store.loadCase(caseID))
            let kept = focus
            buildPage()
            focus = min(kept, max(0, fields.count - 1))
            return nil
        } catch {
            return .show(.error(title: UIText.formReload(language), body: error.text(language), ok: "OK"))
        }
    }

    // MARK: Saving

    /// Saves the focused field when its value changed. Returns whether the focus may move on
    /// (not while the field holds something unreadable or what was typed was not saved) and
    /// what to tell the user (a conflict is asked about in a dialog). What the store did not
    /// take is kept in `unsaved`.
    /// `advancing`: the focus moves to the next or previous field (Tab, Enter), which, verifying,
    /// says the field is as the paper has it even when left empty; other ways out (a page turn,
    /// Esc) check only a field the verifier typed into.
    func leaveField(advancing: Bool = false, then continuation: @escaping () -> ScreenAction = { .stay }) -> (mayLeave: Bool, said: ScreenAction) {
        guard fields.indices.contains(focus), editRefusal == nil else { return (true, .stay) }
        do throws(FieldInputError) {
            try fields[focus].resolveCertificationChoice()
        } catch {
            return (false, .say(error.message))
        }
        let field = fields[focus]
        let value: JSONValue?
        do throws(FieldInputError) {
            value = field.isCertification ? FormField.certificationsValue(of: fields) : try field.documentValue()
        } catch {
            return (false, .say(error.message))
        }
        if verifying {
            guard advancing || field.isChanged(value) else { return (true, .stay) }
            return checkSecondEntry(field, value, then: continuation)
        }
        guard field.isChanged(value) else { return (true, .stay) }
        do {
            let saved = try store.saveField(caseID: caseID, path: field.path, value: value, revision: snapshot.revision)
            try refreshCase(saved)
            let json = ApplicationWriter.json(saved.document, checklist: checklist)
            for index in fields.indices where fields[index].path == field.path {
                if fields[index].isCertification {
                    fields[index].loadCertification(from: json.value(at: field.path))
                } else {
                    fields[index].load(json.value(at: field.path))
                }
            }
            if field.isCertification { FormField.settleCertifications(&fields) }
            unsaved = nil
            return (true, .say(UIText.formSaved(field.label, revision: saved.revision)))
        } catch .staleRevision(let caseID, let changedBy, let changedAt) {
            let reason = StoreError.staleRevision(caseID: caseID, changedBy: changedBy, changedAt: changedAt).text(language)
            let lost = entry(for: field, value: value, reason: reason)
            unsaved = lost
            // The latest version is shown under the question; a failure to read it is less
            // news than the conflict.
            _ = reload()
            return (false, askAboutConflict(lost))
        } catch {
            unsaved = entry(for: field, value: value, reason: error.text(language))
            return (false, .say(UIText.formSaveRefused(error.text(language))))
        }
    }

    private func entry(for field: FormField, value: JSONValue?, reason: String) -> UnsavedEntry {
        UnsavedEntry(
            storePath: store.path, caseID: caseID, fieldPath: field.path, fieldLabel: field.label,
            value: value, reason: reason, login: store.identity.login, at: UnsavedEntry.now())
    }

    /// The evaluation with the focused field as typed, so the result follows every keystroke.
    func evaluateAsTyped() {
        guard fields.indices.contains(focus), !fields[focus].isCertification,
              let value = try? fields[focus].documentValue() else { return }
        var document = snapshot.document
        if fields[focus].isChanged(value) {
            guard let edited = try? DocumentEditor.set(value, at: fields[focus].path, in: snapshot.document, checklists: store.checklistLibrary) else { return }
            document = edited.document
        }
        documentAsTyped = document
        evaluation = Self.evaluate(document, checklist: checklist, store: store)
    }

    // MARK: Moving

    /// Moves the focus by one field, on to the next or previous page at the ends (paper order).
    func moveFocus(by step: Int) -> ScreenAction {
        let (mayLeave, said) = leaveField(advancing: true) { [unowned self] in moveFocus(by: step) }
        guard mayLeave else { return said }
        let target = focus + step
        if fields.indices.contains(target) {
            focus = target
        } else if step > 0, pageIndex + 1 < pages.count {
            turnPage(to: pageIndex + 1, focusLast: false)
        } else if step < 0, pageIndex > 0 {
            turnPage(to: pageIndex - 1, focusLast: true)
        }
        return said
    }

    func changePage(by step: Int) -> ScreenAction {
        let (mayLeave, said) = leaveField { [unowned self] in changePage(by: step) }
        guard mayLeave else { return said }
        let target = pageIndex + step
        if pages.indices.contains(target) { turnPage(to: target, focusLast: false) }
        return said
    }

    func turnPage(to index: Int, focusLast: Bool) {
        pageIndex = index
        focus = 0
        buildPage()
        if focusLast { focus = max(0, fields.count - 1) }
    }

    /// The form is closing (back, quit, the terminal gone): the field being typed is saved,
    /// and whatever the store did not take is kept in the recovery folder, never dropped.
    func willLeave() {
        // A second entry not checked is not data: nothing to keep.
        guard !verifying else { return }
        let (mayLeave, said) = leaveField()
        if !mayLeave, unsaved?.fieldPath != fields[focus].path, let raw = fields[focus].control.text, case .say(let message) = said {
            // Text that cannot be read yet (an unfinished date) is kept as typed.
            unsaved = entry(for: fields[focus], value: .string(raw), reason: message(language))
        }
        guard let unsaved else { return }
        if (try? recovery.keep(unsaved)) != nil { self.unsaved = nil }
    }

    // MARK: Keys

    enum Action: String, ScreenActionSet {
        static let namespace = "form"
        case nextField, previousField, newLine, nextPage, previousPage, submit, review, contacts, reload
        /// Esc: saves the field being left first.
        case back
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        let readOnly = editRefusal?(language)
        return [
            bind([.tab, .enter, .down], Action.nextField, label: UIText.nextField(language)),
            bind([.backTab, .up], Action.previousField, label: UIText.previousField(language), statusBar: false),
            // Enter leaves every field, as the line above says; a multi-line text takes its
            // new lines from Ctrl-J (shown only there).
            bind([.ctrl("j")], Action.newLine, label: UIText.formNewLine(language), statusBar: focusIsMultiline),
            bind([.pageDown], Action.nextPage, label: UIText.formNextPage(language)),
            bind([.pageUp], Action.previousPage, label: UIText.formPreviousPage(language), statusBar: false),
            bind([.function(2)], Action.submit, label: UIText.formSubmit(language), disabledReason: readOnly),
            // Verifying, the findings would tell of the first entry.
            bind([.function(4)], Action.review, label: UIText.formReview(language), disabledReason: readOnly ?? (verifying ? UIText.verifyNoFindings(language) : nil)),
            bind([.function(3)], Action.contacts, label: UIText.formContacts(language)),
            bind([.function(5)], Action.reload, label: UIText.formReload(language), statusBar: false),
            bind([.escape], Action.back, label: UIText.back(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .nextField: return moveFocus(by: 1)
        case .previousField: return moveFocus(by: -1)
        case .nextPage: return changePage(by: 1)
        case .previousPage: return changePage(by: -1)
        case .newLine: return focusIsMultiline ? .stay : .say(UIText.formNewLineOnlyMultiline)
        case .submit: return askToSubmit()
        case .review: return startReview()
        case .contacts:
            let (mayLeave, said) = leaveField()
            guard mayLeave else { return said }
            return .open(ContactLogScreen(store: store, caseID: caseID, language: language))
        case .reload:
            let (mayLeave, said) = leaveField()
            guard mayLeave else { return said }
            return reload() ?? said
        case .back:
            let (mayLeave, said) = leaveField()
            guard mayLeave else { return said }
            return .back
        }
    }

    /// True on every field of a case this login can edit, check boxes and option lists too:
    /// an officer typing heads-down with the focus one field off must not quit with "q" or
    /// open the help with "?" (what they type there is named, see `strayText`). Help and
    /// quit stay on F1 and Ctrl-C, and the status bar says so.
    var focusTakesText: Bool {
        reviewPrompt != nil || (fields.indices.contains(focus) && editRefusal == nil)
    }

    func helpNotes(_ language: Language) -> [String] {
        UIText.formHelpNotes.map { $0(language) }
    }

    var focusIsMultiline: Bool {
        form.focused?.control.isMultiline ?? false
    }

    func handle(_ key: Key) -> ScreenAction? {
        let strayBefore = strayText
        strayText = ""
        if reviewPrompt != nil { return handleReviewPrompt(key) }
        guard fields.indices.contains(focus) else { return nil }
        if let editRefusal, Self.edits(key) { return .say(editRefusal) }
        // Enter goes to the next field from every field (the status line says so).
        if key == .enter { return nil }
        // A space within words typed on a check box is one more stray character, not a tick
        // (a second Space ticks).
        // Likewise a "-" among words is one more stray character, not "not applicable".
        if key == .character("-") || key == .character("－"), !form.focusTakesText, !strayBefore.isEmpty {
            strayText = strayBefore + "-"
            return .say(UIText.formNotTyped(strayText, options: fields[focus].value == .optionIDs))
        }
        if key == .character(" "), !form.focusTakesText, !strayBefore.isEmpty, strayBefore.last != " " {
            strayText = strayBefore + " "
            return .say(UIText.formNotTyped(strayText, options: fields[focus].value == .optionIDs))
        }
        switch form.handleFocused(key) {
        case .handled:
            evaluateAsTyped()
            return tickCertificationOfDetail() ?? untickedCertificationDetail() ?? .stay
        case .ignored:
            if case .character(let character) = key, !form.focusTakesText {
                strayText = strayBefore + String(character)
                return .say(UIText.formNotTyped(strayText, options: fields[focus].value == .optionIDs))
            }
            return nil
        case .refused(let refusal):
            return .say(UIText.refusal(refusal))
        }
    }

    /// Unticking a certification whose 区分 or 番号 holds text says the text goes with it.
    private func untickedCertificationDetail() -> ScreenAction? {
        guard case .certificationHeld(let scheme) = fields[focus].value,
              case .check(let box) = fields[focus].control, !box.isChecked,
              let detail = fields.first(where: {
                  if case .certificationDetail(scheme, _) = $0.value { return true } else { return false }
              }),
              let text = detail.control.text, !text.trimmed.isEmpty
        else { return nil }
        return .say(UIText.formCertificationDetailGoes(text.trimmed))
    }

    /// A certification's 区分 or 番号 typed while its box is not ticked ticks the box, so the
    /// detail is saved with it (the list holds only certifications that are held).
    private func tickCertificationOfDetail() -> ScreenAction? {
        guard case .certificationDetail(let scheme, _) = fields[focus].value,
              let text = fields[focus].control.text, !text.trimmed.isEmpty,
              let boxIndex = fields.firstIndex(where: { $0.value == .certificationHeld(scheme: scheme) }),
              case .check(var box) = fields[boxIndex].control, !box.isChecked
        else { return nil }
        box.state = .checked
        fields[boxIndex].control = .check(box)
        return .say(UIText.formCertificationTicked(box.label))
    }

    /// Keys that change a field's content (refused on a case this login cannot edit).
    private static func edits(_ key: Key) -> Bool {
        switch key {
        case .character, .backspace, .delete, .ctrl("d"), .ctrl("k"), .ctrl("u"): return true
        default: return false
        }
    }
}
