/// What an evaluation needs besides the document and its checklist.
public struct EvaluationContext: Sendable {
    public let reference: ReferenceFigures
    /// Today's date, for "a year in the future" when the document has no received date.
    public let today: LocalDate

    public init(reference: ReferenceFigures, today: LocalDate) {
        self.reference = reference
        self.today = today
    }
}

/// Evaluates an application against its checklist version: a pure function, cheap enough to
/// run on every keystroke.
public enum Evaluator {
    public static func evaluate(_ document: ApplicationDocument, checklist: Checklist, context: EvaluationContext) -> Evaluation {
        // Each item's answer looked up once, for the score and the findings alike.
        let answers = answersByItem(document, checklist: checklist)
        let scored = score(document, checklist: checklist, answers: answers)
        let strengths = zip(checklist.sections, scored.sections).compactMap { section, result in
            result.passed == true ? section.strength : nil
        }
        return Evaluation(
            checklistID: checklist.id,
            items: scored.items,
            sections: scored.sections,
            missingDeclarations: scored.missingDeclarations,
            qualifies: scored.qualifies,
            score: scored.score,
            findings: ConsistencyChecker.findings(document, checklist: checklist, answers: answers, context: context),
            strengths: strengths,
            toConfirm: checklist.toConfirm)
    }

    /// The rule's result alone, as `evaluate` gives it: whether the firm qualifies and the
    /// sections it passed (their ids, in the checklist's order), without the findings, which
    /// are most of an evaluation's cost and do not change the result (the CSV export's columns).
    public static func verdict(_ document: ApplicationDocument, checklist: Checklist) -> (qualifies: Bool, sectionsPassed: [String]) {
        let scored = score(document, checklist: checklist, answers: answersByItem(document, checklist: checklist))
        return (scored.qualifies, scored.sections.filter { $0.passed == true }.map(\.id))
    }

    /// The answer to each of `checklist.items`, in that order (a blank one where none is given).
    private static func answersByItem(_ document: ApplicationDocument, checklist: Checklist) -> [Answer] {
        checklist.items.map { document.answer($0.id) }
    }

    private static func score(_ document: ApplicationDocument, checklist: Checklist, answers: [Answer]) -> (
        items: [ItemResult], sections: [SectionResult], missingDeclarations: [Declaration], score: Evaluation.Score, qualifies: Bool
    ) {
        // Each section from its own items' results (item ids are unique in a checklist: its
        // reader refuses one named twice).
        var items: [ItemResult] = []
        items.reserveCapacity(answers.count)
        var sections: [SectionResult] = []
        for section in checklist.sections {
            let first = items.count
            let results = section.items.indices.map { index in
                itemResult(section.items[index], answer: answers[first + index], policy: checklist.scoring.naPolicy)
            }
            items += results
            sections.append(sectionResult(section, results: results, method: checklist.scoring.method))
        }
        let missingDeclarations = checklist.declarations.filter { $0.requiredToQualify && document.declarations[$0.id] != true }

        let score: Evaluation.Score
        let meetsRule: Bool
        switch checklist.scoring.method {
        case .perSectionHalf(let needed):
            let passed = sections.filter { $0.passed == true }.count
            score = .sections(passed: passed, needed: needed)
            meetsRule = passed >= needed
        case .points(let passMark):
            let total = sections.reduce(0) { $0 + ($1.points ?? 0) }
            score = .points(total: total, passMark: passMark)
            meetsRule = total >= passMark
        }
        return (items, sections, missingDeclarations, score, meetsRule && missingDeclarations.isEmpty)
    }

    static func itemResult(_ item: ChecklistItem, answer: Answer, policy: NAPolicy) -> ItemResult {
        let countable: Bool
        let counts: Bool
        if answer.mark == .na {
            switch policy {
            case .excludeFromCount: (countable, counts) = (false, false)
            case .countAsUnchecked: (countable, counts) = (true, false)
            case .countAsChecked: (countable, counts) = (true, true)
            }
        } else if let options = item.optionsField {
            // Option items are decided by the options ticked, not by the ✓ alone.
            (countable, counts) = (true, (answer.options?.count ?? 0) >= options.minimum)
        } else {
            (countable, counts) = (true, answer.mark == .check)
        }
        return ItemResult(id: item.id, mark: answer.mark, countable: countable, counts: counts, points: counts ? item.points : nil)
    }

    static func sectionResult(_ section: ChecklistSection, results: [ItemResult], method: Scoring.Method) -> SectionResult {
        var countable = 0
        var checked = 0
        for result in results where result.countable {
            countable += 1
            if result.counts { checked += 1 }
        }
        switch method {
        case .perSectionHalf:
            let needed = (countable + 1) / 2
            return SectionResult(
                id: section.id, title: section.title, countable: countable, checked: checked,
                needed: needed, passed: countable > 0 && checked >= needed, points: nil, maxPoints: nil)
        case .points:
            let points = results.reduce(0) { $0 + ($1.points ?? 0) }
            return SectionResult(
                id: section.id, title: section.title, countable: countable, checked: checked,
                needed: nil, passed: nil, points: points, maxPoints: section.points)
        }
    }
}
