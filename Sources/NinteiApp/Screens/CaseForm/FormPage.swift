import NinteiCore
import NinteiTerminal

/// The pages of the intake form, in the order of the paper: the firm's profile, the
/// declarations and external certifications, then one page per checklist section.
enum FormPage: Equatable {
    case profile
    case declarations
    case section(String)

    static func all(of checklist: Checklist) -> [FormPage] {
        [.profile, .declarations] + checklist.sections.map { .section($0.id) }
    }
}

/// What a page shows, top to bottom.
enum FormPageRow {
    /// An item's number and wording, as on the paper.
    case heading(String)
    case field(Int)
    /// The findings of an item (nil: of the form header), shown under its fields.
    case findings(String?)
}

/// Builds a page's rows and fields from the checklist; values are loaded afterwards.
struct FormPageBuilder {
    let checklist: Checklist
    let language: Language
    /// The JSIC major groups 業種 is chosen from; with none, a letter A–T is taken as typed.
    let industries: [Industry]
    private(set) var rows: [FormPageRow] = []
    private(set) var fields: [FormField] = []

    init(page: FormPage, checklist: Checklist, language: Language, industries: [Industry] = []) {
        self.checklist = checklist
        self.language = language
        self.industries = industries
        switch page {
        case .profile: buildProfile()
        case .declarations: buildDeclarations()
        case .section(let id): buildSection(id)
        }
    }

    private mutating func add(_ field: FormField) {
        rows.append(.field(fields.count))
        fields.append(field)
    }

    /// A text field that takes no more than the store will (`InputLimits`), saying so at the limit.
    private func text(_ path: JSONPath, _ label: LocalizedText, value: FormField.Value = .string, placeholder: String = "", maximumLength: Int? = nil) -> FormField {
        var field = TextField(placeholder: placeholder, maximumLength: maximumLength ?? InputLimits.maxLength(at: path))
        // A date (today's, pre-filled for a new case) and an industry are replaced more often than edited.
        field.selectsOnFocus = value == .date || value == .industry
        return FormField(path: path, label: label(language), control: .text(field), value: value, itemID: nil, labelAbove: false)
    }

    private mutating func buildProfile() {
        typealias Profile = EntryFields.Profile
        add(text(Profile.receivedOn, UIText.formReceivedOn, value: .date, placeholder: UIText.formDatePlaceholder(language)))
        add(text(Profile.name, UIText.formFirmName))
        add(text(Profile.kana, UIText.formFirmKana))
        add(text(Profile.address, UIText.formAddress))
        var industry = text(Profile.industry, UIText.formIndustry, value: .industry, maximumLength: industries.isEmpty ? 1 : 20)
        if !industries.isEmpty { industry.choices = .industries(industries, language: language) }
        add(industry)
        add(FormField(
            path: Profile.employees, label: UIText.formEmployees(language),
            control: .number(NumberField(minimum: 0, maximum: 9_999_999, unit: UIText.formPeople(language))),
            value: .integer, itemID: nil, labelAbove: false))
        add(text(Profile.representative, UIText.formRepresentative))
        add(text(Profile.contactName, UIText.formContactName))
        add(text(Profile.phone, UIText.formPhone))
        add(text(Profile.email, UIText.formEmail))
        add(text(Profile.corporateNumber, UIText.formCorporateNumber, value: .corporateNumber, placeholder: UIText.formCorporateNumberPlaceholder(language)))
        add(FormField(
            path: Profile.kind, label: UIText.formKind(language),
            control: .check(CheckBox(label: UIText.formKindRenewal(language))), value: .kind, itemID: nil, labelAbove: false))
        add(text(Profile.previousCertificate, UIText.formPreviousCertificate))
        rows.append(.findings(nil))
    }

    private mutating func buildDeclarations() {
        for declaration in checklist.declarations {
            add(FormField(
                path: JSONPath([.key("declarations"), .key(declaration.id)]), label: "",
                control: .check(CheckBox(label: declaration.label.text(language))),
                value: .declaration, itemID: nil, labelAbove: false))
        }
        rows.append(.findings(nil))
        rows.append(.heading(UIText.formExternalCertifications(language)))
        for scheme in checklist.certificationSchemes {
            add(FormField(
                path: EntryFields.Profile.certifications, label: "",
                control: .check(CheckBox(label: scheme.label.text(language))),
                value: .certificationHeld(scheme: scheme.id), itemID: nil, labelAbove: false))
            let label = scheme.detail == .category ? UIText.formCategory : UIText.formNumber
            add(FormField(
                path: EntryFields.Profile.certifications, label: "  " + label(language),
                control: .text(TextField(placeholder: scheme.categories.joined(separator: " / "), maximumLength: InputLimits.line)),
                value: .certificationDetail(scheme: scheme.id, detail: scheme.detail), itemID: nil, labelAbove: false,
                choices: scheme.detail == .category && !scheme.categories.isEmpty ? .categories(scheme.categories) : nil))
        }
    }

