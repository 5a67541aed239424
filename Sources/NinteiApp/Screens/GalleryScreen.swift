import NinteiCore
import NinteiTerminal

/// Every input widget of the toolkit on one screen (`nintei gallery`), to try Japanese input,
/// the cursor and resizing on a real terminal. Nothing typed here is stored.
final class GalleryScreen: Screen {
    private let language: Language
    private var name: TextField
    private var culture = TextField(isMultiline: true)
    private var employees: NumberField
    private var law: CheckBox
    private var measures: OptionGroup
    private var overtime: YearFiguresTable
    private var firms: ListView

    private(set) var focus = 0
    /// The first row the last frame showed, so the next frame scrolls only as far as needed.
    private var firstRow = 0

    private enum Row: Int, CaseIterable {
        case name, culture, employees, law, measures, overtime, firms
    }

    static let sampleFirms: [[String]] = [
        ["R5-001", "株式会社さくら精工", "ｻｸﾗｾｲｺｳ"],
        ["R5-002", "みどり建設株式会社", "ﾐﾄﾞﾘｹﾝｾﾂ"],
        ["R5-003", "割烹 あさか亭", "ｶｯﾎﾟｳ ｱｻｶﾃｲ"],
        ["R5-004", "Café Fleur (café)", "ｶﾌｪ ﾌﾙｰﾙ"],
        ["R5-005", "👍🏽グッドワーク合同会社北海道十勝総合開発センター", "ｸﾞｯﾄﾞﾜｰｸ"],
    ]

    init(language: Language) {
        self.language = language
        name = TextField(placeholder: UIText.galleryNamePlaceholder(language))
        employees = NumberField(minimum: 0, maximum: 99_999, unit: UIText.galleryPeopleUnit(language))
        law = CheckBox(label: UIText.galleryLawLabel(language))
        measures = OptionGroup(
            options: OptionGroup.lettered(UIText.galleryMeasureOptions.map { $0(language) }, otherLabel: UIText.galleryOther(language)),
            minimum: 1, minimumHint: UIText.galleryMinimumHint(language))
        overtime = YearFiguresTable(
            years: ["2022", "2023", "2024"],
            columns: [
                FigureColumn(title: UIText.galleryMonthlyOvertime(language), unit: UIText.galleryHoursUnit(language), allowsDecimal: true),
                FigureColumn(title: UIText.galleryYearlyOvertime(language), unit: UIText.galleryHoursUnit(language)),
            ])
        let columns = [
            ListColumn(title: UIText.galleryNumber(language), width: .fixed(6)),
            ListColumn(title: UIText.galleryFirmName(language), width: .flexible(minimum: 10)),
            ListColumn(title: UIText.galleryReading(language), width: .flexible(minimum: 6)),
        ]
        firms = ListView(columns: columns, rowCount: Self.sampleFirms.count, visibleRows: 5) { Self.sampleFirms[$0] }
    }

    var title: LocalizedText { UIText.galleryTitle }

    enum Action: String, ScreenActionSet {
        static let namespace = "gallery"
        case nextField, previousField, dialog
    }

    func bindings(_ language: Language) -> [KeyBinding] {
        [
            bind([.tab, .enter], Action.nextField, label: UIText.nextField(language)),
            bind([.backTab], Action.previousField, label: UIText.previousField(language)),
            bind([.function(2)], Action.dialog, label: UIText.galleryShowDialog(language)),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .nextField: focus = min(focus + 1, Row.allCases.count - 1)
        case .previousField: focus = max(focus - 1, 0)
        case .dialog:
            let dialog = Dialog.confirm(
                title: UIText.galleryDialogTitle(language), body: UIText.galleryDialogBody(language),
                confirm: UIText.galleryClose(language), cancel: UIText.galleryCancel(language), focusOnCancel: true)
            return .ask(dialog) { $0 == .chosen(0) ? .back : .stay }
        }
        return .stay
    }

