import NinteiCore
import Testing

/// The shipped examples, evaluated by hand with DOMAIN.md's rules (see data/examples/README.md).
@Suite("Shipped example applications")
struct ExampleEvaluationTests {
    @Test("株式会社さくら精工 qualifies with sections 1, 2, 4 and 7")
    func sakura() throws {
        let evaluation = Fixtures.evaluate(try Fixtures.example("sakura-seiko"))
        #expect(evaluation.sections.map(\.checked) == [1, 2, 1, 2, 1, 0, 1])
        #expect(evaluation.sections.map(\.countable) == [2, 4, 3, 4, 3, 4, 2])
        #expect(evaluation.sectionsPassed == ["1", "2", "4", "7"])
        #expect(evaluation.qualifies)
        // 製造業 has no published leave figure: the officer is told rather than misled.
        #expect(evaluation.findings.map(\.code) == [.leaveNoReference])
    }

    @Test("みどり建設 passes four sections but has not declared labour-law compliance")
    func midori() throws {
        let evaluation = Fixtures.evaluate(try Fixtures.example("midori-kensetsu"))
        #expect(evaluation.sectionsPassed == ["1", "2", "3", "7"])
        #expect(!evaluation.qualifies)
        #expect(evaluation.findings.map { "\($0.item ?? "-") \($0.code.rawValue)" } == [
            "- declaration-missing",
            "2-1 overtime-limit",
            "2-3 check-without-options",
            "3-1 leave-no-reference",
            "3-2 options-without-check",
            "4-3 usage-unchecked",
            "6-2 other-without-text",
        ])
    }

    @Test("割烹 あさか亭 qualifies with sections 1, 3, 4 and 6, with findings on 3-1 and 4-1")
    func kappo() throws {
        let evaluation = Fixtures.evaluate(try Fixtures.example("kappo-asaka"))
        #expect(evaluation.sectionsPassed == ["1", "3", "4", "6"])
        #expect(evaluation.sections[3].countable == 4)
        #expect(evaluation.qualifies)
        #expect(evaluation.findings.map(\.code) == [.leaveBelowAverage, .womenManagersNoReference])
    }
}
