import NinteiCore
import Testing

@Suite("Japanese era dates and fiscal years")
struct JapaneseDateTests {
    func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test("dates format in the era they fall in, 元年 for an era's first year")
    func formatting() {
        #expect(date("2023-07-14").japanese == "令和5年7月14日")
        #expect(date("2023-07-14").japaneseShort == "R5.7.14")
        #expect(date("2019-04-30").japanese == "平成31年4月30日")
        #expect(date("2019-04-30").japaneseShort == "H31.4.30")
        #expect(date("2019-05-01").japanese == "令和元年5月1日")
        #expect(date("2019-05-01").japaneseShort == "R1.5.1")
        #expect(date("1989-01-07").japanese == "昭和64年1月7日")
        #expect(date("1989-01-08").japanese == "平成元年1月8日")
        #expect(date("1912-07-30").japaneseShort == "T1.7.30")
        #expect(date("1868-01-01").japanese == "1868-01-01", "before Meiji the ISO date is shown")
    }

    @Test("Gregorian and era input, half- and full-width, read to the same day")
    func parsing() throws {
        let expected = date("2023-07-14")
        for input in ["2023-07-14", "2023/7/14", "2023年7月14日", "2023.7.14", "令和5年7月14日", "R5.7.14", "r5.7.14", "R05.07.14",
                      "R5/7/14", "２０２３／７／１４", "令和５年７月１４日", "Ｒ５．７．１４", " 令和 5年 7月 14日 "] {
            #expect(try DateInput.parse(input) == expected, "\(input)")
        }
        #expect(try DateInput.parse("令和元年5月1日") == date("2019-05-01"))
        #expect(try DateInput.parse("令和1年5月1日") == date("2019-05-01"))
        #expect(try DateInput.parse("H31.4.30") == date("2019-04-30"))
        #expect(try DateInput.parse("平成31年4月30日") == date("2019-04-30"))
        #expect(try DateInput.parse("S64.1.7") == date("1989-01-07"))
        #expect(try DateInput.parse("2024/2/29") == date("2024-02-29"))
        // Eight digits, as a date stamp reads; an era year without its era is today's era.
        #expect(try DateInput.parse("20230701") == date("2023-07-01"))
        #expect(try DateInput.parse("２０２３０７０１") == date("2023-07-01"))
        let today = date("2026-11-29")
        #expect(try DateInput.parse("5.7.1", today: today) == date("2023-07-01"))
        #expect(try DateInput.parse("5年7月1日", today: today) == date("2023-07-01"))
        #expect(try DateInput.parse("元.5.1", today: today) == date("2019-05-01"))
        #expect(try DateInput.parse("9.1.5", today: today) == date("2027-01-05"), "next year's era year still reads")
        #expect(throws: DateInputError.self, "no era year two years ahead: 23-7-14 is not 令和23年") { try DateInput.parse("23-7-14", today: today) }
        #expect(throws: DateInputError.self, "without today there is no current era") { try DateInput.parse("5.7.1") }
        #expect(throws: DateInputError.self) { try DateInput.parse("20230231") }
    }

    @Test("input outside its era, impossible days and other text are refused with the reason")
    func refusals() {
        func reason(_ input: String) -> DateInputError.Reason? {
            do {
                _ = try DateInput.parse(input)
                return nil
            } catch {
                return error.reason
            }
        }
        let heisei = JapaneseEra.named("H")!, reiwa = JapaneseEra.named("R")!
        #expect(reason("H31.5.1") == .afterEra(heisei, reiwa, date("2019-05-01")))
        #expect(reason("令和元年4月30日") == .beforeEra(reiwa, date("2019-04-30")))
        #expect(reason("令和0年1月1日") == .noSuchEraYear(reiwa, 0))
        #expect(reason("2023-02-29") == .noSuchDay(year: 2023, month: 2, day: 29))
        #expect(reason("R5.2.30") == .noSuchDay(year: 2023, month: 2, day: 30))
        #expect(reason("") == .empty)
        for bad in ["2023", "2023-07", "2023071", "202307140", "23-7-14", "X5.7.14", "令和5年7月", "2023-07-14-", "2023--7-14", "明日", "R5.7.14日x"] {
            #expect(reason(bad) == .unreadable, "\(bad)")
        }
        do {
            _ = try DateInput.parse("H31.5.1")
        } catch {
            #expect(error.text(.ja) == "「H31.5.1」（2019-05-01）は平成ではありません（2019-05-01からは令和です）")
            #expect(error.text(.en) == "\"H31.5.1\" (2019-05-01) is not in Heisei: Reiwa began on 2019-05-01")
        }
    }

    @Test("fiscal years run April to March and take the era of their December")
    func fiscalYears() {
        #expect(date("2024-03-31").fiscalYear == FiscalYear(2023))
        #expect(date("2024-04-01").fiscalYear == FiscalYear(2024))
        #expect(FiscalYear(2023).japanese == "令和5年度")
        #expect(FiscalYear(2019).japanese == "令和元年度", "April 2019 was still 平成31年, but the year is 令和元年度")
        #expect(FiscalYear(2018).japanese == "平成30年度")
        #expect(FiscalYear(1988).japanese == "昭和63年度")
        #expect(FiscalYear(2023).firstDay == date("2023-04-01"))
        #expect(FiscalYear(2023).lastDay == date("2024-03-31"))
        #expect(FiscalYear(2023).description == "FY2023")
    }

    @Test("adding days crosses months, years and leap days")
    func addingDays() {
        #expect(date("2024-03-01").adding(days: -1) == date("2024-02-29"))
        #expect(date("2023-03-01").adding(days: -1) == date("2023-02-28"))
        #expect(date("2023-12-31").adding(days: 1) == date("2024-01-01"))
        #expect(date("2000-02-28").adding(days: 1) == date("2000-02-29"))
        #expect(date("2023-07-14").adding(days: 366) == date("2024-07-14"))
    }
}
