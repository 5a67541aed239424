import Foundation
import NinteiCore

extension LocalDate {
    /// Today's date in the local time zone.
    public static func today() -> LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(year: 2000, month: 1, day: 1)!
    }
}
