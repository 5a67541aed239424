import NinteiCore
import Testing

@Suite("Consistency findings")
struct FindingTests {
    func codes(_ answers: [String: Answer], item: String, industry: String? = "E", reference: ReferenceFigures? = nil) -> [FindingCode] {
        Fixtures.evaluate(Fixtures.document(answers, industry: industry), reference: reference).findings(for: item).map(\.code)
    }

    func overtime(_ rows: [(Int, Double, Double, Double?)]) -> Answer {
        Answer(mark: .check, figures: rows.map { year, month, total, average in
            var values = ["monthHours": month, "yearHours": total]
            values["averageHours"] = average
            return FigureRow(year: year, values: values)
        })
    }

    @Test("2-1 within 45 h a month and 360 h a year gives nothing")
    func overtimeWithinLimits() {
        #expect(codes(["2-1": overtime([(2020, 45, 360, nil), (2021, 40, 300, nil), (2022, 30, 250, nil)])], item: "2-1").isEmpty)
    }

    @Test("2-1 over the limit without a 10 % lower average is a finding that names the year")
    func overtimeOverLimit() {
        let answers = ["2-1": overtime([(2020, 46, 300, 200), (2021, 40, 361, 190), (2022, 30, 250, 181)])]
        #expect(codes(answers, item: "2-1") == [.overtimeLimit])
        let message = Fixtures.evaluate(Fixtures.document(answers)).findings(for: "2-1")[0].message
        #expect(message.ja.contains("2020年"))
        #expect(message.ja.contains("2021年"))
        #expect(message.en.contains("45 h a month"))
        #expect(codes(["2-1": overtime([(2021, 50, 400, nil), (2022, 30, 250, nil)])], item: "2-1") == [.overtimeLimit])
    }

    @Test("2-1 over the limit but the last year's average 10 % below either earlier year gives nothing")
    func overtimeReducedAverage() {
        #expect(codes(["2-1": overtime([(2020, 50, 400, 200), (2021, 40, 300, 100), (2022, 30, 250, 180)])], item: "2-1").isEmpty)
        #expect(codes(["2-1": overtime([(2020, 50, 400, 200), (2021, 40, 300, 200), (2022, 30, 250, 180)])], item: "2-1").isEmpty)
        #expect(codes(["2-1": overtime([(2020, 50, 400, 200), (2021, 40, 300, 200), (2022, 30, 250, 181)])], item: "2-1") == [.overtimeLimit])
    }

    @Test("2-1 and 3-1 checked without figures")
    func figuresMissing() {
        #expect(codes(["2-1": Answer(mark: .check)], item: "2-1") == [.figuresMissing])
        #expect(codes(["3-1": Answer(mark: .check, figures: [FigureRow(year: 2022, values: ["rate": 70])])], item: "3-1") == [.figuresMissing])
        #expect(codes(["2-1": Answer(mark: .blank)], item: "2-1").isEmpty)
    }

    func rates(_ values: [(Int, Double)]) -> Answer {
        Answer(mark: .check, figures: values.map { FigureRow(year: $0.0, values: ["rate": $0.1]) })
    }

    @Test("3-1 above the industry average in 2 of 3 years gives nothing")
    func leaveAbove() {
        // 宿泊業,飲食サービス業 (M): 44.3 % in 2021, 49.1 % in 2022.
        #expect(codes(["3-1": rates([(2020, 10), (2021, 44.4), (2022, 49.2)])], item: "3-1", industry: "M").isEmpty)
    }

    @Test("3-1 not above the industry average in 2 years is a finding; equal is not above")
    func leaveBelow() {
        #expect(codes(["3-1": rates([(2020, 90), (2021, 44.3), (2022, 60)])], item: "3-1", industry: "M") == [.leaveNoReference])
        #expect(codes(["3-1": rates([(2021, 44.3), (2022, 60)])], item: "3-1", industry: "M") == [.leaveBelowAverage])
        let finding = Fixtures.evaluate(Fixtures.document(["3-1": rates([(2021, 40), (2022, 45)])], industry: "M")).findings(for: "3-1")
        #expect(finding.map(\.code) == [.leaveBelowAverage])
        #expect(finding.first?.message.ja.contains("2021年 40%（平均 44.3%）") == true)
    }

    @Test("3-1 without a reference figure says so rather than passing or failing")
    func leaveNoReference() {
        // 製造業 (E) has no published figure in the reference data.
        #expect(codes(["3-1": rates([(2020, 70), (2021, 70), (2022, 70)])], item: "3-1", industry: "E") == [.leaveNoReference])
        #expect(codes(["3-1": rates([(2020, 70), (2021, 70), (2022, 70)])], item: "3-1", industry: nil) == [.leaveNoReference])
    }

