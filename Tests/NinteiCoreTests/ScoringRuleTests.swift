import NinteiCore
import Testing

@Suite("Decision rules")
struct ScoringRuleTests {
    @Test("a section of n items passes with ⌈n/2⌉ checked", arguments: [2, 3, 4, 5])
    func halfOfTheItems(n: Int) throws {
        let checklist = try Fixtures.checklist(Fixtures.syntheticChecklist(itemCounts: [n]))
        for checked in 0...n {
            var answers: [String: Answer] = [:]
            for number in 1...n where number <= checked { answers["1-\(number)"] = Answer(mark: .check) }
            var document = ApplicationDocument(checklistID: "synthetic", declarations: ["lawCompliance": true], answers: answers)
            document.firm.name = "試験"
            let section = Fixtures.evaluate(document, checklist: checklist).sections[0]
            #expect(section.needed == (n + 1) / 2)
            #expect(section.passed == (checked >= (n + 1) / 2), "n=\(n) checked=\(checked)")
        }
    }

    @Test("the sections of the new form need 1, 2, 2, 3, 2, 2, 1 items")
    func neededPerSection() {
        let evaluation = Fixtures.evaluate(Fixtures.document([:]))
        #expect(evaluation.sections.map(\.needed) == [1, 2, 2, 3, 2, 2, 1])
        #expect(evaluation.sections.allSatisfy { $0.passed == false })
    }

