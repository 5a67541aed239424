import NinteiCore
import NinteiTerminal

/// One input of the intake form: the widget the officer types into, and where its value lives
/// in the application document (the key path a save writes).
struct FormField: FormInput {
    /// How the widget's state becomes the document's value, and back.
    enum Value: Equatable {
        case string
        /// An industry letter A–T, typed in either case.
        case industry
        /// A 法人番号: 13 digits, typed full-width or grouped with hyphens, its check digit verified.
        case corporateNumber
        /// New or renewal: ticked for a renewal.
        case kind
        /// A date typed as 2023-07-14 (or 2023/7/14), stored as ISO.
        case date
        case integer
        /// ✓ / blank / "-" of an item.
        case mark
        /// A declaration: true when ticked.
        case declaration
        case optionIDs
        /// Rows of a year × figures table; the first column is the year (offered from the
        /// receipt date when the rows are the years before it).
        case yearRows(columnKeys: [String], countColumns: Set<String>, yearsBeforeReceipt: Bool)
        /// Men and women in one row.
        case genderCount
        /// SDG goal numbers typed as "5, 8".
        case sdgs
        /// Whether the firm holds an external certification (the whole `certifications` list is saved).
        case certificationHeld(scheme: String)
        /// The category or number of an external certification.
        case certificationDetail(scheme: String, detail: CertificationScheme.Detail)
    }

    let path: JSONPath
    /// The kit reads a field back by its document path (the certification fields share one).
    var id: JSONPath { path }
    let label: String
    var control: FormControl
    let value: Value
    /// The checklist item the field belongs to; nil on the profile and declarations pages.
    let itemID: String?
    /// Whether the label goes above the widget (tables, long labels) or to its left.
    let labelAbove: Bool
    /// The list the value comes from, when it does (業種, a certification's 区分).
    var choices: FieldChoices? = nil
    /// The value as last loaded or saved.
    var savedValue: JSONValue?
    /// What the widget stood for right after it was loaded (an unticked box for an explicit
    /// `false`, an empty field for `""`): leaving the field saves only when the widget's value
    /// differs from both this and `savedValue`, so moving through a field never writes.
    var loadedValue: JSONValue?

    /// Whether the widget now holds something other than what was loaded or saved.
    func isChanged(_ value: JSONValue?) -> Bool {
        value != savedValue && value != loadedValue
    }

    /// Rows the widget takes (without a label row above it).
    var widgetHeight: Int {
        switch control {
        case .text(let field): return field.editor.isMultiline ? 3 : 1
        case .number, .check, .choice, .button: return 1
        case .options(let group): return group.options.count + (group.minimum > 0 ? 1 : 0)
        case .table(let table): return 2 + table.years.count
        }
    }

    var height: Int { widgetHeight + (labelAbove ? 1 : 0) }

    /// Offers the paper's years (the calendar years before the application's, oldest first)
    /// in the rows of a year × figures table that hold no year yet, so the officer types only
    /// the figures. A year already in another row is not offered twice.
    mutating func suggestYears(before receivedOn: LocalDate?) {
        guard case .yearRows(_, _, true) = value, case .table(var table) = control else { return }
        let typed = Set(table.years.indices.compactMap { table.value(row: $0, column: 0) })
        let last = (receivedOn ?? LocalDate.today()).year - 1
        for row in table.years.indices {
            let year = Double(last - (table.years.count - 1) + row)
            let free = table.value(row: row, column: 0) == nil && !typed.contains(year)
            table.suggest(free ? year : nil, row: row, column: 0)
        }
        control = .table(table)
    }

    /// Puts the value the typed text stands for in a certification's 区分 (プラ → プラチナくるみん);
    /// other fields with choices resolve theirs in `documentValue()`.
    mutating func resolveCertificationChoice() throws(FieldInputError) {
        guard case .certificationDetail = value, let choices, case .text(var field) = control else { return }
        field.text = try choices.resolve(field.text) ?? ""
        control = .text(field)
    }
}