    @Test("4-1 checked with a target gives nothing; on the share alone it is compared with the industry average")
    func womenManagers() {
        let withTarget = Answer(mark: .check, text: "2025年までに3名", managers: GenderCount(men: 9, women: 1))
        #expect(codes(["4-1": withTarget], item: "4-1").isEmpty)

        let shareOnly = Answer(mark: .check, text: " ", managers: GenderCount(men: 9, women: 1))
        #expect(codes(["4-1": shareOnly], item: "4-1") == [.womenManagersNoReference])

        let reference = ReferenceFigures(
            industries: Fixtures.reference.industries, leaveTakeUp: [],
            womenManagerShare: [ReferenceFigure(industry: "E", year: 2022, percent: 12.5, source: "テスト用")])
        #expect(codes(["4-1": shareOnly], item: "4-1", reference: reference) == [.womenManagersBelowAverage])
        let aboveAverage = Answer(mark: .check, managers: GenderCount(men: 3, women: 1))  // 25 % > 12.5 %
        #expect(codes(["4-1": aboveAverage], item: "4-1", reference: reference).isEmpty)

        #expect(codes(["4-1": Answer(mark: .check)], item: "4-1") == [.figuresMissing])
    }

    @Test("4-3 and 4-4: checked without usage, or usage without ✓")
    func usage() {
        let used = [FigureRow(year: 2022, values: ["men": 1, "women": 0])]
        for item in ["4-3", "4-4"] {
            #expect(codes([item: Answer(mark: .check)], item: item) == [.usageMissing])
            #expect(codes([item: Answer(mark: .check, usage: [FigureRow(year: 2022, values: ["men": 0, "women": 0])])], item: item) == [.usageMissing])
            #expect(codes([item: Answer(mark: .blank, usage: used)], item: item) == [.usageUnchecked])
            #expect(codes([item: Answer(mark: .na, usage: used)], item: item) == [.usageUnchecked])
            #expect(codes([item: Answer(mark: .check, usage: used)], item: item).isEmpty)
            #expect(codes([item: Answer(mark: .na)], item: item).isEmpty)
        }
    }

    @Test("上記以外の取組 ticked with no text, or text with no tick")
    func otherInitiative() {
        #expect(codes(["6-2": Answer(mark: .check, options: ["other"])], item: "6-2") == [.otherWithoutText])
        #expect(codes(["6-2": Answer(mark: .check, options: ["other"], otherText: "　")], item: "6-2") == [.otherWithoutText])
        #expect(codes(["6-2": Answer(mark: .check, options: ["a"], otherText: "朝礼")], item: "6-2") == [.otherTextWithoutOption])
        #expect(codes(["6-2": Answer(mark: .check, options: ["other"], otherText: "朝礼")], item: "6-2").isEmpty)
    }

    @Test("percentages outside 0–100, negative head counts and figures, years in the future")
    func ranges() {
        #expect(codes(["3-1": Answer(mark: .blank, figures: [FigureRow(year: 2022, values: ["rate": 120])])], item: "3-1") == [.percentageOutOfRange])
        #expect(codes(["3-1": Answer(mark: .blank, figures: [FigureRow(year: 2022, values: ["rate": -1])])], item: "3-1") == [.negativeNumber])
        #expect(codes(["4-1": Answer(mark: .check, text: "目標", managers: GenderCount(men: -1, women: 2))], item: "4-1") == [.negativeNumber])
        #expect(codes(["4-3": Answer(mark: .check, usage: [FigureRow(year: 2022, values: ["men": -2, "women": 1])])], item: "4-3") == [.negativeNumber])
        // Received 2023-07-14: 2024 is in the future, 2023 is not.
        #expect(codes(["4-4": Answer(mark: .check, usage: [FigureRow(year: 2024, values: ["women": 1])])], item: "4-4") == [.futureYear])
        #expect(codes(["4-4": Answer(mark: .check, usage: [FigureRow(year: 2023, values: ["women": 1])])], item: "4-4").isEmpty)

        var document = Fixtures.document([:])
        document.firm.employees = -3
        #expect(Fixtures.evaluate(document).findings(for: nil).map(\.code) == [.negativeNumber])
    }

    @Test("without a received date, the future is measured from today")
    func futureFromToday() {
        var document = Fixtures.document(["4-4": Answer(mark: .check, usage: [FigureRow(year: 2024, values: ["women": 1])])])
        document.receivedOn = nil
        #expect(Fixtures.evaluate(document).findings(for: "4-4").map(\.code) == [.futureYear])  // today is 2023-12-01
    }

    @Test("every finding code has a Japanese and an English message")
    func messages() throws {
        let examples = try ["sakura-seiko", "midori-kensetsu", "kappo-asaka"].map { try Fixtures.example($0) }
        for finding in examples.flatMap({ Fixtures.evaluate($0).findings }) {
            #expect(!finding.message.ja.isEmpty && !finding.message.en.isEmpty)
            #expect(finding.message.ja.unicodeScalars.contains { $0.value > 0x3000 }, "\(finding.code) in Japanese")
        }
    }
}
