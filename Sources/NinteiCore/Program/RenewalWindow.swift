/// The stretch of days in which a certificate's end makes it due for renewal.
public struct RenewalWindow: Sendable, Equatable {
    public let from: LocalDate
    /// The last day included.
    public let through: LocalDate

    /// From `today` to the same day `months` months later (the month's last day when that day
    /// does not exist: 31 August + 6 months is 28 or 29 February).
    public init(months: Int, from today: LocalDate) {
        let index = today.year * 12 + (today.month - 1) + months
        let year = index / 12
        let month = index % 12 + 1
        from = today
        through = LocalDate(year: year, month: month, day: min(today.day, LocalDate.daysInMonth(year: year, month: month)))!
    }

    public func contains(_ date: LocalDate) -> Bool {
        from <= date && date <= through
    }

    /// Days from `today` until `date` (negative once it has passed).
    public static func days(from today: LocalDate, to date: LocalDate) -> Int {
        date.dayNumber - today.dayNumber
    }
}
