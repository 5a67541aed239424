import NinteiCore
import NinteiTestSupport
import Testing

/// A small deterministic generator (SplitMix64), so a failing case can be replayed from its seed.

@Suite("Properties of the evaluation")
struct MonotonicityPropertyTests {
    /// Any answer the form allows for an item: a mark, and for option items any set of options.
    func randomAnswer(_ item: ChecklistItem, _ random: inout SeededGenerator) -> Answer {
        var marks: [Mark] = [.check, .blank]
        if item.allowsNA { marks.append(.na) }
        var answer = Answer(mark: marks.randomElement(using: &random)!)
        if let options = item.optionsField {
            answer.options = options.choices.map(\.id).filter { _ in Bool.random(using: &random) }
        }
        return answer
    }

    func randomDocument(_ checklist: Checklist, _ random: inout SeededGenerator) -> ApplicationDocument {
        var document = ApplicationDocument(checklistID: checklist.id, declarations: ["lawCompliance": Bool.random(using: &random)])
        document.firm.name = "試験"
        for item in checklist.items where Int.random(in: 0..<3, using: &random) > 0 {
            document.answers[item.id] = randomAnswer(item, &random)
        }
        return document
    }

    @Test("the verdict alone (the CSV export's columns) is the evaluation's result", arguments: ["asaka-2023", "asaka-points"])
    func verdictIsTheEvaluationsResult(checklistID: String) throws {
        let checklist = try #require(Fixtures.library.checklist(checklistID), "no checklist \(checklistID) in data/checklists")
        var random = SeededGenerator(state: 18)
        for _ in 0..<300 {
            let document = randomDocument(checklist, &random)
            let verdict = Evaluator.verdict(document, checklist: checklist)
            let evaluation = Fixtures.evaluate(document, checklist: checklist)
            #expect(verdict.qualifies == evaluation.qualifies && verdict.sectionsPassed == evaluation.sectionsPassed, "\(document.answers)")
        }
    }

    @Test("ticking one more item never makes a passed section fail, nor a qualifying firm fail", arguments: ["asaka-2023", "asaka-points"])
    func tickingMoreNeverHurts(checklistID: String) {
        guard let checklist = Fixtures.library.checklist(checklistID) else {
            Issue.record("no checklist \(checklistID) in data/checklists")
            return
        }
        for seed in 0..<500 as Range<UInt64> {
            var random = SeededGenerator(state: seed)
            let document = randomDocument(checklist, &random)
            let before = Fixtures.evaluate(document, checklist: checklist)
            let uncounted = before.items.filter { !$0.counts }
            guard let chosen = uncounted.randomElement(using: &random), let item = checklist.item(chosen.id) else { continue }

            var ticked = document
            ticked.answers[item.id] = Fixtures.ticked(item)
            let after = Fixtures.evaluate(ticked, checklist: checklist)

            for (old, new) in zip(before.sections, after.sections) where old.passed == true {
                #expect(new.passed == true, "seed \(seed): ticking \(item.id) failed section \(old.id)")
            }
            #expect(Set(before.sectionsPassed).isSubset(of: Set(after.sectionsPassed)), "seed \(seed)")
            if before.qualifies { #expect(after.qualifies, "seed \(seed): ticking \(item.id)") }
            if case .points(let oldTotal, _) = before.score, case .points(let newTotal, _) = after.score {
                #expect(newTotal >= oldTotal, "seed \(seed)")
            }
        }
    }
}
