import Testing
import NinteiTerminal
import NinteiTestSupport

struct ListWidgetTests {
    static let firms: [[String]] = [
        ["R6-001", "株式会社山田製作所", "ﾔﾏﾀﾞｾｲｻｸｼｮ", "審査中", "120"],
        ["R6-002", "有限会社みなと運輸ホールディングスグループ", "ﾐﾅﾄｳﾝﾕ", "認定", "45"],
        ["R6-003", "Café Fleur (cafe\u{301})", "ｶﾌｪ ﾌﾙｰﾙ", "差戻し", "8"],
        ["R6-004", "👍🏽グッドワーク合同会社", "ｸﾞｯﾄﾞﾜｰｸ", "受付", "1234"],
        ["R6-005", "A株式会社北海道十勝総合開発センター", "ﾎｯｶｲﾄﾞｳ", "認定", "300"],
    ]

    static let firmColumns = [
        ListColumn(title: "番号", width: .fixed(6)),
        ListColumn(title: "企業名", width: .flexible(minimum: 12)),
        ListColumn(title: "読み", width: .flexible(minimum: 8)),
        ListColumn(title: "状態", width: .fixed(6)),
        ListColumn(title: "従業員", width: .fixed(6), alignment: .trailing),
    ]

    static func firmList(focused: Bool = true) -> ListView {
        ListView(columns: firmColumns, rowCount: firms.count, emptyMessage: "(none)") { firms[$0] }
    }

    static func render(_ widget: some Widget, width: Int, height: Int, focused: Bool = true) -> (String, CellBuffer) {
        var buffer = CellBuffer(width: width, height: height)
        widget.draw(into: &buffer, area: CellRect(x: 0, y: 0, width: width, height: height), focused: focused)
        return (buffer.render(), buffer)
    }

    static func numberedList(_ count: Int, visibleRows: Int) -> ListView {
        ListView(
            columns: [ListColumn(title: "#", width: .fixed(6), alignment: .trailing), ListColumn(title: "企業名", width: .flexible(minimum: 4))],
            rowCount: count, visibleRows: visibleRows
        ) { ["\($0 + 1)", "企業\($0 + 1)"] }
    }

    // MARK: layout

    @Test func flexibleColumnsShareWhatFixedOnesLeave() {
        #expect(ListColumn.widths(of: Self.firmColumns, totalWidth: 80) == [6, 29, 29, 6, 6])
        #expect(ListColumn.widths(of: Self.firmColumns, totalWidth: 81) == [6, 30, 29, 6, 6])
        #expect(ListColumn.widths(of: Self.firmColumns, totalWidth: 40) == [6, 12, 9, 6, 6])
    }

    @Test func japaneseColumnsLineUpByDisplayWidth() {
        let (text, _) = Self.render(Self.firmList(), width: 80, height: 24)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let readingColumn = 6 + 1 + 29 + 1
        for line in lines.prefix(6) {
            var column = 0
            var before = ""
            for character in line where column < readingColumn {
                before.append(character)
                column += character.displayWidth
            }
            #expect(column == readingColumn, "\(line)")
            #expect(before.hasSuffix(" "), "\(line)")
        }
    }

    @Test func selectedRowIsReversedWhenFocusedAndBoldOtherwise() {
        var list = Self.firmList()
        list.select(2)
        let (_, focused) = Self.render(list, width: 80, height: 24)
        #expect(focused[0, 3].style.reverse)
        #expect(focused[79, 3].style.reverse)
        #expect(!focused[0, 2].style.reverse)
        #expect(focused[0, 0].style.bold)
        let (_, unfocused) = Self.render(list, width: 80, height: 24, focused: false)
        #expect(!unfocused[0, 3].style.reverse && unfocused[0, 3].style.bold)
    }

    // MARK: virtual scrolling

    @Test func onlyVisibleRowsAreAskedFor() {
        var asked: [Int] = []
        var list = ListView(columns: [ListColumn(title: "企業名", width: .flexible(minimum: 1))], rowCount: 100_000, visibleRows: 23) { index in
            asked.append(index)
            return ["企業\(index)"]
        }
        _ = Self.render(list, width: 80, height: 24)
        #expect(asked == Array(0..<23))

        asked = []
        #expect(list.handle(.end) == .handled)
        _ = Self.render(list, width: 80, height: 24)
        #expect(asked == Array(99_977..<100_000))
        #expect(list.top == 99_977)

        asked = []
        for _ in 0..<1000 { _ = list.handle(.pageUp) }
        #expect(asked.isEmpty, "moving never asks for rows")
    }

