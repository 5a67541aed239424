/// One paper application as a value: the firm's profile, its declarations and external
/// certifications, and the answers keyed by item id (INTERCHANGE.md, format version 2).
/// Optional fields keep the difference between "absent" and "empty" so a document read and
/// written again is the same document.
public struct ApplicationDocument: Sendable, Equatable {
    /// The version written.
    public static let format = "nintei-application/2"
    /// The first version, still read: the same document without `firm.corporateNumber`.
    public static let formatVersion1 = "nintei-application/1"

    public var checklistID: String
    public var kind: ApplicationKind
    public var previousCertificate: String?
    public var receivedOn: LocalDate?
    public var firm: FirmProfile
    /// Declarations by id (`lawCompliance`); absent means not declared.
    public var declarations: [String: Bool]
    public var certifications: [ExternalCertification]
    /// Answers by item id; an absent item is a blank item.
    public var answers: [String: Answer]

    public init(
        checklistID: String, kind: ApplicationKind = .new, previousCertificate: String? = nil,
        receivedOn: LocalDate? = nil, firm: FirmProfile = FirmProfile(name: ""),
        declarations: [String: Bool] = [:], certifications: [ExternalCertification] = [],
        answers: [String: Answer] = [:]
    ) {
        self.checklistID = checklistID
        self.kind = kind
        self.previousCertificate = previousCertificate
        self.receivedOn = receivedOn
        self.firm = firm
        self.declarations = declarations
        self.certifications = certifications
        self.answers = answers
    }

    public func answer(_ itemID: String) -> Answer {
        answers[itemID] ?? Answer()
    }
}

public enum ApplicationKind: String, Sendable, CaseIterable, Codable {
    case new
    case renewal
}

public struct FirmProfile: Sendable, Equatable {
    public var name: String
    /// The National Tax Agency's 法人番号 (`CorporateNumber`); sole proprietors have none.
    public var corporateNumber: String?
    public var kana: String?
    public var address: String?
    /// Major group letter of the Japan Standard Industrial Classification (A–T).
    public var industry: String?
    public var employees: Int?
    public var representative: String?
    public var contactName: String?
    public var phone: String?
    public var email: String?

    public init(
        name: String, kana: String? = nil, address: String? = nil, industry: String? = nil, employees: Int? = nil,
        representative: String? = nil, contactName: String? = nil, phone: String? = nil, email: String? = nil,
        corporateNumber: String? = nil
    ) {
        self.name = name
        self.corporateNumber = corporateNumber
        self.kana = kana
        self.address = address
        self.industry = industry
        self.employees = employees
        self.representative = representative
        self.contactName = contactName
        self.phone = phone
        self.email = email
    }
}

public struct ExternalCertification: Sendable, Equatable {
    public var scheme: String
    public var category: String?
    public var number: String?

    public init(scheme: String, category: String? = nil, number: String? = nil) {
        self.scheme = scheme
        self.category = category
        self.number = number
    }
}

/// The mark in an item's check column.
public enum Mark: String, Sendable, CaseIterable, Codable {
    /// ✓ on the paper.
    case check
    case blank
    /// "-": nobody was eligible (only where the item allows it).
    case na
}

public struct Answer: Sendable, Equatable {
    public var mark: Mark
    public var text: String?
    /// Ticked option ids by position on the form (`a`, `b`, … and `other`).
    public var options: [String]?
    public var otherText: String?
    public var figures: [FigureRow]?
    public var usage: [FigureRow]?
    public var managers: GenderCount?
    public var sdgs: [Int]?

    public init(
        mark: Mark = .blank, text: String? = nil, options: [String]? = nil, otherText: String? = nil,
        figures: [FigureRow]? = nil, usage: [FigureRow]? = nil, managers: GenderCount? = nil, sdgs: [Int]? = nil
    ) {
        self.mark = mark
        self.text = text
        self.options = options
        self.otherText = otherText
        self.figures = figures
        self.usage = usage
        self.managers = managers
        self.sdgs = sdgs
    }

    public func rows(_ key: EvidenceKey) -> [FigureRow] {
        switch key {
        case .figures: return figures ?? []
        case .usage: return usage ?? []
        default: return []
        }
    }
}

/// One year's row of a year × figures table; `values` by the checklist's column keys.
public struct FigureRow: Sendable, Equatable {
    public var year: Int
    public var values: [String: Double]

    public init(year: Int, values: [String: Double] = [:]) {
        self.year = year
        self.values = values
    }

    public subscript(column: String) -> Double? {
        values[column]
    }
}

public struct GenderCount: Sendable, Equatable, Codable {
    public var men: Int
    public var women: Int

    public init(men: Int, women: Int) {
        self.men = men
        self.women = women
    }

    /// The women's share in percent, or nil when there is nobody to count.
    public var womenShare: Double? {
        let total = men + women
        guard total > 0, men >= 0, women >= 0 else { return nil }
        return Double(women) / Double(total) * 100
    }
}