    func handle(_ key: Key) -> ScreenAction? {
        let outcome: KeyOutcome
        switch Row(rawValue: focus)! {
        case .name: outcome = name.handle(key)
        case .culture: outcome = culture.handle(key)
        case .employees: outcome = employees.handle(key)
        case .law: outcome = law.handle(key)
        case .measures: outcome = measures.handle(key)
        case .overtime: outcome = overtime.handle(key)
        case .firms: outcome = firms.handle(key)
        }
        return outcome.screenAction
    }

    // MARK: Layout

    private func heights(width: Int) -> [Int] {
        Row.allCases.map { row in
            switch row {
            case .name, .employees, .law: return 1
            case .culture: return 3
            case .measures: return measures.options.count + 1
            case .overtime: return 2 + overtime.years.count
            case .firms: return 1 + Self.sampleFirms.count
            }
        }
    }

    /// Labels take a column on the left; the widgets the rest.
    private static func labelWidth(_ width: Int) -> Int { width >= 60 ? 12 : 9 }

    private func rowRects(in area: CellRect) -> [CellRect?] {
        let heights = heights(width: area.width)
        firstRow = StackLayout.firstRow(previous: firstRow, heights: heights, focus: focus, viewHeight: area.height)
        return StackLayout.rects(heights: heights, firstRow: firstRow, in: area)
    }

    var focusTakesText: Bool {
        [Row.name, .culture].contains(Row(rawValue: focus))
    }

    private func widgetArea(_ row: CellRect) -> CellRect {
        let label = Self.labelWidth(row.width)
        return CellRect(x: row.x + label, y: row.y, width: max(0, row.width - label), height: row.height)
    }

    /// A number is short: its field is as wide as seven digits and the unit, not the screen.
    private func numberArea(_ row: CellRect) -> CellRect {
        var area = widgetArea(row)
        area.width = min(area.width, 8 + (employees.unit?.displayWidth ?? 0) + 1)
        return area
    }

    private static let labels: [Row: LocalizedText] = [
        .name: UIText.galleryName, .culture: UIText.galleryCulture, .employees: UIText.galleryEmployees,
        .law: UIText.galleryLaw, .measures: UIText.galleryMeasures, .overtime: UIText.galleryOvertime, .firms: UIText.galleryFirms,
    ]

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let rects = rowRects(in: area)
        recordSizes(rects)
        for (index, rect) in rects.enumerated() {
            guard let rect, let row = Row(rawValue: index) else { continue }
            let hasFocus = index == focus && focused
            let labelStyle = index == focus ? CellStyle(bold: true, color: .accent) : CellStyle(color: .muted)
            buffer.put(Self.labels[row]!(language).truncated(toWidth: Self.labelWidth(area.width) - 1), x: rect.x, y: rect.y, style: labelStyle)
            widget(row).draw(into: &buffer, area: fieldArea(of: row, in: rect), focused: hasFocus)
        }
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        guard let rect = rowRects(in: area)[focus], let row = Row(rawValue: focus) else { return nil }
        return widget(row).cursorPosition(in: fieldArea(of: row, in: rect))
    }

    /// Fields that scroll remember the size they were drawn at (see `TextField.viewSize`).
    private func recordSizes(_ rects: [CellRect?]) {
        if let rect = rects[Row.name.rawValue] { name.viewSize = widgetArea(rect).size }
        if let rect = rects[Row.culture.rawValue] { culture.viewSize = widgetArea(rect).size }
        if let rect = rects[Row.firms.rawValue] { firms.visibleRows = max(1, ListView.bodyHeight(in: widgetArea(rect))) }
    }

    private func fieldArea(of row: Row, in rect: CellRect) -> CellRect {
        row == .employees ? numberArea(rect) : widgetArea(rect)
    }

    private func widget(_ row: Row) -> any Editable {
        switch row {
        case .name: return name
        case .culture: return culture
        case .employees: return employees
        case .law: return law
        case .measures: return measures
        case .overtime: return overtime
        case .firms: return firms
        }
    }
}