    @Test func arrowsAndPagesMoveTheSelectionAndKeepItVisible() {
        var list = Self.numberedList(340, visibleRows: 10)
        #expect(list.handle(.up) == .ignored)
        #expect(list.handle(.home) == .ignored)
        #expect(list.handle(.down) == .handled)
        #expect(list.selection == 1 && list.top == 0)
        #expect(list.handle(.pageDown) == .handled)
        #expect(list.selection == 11 && list.top == 2)
        #expect(list.handle(.pageUp) == .handled)
        #expect(list.selection == 1 && list.top == 1)
        #expect(list.handle(.end) == .handled)
        #expect(list.selection == 339 && list.top == 330)
        #expect(list.handle(.down) == .ignored)
        #expect(list.handle(.pageDown) == .ignored)
        #expect(list.handle(.home) == .handled)
        #expect(list.selection == 0 && list.top == 0)
        #expect(list.handle(.enter) == .ignored)
        #expect(list.handle(.character("j")) == .ignored)
    }

    @Test func aShorterAreaStillShowsTheSelection() {
        var list = Self.numberedList(340, visibleRows: 20)
        list.select(19)
        #expect(list.top == 0)
        #expect(list.firstVisibleRow(bodyHeight: 5) == 15)
        let (text, _) = Self.render(list, width: 40, height: 6)
        #expect(text.contains("企業20"))
    }

    @Test func fewerRowsClampSelectionAndTop() {
        var list = Self.numberedList(340, visibleRows: 10)
        _ = list.handle(.end)
        list.rowCount = 5
        #expect(list.selection == 4 && list.top == 0)
        list.rowCount = 0
        #expect(list.selection == 0)
        #expect(list.handle(.down) == .ignored)
    }

    @Test func emptyListShowsItsMessageAndIgnoresKeys() {
        var list = ListView(columns: Self.firmColumns, rowCount: 0, emptyMessage: "該当する企業はありません") { _ in
            Issue.record("an empty list asks for no rows")
            return []
        }
        #expect(list.handle(.down) == .ignored)
        #expect(list.handle(.end) == .ignored)
        let (text, _) = Self.render(list, width: 40, height: 12)
        expectSnapshot(text, named: "list-empty-40x12")
    }

    // MARK: snapshots

    @Test func firmsAt80x24() {
        var list = Self.firmList()
        list.select(1)
        expectSnapshot(Self.render(list, width: 80, height: 24).0, named: "list-firms-80x24")
    }

    @Test func firmsAt40x12ClipAtTheEdge() {
        var list = Self.firmList()
        list.select(3)
        expectSnapshot(Self.render(list, width: 40, height: 12).0, named: "list-firms-40x12")
    }

    @Test func wideCharacterAtTheLastColumnBecomesASpaceAndTheEllipsisLinesUp() {
        let list = ListView(
            columns: [ListColumn(title: "番号", width: .fixed(6)), ListColumn(title: "企業名", width: .fixed(33))],
            rowCount: Self.firms.count
        ) { [Self.firms[$0][0], Self.firms[$0][1]] }
        let (text, buffer) = Self.render(list, width: 40, height: 12)
        expectSnapshot(text, named: "list-truncated-wide-40x12")
        #expect(buffer[39, 2].grapheme == "…")
        #expect(buffer[38, 5].grapheme == " " && buffer[39, 5].grapheme == "…")
    }

    @Test func scrolledListShowsItsIndicator() {
        var list = Self.numberedList(340, visibleRows: 23)
        for _ in 0..<30 { _ = list.handle(.down) }
        expectSnapshot(Self.render(list, width: 80, height: 24).0, named: "list-scrolled-80x24")

        var small = Self.numberedList(340, visibleRows: 11)
        small.select(300)
        expectSnapshot(Self.render(small, width: 40, height: 12).0, named: "list-scrolled-40x12")
    }
}
