/// Reads a date as people write it on Japanese forms: Gregorian (2023-07-14, 2023/7/14,
/// 2023年7月14日) or Japanese era (令和5年7月14日, 令和元年5月1日, R5.7.14, H31.4.30), with
/// full-width digits and letters allowed; eight digits (20230714) as year, month and day; and,
/// given today, an era year without the era (5.7.14, 5年7月14日) in today's era, up to the
/// year after this one. Anything else is refused with the reason.
public enum DateInput {
    public static func parse(_ input: String, today: LocalDate? = nil) throws(DateInputError) -> LocalDate {
        let text = normalized(input)
        guard !text.isEmpty else { throw DateInputError(input: input, reason: .empty) }
        if text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let digits = Array(text)
            let (year, month, day) = (Int(String(digits[0..<4]))!, Int(String(digits[4..<6]))!, Int(String(digits[6..<8]))!)
            guard let date = LocalDate(year: year, month: month, day: day) else {
                throw DateInputError(input: input, reason: .noSuchDay(year: year, month: month, day: day))
            }
            return date
        }
        var rest = Substring(text)
        var era: JapaneseEra?
        if let named = JapaneseEra.all.first(where: { rest.hasPrefix($0.name) }) {
            era = named
            rest = rest.dropFirst(named.name.count)
        } else if let first = rest.first, first.isLetter, first.isASCII {
            guard let byInitial = JapaneseEra.named(String(first)) else { throw DateInputError(input: input, reason: .unreadable) }
            era = byInitial
            rest = rest.dropFirst()
        }
        let numbers = try fields(rest, input: input)
        let (first, month, day) = (numbers[0], numbers[1], numbers[2])
        if era == nil, first.digits <= 2, let today, let current = JapaneseEra.era(of: today),
           first.value <= current.eraYear(of: today.year) + 1 {
            era = current
        }
        guard let era else {
            guard first.digits == 4 else { throw DateInputError(input: input, reason: .unreadable) }
            guard let date = LocalDate(year: first.value, month: month.value, day: day.value) else {
                throw DateInputError(input: input, reason: .noSuchDay(year: first.value, month: month.value, day: day.value))
            }
            return date
        }
        guard first.value >= 1, first.digits <= 2 else { throw DateInputError(input: input, reason: .noSuchEraYear(era, first.value)) }
        let year = era.firstYear + first.value - 1
        guard let date = LocalDate(year: year, month: month.value, day: day.value) else {
            throw DateInputError(input: input, reason: .noSuchDay(year: year, month: month.value, day: day.value))
        }
        if date < era.firstDay {
            throw DateInputError(input: input, reason: .beforeEra(era, date))
        }
        if let next = era.successor, date >= next.firstDay {
            throw DateInputError(input: input, reason: .afterEra(era, next, date))
        }
        return date
    }

    /// Full-width ASCII to half-width, ideographic spaces and all spaces removed.
    static func normalized(_ input: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x20, 0x3000, 0x09: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Exactly three numbers (元 counts as 1) separated by - / . 年 月, optionally ending in 日.
    private static func fields(_ text: Substring, input: String) throws(DateInputError) -> [(value: Int, digits: Int)] {
        var numbers: [(value: Int, digits: Int)] = []
        var current = ""
        var expectSeparator = false
        func flush() {
            if !current.isEmpty { numbers.append((Int(current) ?? 0, current.count)) }
            current = ""
        }
        for character in text {
            if character.isASCII, character.isNumber, !expectSeparator || !current.isEmpty {
                guard current.count < 4 else { throw DateInputError(input: input, reason: .unreadable) }
                current.append(character)
            } else if character == "元", current.isEmpty, numbers.isEmpty {
                numbers.append((1, 1))
                expectSeparator = true
            } else if "-/.年月日".contains(character), !(current.isEmpty && !expectSeparator) {
                flush()
                expectSeparator = false
                if character == "日" && numbers.count != 3 { throw DateInputError(input: input, reason: .unreadable) }
            } else {
                throw DateInputError(input: input, reason: .unreadable)
            }
        }
        flush()
        guard numbers.count == 3, !text.hasSuffix("-"), !text.hasSuffix("/"), !text.hasSuffix(".") else {
            throw DateInputError(input: input, reason: .unreadable)
        }
        return numbers
    }
}

/// Why a date could not be read, with the input.
public struct DateInputError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case empty
        case unreadable
        case noSuchDay(year: Int, month: Int, day: Int)
        case noSuchEraYear(JapaneseEra, Int)
        case beforeEra(JapaneseEra, LocalDate)
        case afterEra(JapaneseEra, JapaneseEra, LocalDate)
    }

    public let input: String
    public let reason: Reason

    public var message: LocalizedText {
        switch reason {
        case .empty:
            return LocalizedText(ja: "日付が空です", en: "the date is empty")
        case .unreadable:
            return LocalizedText(
                ja: "「\(input)」は日付として読めません（例: 2023-07-14、2023/7/14、令和5年7月14日、R5.7.14）",
                en: "\"\(input)\" is not a date (write e.g. 2023-07-14, 2023/7/14, 令和5年7月14日 or R5.7.14)")
        case .noSuchDay(let year, let month, let day):
            return LocalizedText(
                ja: "\(year)年\(month)月\(day)日という日はありません（「\(input)」）",
                en: "there is no day \(month)/\(day) in \(year) (\"\(input)\")")
        case .noSuchEraYear(let era, let year):
            return LocalizedText(ja: "\(era.name)\(year)年はありません（「\(input)」）", en: "there is no year \(year) of \(era.english) (\"\(input)\")")
        case .beforeEra(let era, let date):
            return LocalizedText(
                ja: "「\(input)」（\(date.iso)）は\(era.name)が始まる前です（\(era.name)は\(era.firstDay.iso)から）",
                en: "\"\(input)\" (\(date.iso)) is before \(era.english) began on \(era.firstDay.iso)")
        case .afterEra(let era, let next, let date):
            return LocalizedText(
                ja: "「\(input)」（\(date.iso)）は\(era.name)ではありません（\(next.firstDay.iso)からは\(next.name)です）",
                en: "\"\(input)\" (\(date.iso)) is not in \(era.english): \(next.english) began on \(next.firstDay.iso)")
        }
    }

    public func text(_ language: Language) -> String { message.text(language) }
}
