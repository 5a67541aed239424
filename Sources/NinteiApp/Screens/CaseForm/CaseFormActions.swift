import NinteiCore
import NinteiStore
import NinteiTerminal

/// Submitting to the committee and reviewing findings: the form's actions beyond typing.
extension CaseFormScreen {
    /// The findings shown with the focused field: its item's, or the form header's.
    var focusedFindings: [Finding] {
        let item = fields.indices.contains(focus) ? fields[focus].itemID : nil
        return evaluation.findings(for: item)
    }

    func review(of finding: Finding) -> FindingReview? {
        reviews.first { $0.item == finding.item && $0.code == finding.code }
    }

    /// Findings no officer has marked as reviewed yet.
    var openFindings: [Finding] {
        evaluation.findings.filter { review(of: $0) == nil }
    }

    // MARK: Submit

    func askToSubmit() -> ScreenAction {
        if let editRefusal { return .say(editRefusal) }
        let (mayLeave, said) = leaveField()
        guard mayLeave else { return said }
        let missing = SubmissionReadiness.missing(in: snapshot.document, checklist: checklist)
        guard missing.isEmpty else { return .say(SubmissionReadiness.refusal(for: missing).reason) }
        let body = UIText.formSubmitBody(result: resultLine(language), openFindings: openFindings.count)
        let dialog = Dialog.confirm(
            title: UIText.formSubmitTitle(language), body: body(language),
            confirm: UIText.formSubmitConfirm(language), cancel: UIText.formCancel(language), focusOnCancel: true)
        return .ask(dialog) { [self] in $0 == .chosen(0) ? submit() : .stay }
    }

    private func submit() -> ScreenAction {
        do {
            _ = try store.transition(caseID: caseID, to: .submitted, revision: snapshot.revision)
            return reload() ?? .say(UIText.formSubmitted)
        } catch {
            return .say(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
        }
    }

    // MARK: Finding reviews

    /// Asks for the reason the next unreviewed finding of the focused item stands.
    func startReview() -> ScreenAction {
        if let editRefusal { return .say(editRefusal) }
        let findings = focusedFindings
        guard let finding = findings.first(where: { review(of: $0) == nil }) ?? findings.first else {
            return .say(UIText.formNoFindingHere)
        }
        reviewPrompt = (finding, TextField(text: review(of: finding)?.reason ?? "", maximumLength: InputLimits.freeText))
        return .stay
    }

    func handleReviewPrompt(_ key: Key) -> ScreenAction {
        guard var prompt = reviewPrompt else { return .stay }
        switch key {
        case .escape:
            reviewPrompt = nil
            return .stay
        case .enter:
            do {
                try store.reviewFinding(caseID: caseID, item: prompt.finding.item, code: prompt.finding.code, reason: prompt.reason.text)
                reviewPrompt = nil
                return reload() ?? .say(UIText.formReviewSaved)
            } catch {
                return .say(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
            }
        default:
            if case .refused(let refusal) = prompt.reason.handle(key) { return .say(UIText.refusal(refusal)) }
            reviewPrompt = prompt
            return .stay
        }
    }

    // MARK: Result

    /// "判定: 認定基準を満たす（4節 / 必要3節）"
    func resultLine(_ language: Language) -> String {
        let head = evaluation.qualifies ? UIText.formResultQualifies : UIText.formResultNotYet
        var line = head(language)
        switch evaluation.score {
        case .sections(let passed, let needed):
            line += UIText.formSectionsPassed(passed, needed: needed)(language)
        case .points(let total, let passMark):
            line += UIText.formPoints(total, passMark: passMark)(language)
        }
        if !evaluation.missingDeclarations.isEmpty { line += " " + UIText.formMissingDeclaration(language) }
        return line
    }
}