    private mutating func buildSection(_ id: String) {
        guard let section = checklist.sections.first(where: { $0.id == id }) else { return }
        rows.append(.heading("■ \(section.id) " + section.title.text(language)))
        for item in section.items {
            rows.append(.heading("\(item.id) " + item.text.text(language)))
            let base = JSONPath([.key("answers"), .key(item.id)])
            add(FormField(
                path: base.appending("mark"), label: UIText.formMark(language),
                control: .check(CheckBox(label: (item.allowsNA ? UIText.formAppliesOrNA : UIText.formApplies)(language), allowsNotApplicable: item.allowsNA)),
                value: .mark, itemID: item.id, labelAbove: false))
            for evidence in item.evidence {
                addEvidence(evidence, item: item, base: base)
            }
            rows.append(.findings(item.id))
        }
    }

    private mutating func addEvidence(_ evidence: EvidenceField, item: ChecklistItem, base: JSONPath) {
        let label = evidence.label.text(language)
        let path = base.appending(evidence.key.rawValue)
        switch evidence.content {
        case .text(let multiline):
            let field = TextField(isMultiline: multiline, maximumLength: InputLimits.maxLength(at: path))
            add(FormField(path: path, label: label, control: .text(field), value: .string, itemID: item.id, labelAbove: true))
        case .options(let options):
            let group = OptionGroup(
                options: options.choices.map { OptionGroup.Option(id: $0.id, label: $0.label.text(language)) },
                minimum: options.minimum, minimumHint: UIText.formMinimumHint(options.minimum)(language))
            add(FormField(path: path, label: label, control: .options(group), value: .optionIDs, itemID: item.id, labelAbove: true))
            if options.hasOther {
                add(FormField(
                    path: base.appending("otherText"), label: UIText.formOtherText(language),
                    control: .text(TextField(maximumLength: InputLimits.maxLength(at: base.appending("otherText")))), value: .string, itemID: item.id, labelAbove: true))
            }
        case .yearFigures(let table):
            let columns = [FigureColumn(title: UIText.formYear(language), unit: "")]
                + table.columns.map { FigureColumn(title: $0.label.text(language), unit: $0.unit.text(language), allowsDecimal: $0.kind != .count) }
            var widget = YearFiguresTable(years: (1...max(1, table.rows)).map { "\($0)." }, columns: columns)
            // The paper prints these years: they are filled in, and Tab goes from figure to figure.
            if table.yearsBeforeReceipt { widget.prefilledColumns = [0] }
            let counts = Set(table.columns.filter { $0.kind == .count }.map(\.key))
            add(FormField(
                path: path, label: label, control: .table(widget),
                value: .yearRows(columnKeys: table.columns.map(\.key), countColumns: counts, yearsBeforeReceipt: table.yearsBeforeReceipt),
                itemID: item.id, labelAbove: true))
        case .headcountByGender:
            let widget = YearFiguresTable(
                years: [UIText.formHeadcount(language)],
                columns: [FigureColumn(title: gender(.men), unit: UIText.formPeople(language)), FigureColumn(title: gender(.women), unit: UIText.formPeople(language))])
            add(FormField(path: path, label: label, control: .table(widget), value: .genderCount, itemID: item.id, labelAbove: true))
        case .sdgGoals:
            add(FormField(
                path: path, label: label, control: .text(TextField(placeholder: UIText.formSDGsPlaceholder(language), maximumLength: InputLimits.line)),
                value: .sdgs, itemID: item.id, labelAbove: true))
        }
    }

    private enum Gender { case men, women }

    private func gender(_ gender: Gender) -> String {
        switch gender {
        case .men: return LocalizedText(ja: "男性", en: "Men")(language)
        case .women: return LocalizedText(ja: "女性", en: "Women")(language)
        }
    }
}
