/// The fields an officer types from the paper, as the intake form saves them: one key path each,
/// in paper order, with its name. Verification by re-keying compares them one by one, and a
/// case is verified when every one of them is.
public enum EntryFields {
    public struct Field: Sendable, Equatable {
        public let path: JSONPath
        public let label: LocalizedText
    }

    /// The key paths of the profile page, one constant each: a misspelt path does not compile.
    public enum Profile {
        public static let receivedOn = JSONPath([.key("receivedOn")])
        public static let name = firm("name")
        public static let kana = firm("kana")
        public static let address = firm("address")
        public static let industry = firm("industry")
        public static let employees = firm("employees")
        public static let representative = firm("representative")
        public static let contactName = firm("contactName")
        public static let phone = firm("phone")
        public static let email = firm("email")
        public static let corporateNumber = firm("corporateNumber")
        public static let kind = JSONPath([.key("kind")])
        public static let previousCertificate = JSONPath([.key("previousCertificate")])
        public static let certifications = JSONPath([.key("certifications")])

        private static func firm(_ key: String) -> JSONPath { JSONPath([.key("firm"), .key(key)]) }
    }

    public static func fields(of checklist: Checklist) -> [Field] {
        var fields: [Field] = [
            Field(path: Profile.receivedOn, label: LocalizedText(ja: "受付日", en: "Date received")),
            Field(path: Profile.name, label: LocalizedText(ja: "企業名", en: "Firm name")),
            Field(path: Profile.kana, label: LocalizedText(ja: "読み（カナ）", en: "Reading (kana)")),
            Field(path: Profile.address, label: LocalizedText(ja: "所在地", en: "Address")),
            Field(path: Profile.industry, label: LocalizedText(ja: "業種", en: "Industry")),
            Field(path: Profile.employees, label: LocalizedText(ja: "従業員数", en: "Employees")),
            Field(path: Profile.representative, label: LocalizedText(ja: "代表者", en: "Representative")),
            Field(path: Profile.contactName, label: LocalizedText(ja: "担当者", en: "Contact person")),
            Field(path: Profile.phone, label: LocalizedText(ja: "電話番号", en: "Phone")),
            Field(path: Profile.email, label: LocalizedText(ja: "メール", en: "E-mail")),
            Field(path: Profile.corporateNumber, label: LocalizedText(ja: "法人番号", en: "Corporate number")),
            Field(path: Profile.kind, label: LocalizedText(ja: "申請区分", en: "New or renewal")),
            Field(path: Profile.previousCertificate, label: LocalizedText(ja: "前回の認定番号", en: "Previous certificate number")),
        ]
        fields += checklist.declarations.map { Field(path: JSONPath([.key("declarations"), .key($0.id)]), label: $0.label) }
        if !checklist.certificationSchemes.isEmpty {
            fields.append(Field(path: Profile.certifications, label: LocalizedText(ja: "外部認証", en: "External certifications")))
        }
        for item in checklist.sections.flatMap(\.items) {
            let base = JSONPath([.key("answers"), .key(item.id)])
            fields.append(Field(path: base.appending("mark"), label: LocalizedText(ja: "\(item.id) チェック", en: "\(item.id) mark")))
            for evidence in item.evidence {
                let label = evidence.label
                fields.append(Field(path: base.appending(evidence.key.rawValue),
                                    label: LocalizedText(ja: "\(item.id) \(label.ja)", en: "\(item.id) \(label.en)")))
                if case .options(let options) = evidence.content, options.hasOther {
                    fields.append(Field(path: base.appending("otherText"),
                                        label: LocalizedText(ja: "\(item.id) その他の内容", en: "\(item.id) other")))
                }
            }
        }
        return fields
    }

    /// Whether two entries of a field say the same: equal, or both "nothing" the way the form
    /// shows nothing (no value, an empty text or list, an unticked box, a blank mark).
    public static func sameEntry(_ first: JSONValue?, _ second: JSONValue?, at path: JSONPath) -> Bool {
        first == second || (isNothing(first, at: path) && isNothing(second, at: path))
    }

    private static func isNothing(_ value: JSONValue?, at path: JSONPath) -> Bool {
        switch value {
        case nil, .string(""), .bool(false), .array([]): return true
        case .string("blank"): return path.description.hasSuffix(".mark")
        default: return false
        }
    }
}
