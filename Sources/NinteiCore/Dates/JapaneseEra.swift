/// The eras of the Japanese calendar since the Gregorian calendar's adoption, by first day.
/// A small table rather than Foundation's Japanese calendar, so Core stays free of Foundation
/// and a new era is one line.
public struct JapaneseEra: Sendable, Hashable {
    public let name: String
    /// The Latin initial used in short dates (R5.7.14).
    public let initial: Character
    public let english: String
    public let firstDay: LocalDate

    /// Oldest first. Meiji's first day is the Gregorian equivalent of 明治元年9月8日.
    public static let all: [JapaneseEra] = [
        JapaneseEra(name: "明治", initial: "M", english: "Meiji", firstDay: LocalDate(year: 1868, month: 10, day: 23)!),
        JapaneseEra(name: "大正", initial: "T", english: "Taisho", firstDay: LocalDate(year: 1912, month: 7, day: 30)!),
        JapaneseEra(name: "昭和", initial: "S", english: "Showa", firstDay: LocalDate(year: 1926, month: 12, day: 25)!),
        JapaneseEra(name: "平成", initial: "H", english: "Heisei", firstDay: LocalDate(year: 1989, month: 1, day: 8)!),
        JapaneseEra(name: "令和", initial: "R", english: "Reiwa", firstDay: LocalDate(year: 2019, month: 5, day: 1)!),
    ]

    /// The era a date falls in; nil before Meiji.
    public static func era(of date: LocalDate) -> JapaneseEra? {
        all.last { $0.firstDay <= date }
    }

    public static func named(_ text: String) -> JapaneseEra? {
        all.first { $0.name == text || String($0.initial) == text.uppercased() }
    }

    /// The era after this one, if any.
    public var successor: JapaneseEra? {
        guard let index = JapaneseEra.all.firstIndex(of: self), index + 1 < JapaneseEra.all.count else { return nil }
        return JapaneseEra.all[index + 1]
    }

    /// The Gregorian year of the era's year 1 (元年).
    public var firstYear: Int { firstDay.year }

    /// The era year of a Gregorian year (2023 in 令和 → 5).
    public func eraYear(of year: Int) -> Int { year - firstYear + 1 }

    /// 元 for the first year, else the number: 令和元年, 令和5年.
    public static func yearText(_ eraYear: Int) -> String {
        eraYear == 1 ? "元" : String(eraYear)
    }
}

extension LocalDate {
    /// The era and era year of this date; nil before Meiji.
    public var japaneseEra: (era: JapaneseEra, year: Int)? {
        guard let era = JapaneseEra.era(of: self) else { return nil }
        return (era, era.eraYear(of: year))
    }

    /// 令和5年7月14日 (令和元年5月1日 in an era's first year); ISO before Meiji.
    public var japanese: String {
        guard let (era, eraYear) = japaneseEra else { return iso }
        return "\(era.name)\(JapaneseEra.yearText(eraYear))年\(month)月\(day)日"
    }

    /// R5.7.14; ISO before Meiji.
    public var japaneseShort: String {
        guard let (era, eraYear) = japaneseEra else { return iso }
        return "\(era.initial)\(eraYear).\(month).\(day)"
    }

    /// The Japanese fiscal year (April–March) the date falls in, named by the year it starts:
    /// 2024-03-31 is in FY2023, 2024-04-01 in FY2024.
    public var fiscalYear: FiscalYear {
        FiscalYear(month >= 4 ? year : year - 1)
    }

    /// The date `days` later (or earlier, when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar; only differences matter.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra
    }

    init(dayNumber: Int) {
        let era = (dayNumber >= 0 ? dayNumber : dayNumber - 146096) / 146097
        let dayOfEra = dayNumber - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)!
    }
}

/// A Japanese fiscal year, April to March, named by the calendar year it starts in.
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let startYear: Int

    public init(_ startYear: Int) {
        self.startYear = startYear
    }

    public var firstDay: LocalDate { LocalDate(year: startYear, month: 4, day: 1)! }
    public var lastDay: LocalDate { LocalDate(year: startYear + 1, month: 3, day: 31)! }

    public func contains(_ date: LocalDate) -> Bool { date.fiscalYear == self }

    /// The era year the fiscal year is known by: the era of 31 December of its first calendar
    /// year, so April 2019–March 2020 is 令和元年度 although it began in 平成31年.
    public var japaneseEra: (era: JapaneseEra, year: Int)? {
        LocalDate(year: startYear, month: 12, day: 31)!.japaneseEra
    }

    /// 令和5年度
    public var japanese: String {
        guard let (era, year) = japaneseEra else { return "\(startYear)年度" }
        return "\(era.name)\(JapaneseEra.yearText(year))年度"
    }

    /// FY2023
    public var description: String { "FY\(startYear)" }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.startYear < rhs.startYear }
}