    @Test("the firm qualifies with 3 of the 7 sections, not with 2")
    func threeOfSeven() {
        let two = Fixtures.evaluate(Fixtures.document(Fixtures.checking(["1": 1, "3": 2])))
        #expect(two.sectionsPassed == ["1", "3"])
        #expect(!two.qualifies)
        let three = Fixtures.evaluate(Fixtures.document(Fixtures.checking(["1": 1, "3": 2, "7": 1])))
        #expect(three.sectionsPassed == ["1", "3", "7"])
        #expect(three.qualifies)
        #expect(three.strengths.map(\.ja) == [
            "経営者の理念表明と推進体制づくりに力を入れている", "休暇の取得促進に力を入れている", "地域・社会貢献活動に力を入れている",
        ])
    }

    @Test("without the labour-law declaration the firm does not qualify, and the officer is told")
    func lawDeclaration() {
        let all = Fixtures.checking(["1": 2, "2": 4, "3": 3, "4": 5, "5": 3, "6": 4, "7": 2])
        for declared in [false, nil] as [Bool?] {
            let evaluation = Fixtures.evaluate(Fixtures.document(all, lawCompliance: declared))
            #expect(evaluation.sectionsPassed.count == 7)
            #expect(!evaluation.qualifies)
            #expect(evaluation.missingDeclarations.map(\.id) == ["lawCompliance"])
            #expect(evaluation.findings(for: nil).map(\.code) == [.declarationMissing])
        }
        #expect(Fixtures.evaluate(Fixtures.document(all, lawCompliance: true)).qualifies)
    }

    @Test("\"-\" is left out of the section's count: section 4 with 4-3 \"-\" needs 2 of 4")
    func naLeftOut() {
        var answers = Fixtures.checking(["4": 2])  // 4-1 and 4-2
        answers["4-3"] = Answer(mark: .na)
        let section = Fixtures.evaluate(Fixtures.document(answers)).sections[3]
        #expect(section.countable == 4)
        #expect(section.needed == 2)
        #expect(section.checked == 2)
        #expect(section.passed == true)

        answers["4-3"] = Answer(mark: .blank)
        let withoutNA = Fixtures.evaluate(Fixtures.document(answers)).sections[3]
        #expect(withoutNA.countable == 5)
        #expect(withoutNA.needed == 3)
        #expect(withoutNA.passed == false)
    }

    @Test("the \"-\" policy is data on the checklist version")
    func naPolicies() throws {
        let answers = ["1-1": Answer(mark: .check), "1-2": Answer(mark: .na), "1-3": Answer(mark: .na), "1-4": Answer(mark: .blank)]
        var document = ApplicationDocument(checklistID: "synthetic", declarations: ["lawCompliance": true], answers: answers)
        document.firm.name = "試験"
        let expectations: [(String, Int, Int, Bool)] = [
            ("excludeFromCount", 2, 1, true), ("countAsUnchecked", 4, 1, false), ("countAsChecked", 4, 3, true),
        ]
        for (policy, countable, checked, passed) in expectations {
            let checklist = try Fixtures.checklist(Fixtures.syntheticChecklist(itemCounts: [4], naPolicy: policy))
            let section = Fixtures.evaluate(document, checklist: checklist).sections[0]
            #expect(section.countable == countable, "\(policy)")
            #expect(section.checked == checked, "\(policy)")
            #expect(section.passed == passed, "\(policy)")
        }
    }

    @Test("option items are decided by their options: ✓ alone does not count, options alone do, both give a finding")
    func optionItems() {
        let checkOnly = Fixtures.evaluate(Fixtures.document(["2-3": Answer(mark: .check)]))
        #expect(checkOnly.item("2-3")?.counts == false)
        #expect(checkOnly.findings(for: "2-3").map(\.code) == [.checkWithoutOptions])

        let optionsOnly = Fixtures.evaluate(Fixtures.document(["2-3": Answer(mark: .blank, options: ["b"])]))
        #expect(optionsOnly.item("2-3")?.counts == true)
        #expect(optionsOnly.findings(for: "2-3").map(\.code) == [.optionsWithoutCheck])

        let both = Fixtures.evaluate(Fixtures.document(["2-3": Answer(mark: .check, options: ["a", "c"])]))
        #expect(both.item("2-3")?.counts == true)
        #expect(both.findings(for: "2-3").isEmpty)
    }

    @Test("the old form's minimum of three options is data on the item")
    func optionMinimumThree() throws {
        let checklist = try Fixtures.checklist(Fixtures.syntheticChecklist(itemCounts: [2], optionMinimum: 3))
        func counts(_ options: [String]) -> Bool? {
            var document = ApplicationDocument(checklistID: "synthetic", answers: ["1-1": Answer(mark: .check, options: options)])
            document.firm.name = "試験"
            return Fixtures.evaluate(document, checklist: checklist).item("1-1")?.counts
        }
        #expect(counts(["a", "b"]) == false)
        #expect(counts(["a", "b", "other"]) == true)
    }

    @Test("points method: checked items score their points, the total against the pass mark decides")
    func pointsMethod() throws {
        let checklist = try Fixtures.checklist(Fixtures.syntheticChecklist(
            itemCounts: [2, 3], method: #""method": "points", "passMark": 30"#, points: 10))
        func evaluate(_ checked: [String], law: Bool = true) -> Evaluation {
            var document = ApplicationDocument(
                checklistID: "synthetic", declarations: ["lawCompliance": law],
                answers: Dictionary(uniqueKeysWithValues: checked.map { ($0, Answer(mark: .check)) }))
            document.firm.name = "試験"
            return Fixtures.evaluate(document, checklist: checklist)
        }
        let two = evaluate(["1-1", "2-3"])
        guard case .points(let total, let passMark) = two.score else {
            Issue.record("expected a points score")
            return
        }
        #expect(total == 20)
        #expect(passMark == 30)
        #expect(!two.qualifies)
        #expect(two.sections.map(\.points) == [10, 10])
        #expect(two.sections.map(\.maxPoints) == [20, 30])
        #expect(two.sections.allSatisfy { $0.passed == nil && $0.needed == nil })
        #expect(two.strengths.isEmpty)
        #expect(evaluate(["1-1", "2-3", "2-1"]).qualifies)
        #expect(!evaluate(["1-1", "2-3", "2-1"], law: false).qualifies)
    }

    @Test("the old form evaluates and says its points are placeholders")
    func oldFormEvaluates() throws {
        guard let old = Fixtures.library.checklist("asaka-points") else {
            Issue.record("the old points form asaka-points is not in data/checklists")
            return
        }
        var document = ApplicationDocument(checklistID: old.id, kind: .renewal, declarations: ["lawCompliance": true])
        document.firm.name = "試験"
        for item in old.items { document.answers[item.id] = Fixtures.ticked(item) }
        let evaluation = Fixtures.evaluate(document, checklist: old)
        guard case .points(let total, _) = evaluation.score else {
            Issue.record("expected a points score")
            return
        }
        #expect(total == 100)
        #expect(evaluation.qualifies)
        #expect(!evaluation.toConfirm.isEmpty)
    }
}
