/// A consistency finding: something on the form that an officer should look at. Findings are
/// warnings to resolve or override with a reason, never silent fixes. Codes are stable: they
/// appear in `--json` output, in stored reviews, and in scripts.
public struct Finding: Sendable, Hashable {
    public let code: FindingCode
    /// The item the finding is about; nil for the form header (declarations, profile).
    public let item: String?
    public let message: LocalizedText

    public init(code: FindingCode, item: String?, message: LocalizedText) {
        self.code = code
        self.item = item
        self.message = message
    }
}

public enum FindingCode: String, Sendable, CaseIterable, Codable {
    /// A declaration required to qualify (labour-law compliance) is not made.
    case declarationMissing = "declaration-missing"
    /// ✓ on an option item with fewer options ticked than its minimum.
    case checkWithoutOptions = "check-without-options"
    /// Options ticked on an item without ✓ (the item still counts by its options).
    case optionsWithoutCheck = "options-without-check"
    /// 上記以外の取組 ticked without its text.
    case otherWithoutText = "other-without-text"
    /// Text for 上記以外の取組 without the box ticked.
    case otherTextWithoutOption = "other-text-without-option"
    /// 2-1: a year over 45 h a month or 360 h a year, without the 10 % reduction of the average.
    case overtimeLimit = "overtime-limit"
    /// Checked, but the figures the item is judged on are missing.
    case figuresMissing = "figures-missing"
    /// 3-1: the take-up rate is not above the industry average in enough years.
    case leaveBelowAverage = "leave-below-industry-average"
    /// 3-1: no reference figure for the firm's industry and year, so the rate cannot be judged.
    case leaveNoReference = "leave-no-reference"
    /// 4-1: checked on the share alone, but the women's share is not above the industry average.
    case womenManagersBelowAverage = "women-managers-below-average"
    /// 4-1: no reference figure for the women-manager share of the firm's industry.
    case womenManagersNoReference = "women-managers-no-reference"
    /// 4-3 / 4-4: checked without usage figures.
    case usageMissing = "usage-missing"
    /// 4-3 / 4-4: usage figures given but the item is not checked.
    case usageUnchecked = "usage-unchecked"
    case percentageOutOfRange = "percentage-out-of-range"
    case negativeNumber = "negative-number"
    case futureYear = "future-year"
    /// The received date is after today (a year written wrong, most likely).
    case receivedInFuture = "received-in-future"
}

extension FindingCode {
    /// A fact the form leaves out that only the firm can give (figures, options ticked, the
    /// text of 上記以外の取組, a declaration): what a return notice asks for. Judgements (below
    /// an average) and the office's own gaps (no reference figure) are not asked of the firm.
    public var isMissingFact: Bool {
        switch self {
        case .declarationMissing, .checkWithoutOptions, .otherWithoutText, .figuresMissing, .usageMissing: return true
        default: return false
        }
    }
}
