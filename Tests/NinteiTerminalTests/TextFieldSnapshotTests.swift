import Testing
import NinteiTerminal
import NinteiTestSupport

/// Text and number fields as the user sees them: what shows, and where the cursor is.
struct TextFieldSnapshotTests {
    static func render(_ widget: some Editable, in area: CellRect, size: TerminalSize, focused: Bool = true) -> (String, CellPosition?) {
        var buffer = CellBuffer(size: size)
        if area.x >= 6 { buffer.put("氏名:", x: 0, y: area.y) }
        widget.draw(into: &buffer, area: area, focused: focused)
        let cursor = widget.cursorPosition(in: area).flatMap(buffer.cursorPlacement(for:))
        return (buffer.render(), cursor)
    }

    static func typed(_ text: String, into field: TextField) -> TextField {
        var field = field
        for character in text { _ = field.handle(.character(character)) }
        return field
    }

    // MARK: single line

    @Test func shortJapaneseTextShowsWholeWithTheCursorAfterIt() {
        let field = Self.typed("山田ﾀﾛｳ café 👍🏽", into: TextField())
        let area = CellRect(x: 6, y: 0, width: 30, height: 1)
        let (text, cursor) = Self.render(field, in: area, size: TerminalSize(width: 40, height: 3))
        #expect(text.hasPrefix("氏名: 山田ﾀﾛｳ café 👍🏽"))
        // 山田 (4) + ﾀﾛｳ (3) + space + café (4) + space + 👍🏽 (2) = 15 columns after x = 6.
        #expect(cursor == CellPosition(x: 21, y: 0))
    }

    @Test func aLongLineScrollsSoTheCursorAndItsCharacterStayVisible() {
        var field = TextField()
        field.viewSize = TerminalSize(width: 20, height: 1)
        field = Self.typed("株式会社みなと運輸ホールディングスグループ", into: field)
        let area = CellRect(x: 6, y: 0, width: 20, height: 1)
        let size = TerminalSize(width: 40, height: 12)
        let (end, endCursor) = Self.render(field, in: area, size: size)
        expectSnapshot(end, named: "textfield-scrolled-end-40x12")
        // Nine characters (18 columns) and the empty cell after the text.
        #expect(endCursor == CellPosition(x: 24, y: 0))
        for _ in 0..<3 { _ = field.handle(.left) }
        let (middle, middleCursor) = Self.render(field, in: area, size: size)
        #expect(middle == end, "moving left inside the visible part does not scroll")
        #expect(middleCursor == CellPosition(x: 18, y: 0))
        _ = field.handle(.home)
        let (start, startCursor) = Self.render(field, in: area, size: size)
        expectSnapshot(start, named: "textfield-scrolled-start-40x12")
        #expect(startCursor == CellPosition(x: 6, y: 0))
    }

    @Test func aWideCharacterNeverShowsAsHalfAtTheRightEdge() {
        var field = Self.typed("あいうえおかきくけこ", into: TextField())
        _ = field.handle(.home)
        // Nine columns: four characters fit, the fifth would need columns 9 and 10.
        let area = CellRect(x: 0, y: 1, width: 9, height: 1)
        var buffer = CellBuffer(width: 12, height: 3)
        field.draw(into: &buffer, area: area, focused: true)
        #expect(buffer.render().split(separator: "\n", omittingEmptySubsequences: false)[1] == "あいうえ")
        #expect(!buffer[8, 1].isContinuation)
    }

    @Test func theCursorOnAWideCharacterSitsOnItsFirstColumn() {
        var field = Self.typed("日本語入力", into: TextField())
        _ = field.handle(.left)
        _ = field.handle(.left)
        let area = CellRect(x: 10, y: 2, width: 20, height: 1)
        #expect(field.cursorPosition(in: area) == CellPosition(x: 16, y: 2))
    }

    @Test func placeholderShowsOnlyWhenEmptyAndNotFocused() {
        let field = TextField(placeholder: "例: 山田 太郎")
        let area = CellRect(x: 6, y: 0, width: 20, height: 1)
        let size = TerminalSize(width: 30, height: 1)
        #expect(Self.render(field, in: area, size: size, focused: false).0 == "氏名: 例: 山田 太郎")
        let (focused, cursor) = Self.render(field, in: area, size: size)
        #expect(focused == "氏名:")
        #expect(cursor == CellPosition(x: 6, y: 0))
    }

    @Test func aLongPasteArrivesWholeAndShowsItsEnd() {
        var field = TextField()
        field.viewSize = TerminalSize(width: 34, height: 1)
        let paste = String(repeating: "ワーク・ライフ・バランスの推進、", count: 40)
        #expect(field.paste(paste) == .handled)
        #expect(field.text == paste)
        let area = CellRect(x: 6, y: 0, width: 34, height: 1)
        let (text, cursor) = Self.render(field, in: area, size: TerminalSize(width: 40, height: 12))
        expectSnapshot(text, named: "textfield-long-paste-40x12")
        // 16 characters fill 32 of the 34 columns; the cursor is in the cell after them.
        #expect(cursor == CellPosition(x: 38, y: 0))
    }

    // MARK: multi-line

    static let cultureNote = "当社では「家族の日」を毎月設け、社員が定時で帰宅できるよう取り組んでいます。ﾃﾚﾜｰｸ導入済み 👍🏽 café の利用補助もあります。"

    @Test func multiLineWrapsLikeReadOnlyTextWithJapaneseLineBreakRules() {
        let field = TextField(text: Self.cultureNote, isMultiline: true)
        let area = CellRect(x: 2, y: 2, width: 36, height: 6)
        let (text, cursor) = Self.render(field, in: area, size: TerminalSize(width: 40, height: 12))
        expectSnapshot(text, named: "textfield-multiline-40x12")
        let rows = Self.cultureNote.wrapped(toWidth: 36)
        for row in rows { #expect(text.contains(row)) }
        for row in rows.dropFirst() {
            #expect(!"、。」）".contains(row.first!), "a row starts with closing punctuation: \(row)")
        }
        let lastRow = rows.count - 1
        #expect(cursor == CellPosition(x: 2 + rows[lastRow].displayWidth, y: 2 + lastRow))
    }

    @Test func multiLineScrollsDownToTheCursorAndBackUp() {
        var field = TextField(text: Self.cultureNote + "\n" + Self.cultureNote, isMultiline: true)
        field.viewSize = TerminalSize(width: 40, height: 3)
        let area = CellRect(x: 0, y: 0, width: 40, height: 3)
        let size = TerminalSize(width: 40, height: 3)
        let (bottom, bottomCursor) = Self.render(field, in: area, size: size)
        // The last row is full, so the cursor waits at the start of an empty row below it.
        #expect(bottomCursor == CellPosition(x: 0, y: 2))
        #expect(bottom.hasSuffix("café の利用補助もあります。\n"))
        _ = field.handle(.up)
        let (oneUp, oneUpCursor) = Self.render(field, in: area, size: size)
        #expect(oneUp.hasSuffix("café の利用補助もあります。"))
        #expect(oneUpCursor?.y == 2)
        _ = field.handle(.up)
        let (twoUp, twoUpCursor) = Self.render(field, in: area, size: size)
        #expect(twoUp == oneUp, "moving up inside the view does not scroll")
        #expect(twoUpCursor?.y == 1)
        for _ in 0..<10 { _ = field.handle(.up) }
        let (top, topCursor) = Self.render(field, in: area, size: size)
        #expect(topCursor?.y == 0)
        #expect(top.hasPrefix("当社では「家族の日」"))
    }

    @Test func multiLineAt80x24() {
        var field = TextField(text: Self.cultureNote, isMultiline: true)
        _ = field.handle(.enter)
        for character in "社員数 25名（うち女性 12名）" { _ = field.handle(.character(character)) }
        let area = CellRect(x: 6, y: 1, width: 60, height: 5)
        let (text, cursor) = Self.render(field, in: area, size: TerminalSize(width: 80, height: 24))
        expectSnapshot(text, named: "textfield-multiline-80x24")
        let firstParagraphRows = Self.cultureNote.wrapped(toWidth: 60).count
        #expect(cursor == CellPosition(x: 6 + "社員数 25名（うち女性 12名）".displayWidth, y: 1 + firstParagraphRows))
    }

    // MARK: number field

    @Test func numberFieldTakesDigitsIncludingFullWidthAndRefusesLetters() {
        var field = NumberField(minimum: 0, maximum: 100, allowsDecimal: true, unit: "%")
        #expect(field.handle(.character("６")) == .handled)
        #expect(field.handle(.character("2")) == .handled)
        #expect(field.handle(.character("a")) == .refused(.notADigit))
        #expect(field.handle(.character("あ")) == .refused(.notADigit))
        #expect(field.handle(.character("．")) == .handled)
        #expect(field.handle(.character(".")) == .refused(.notADigit))
        #expect(field.handle(.character("4")) == .handled)
        #expect(field.text == "62.4")
        #expect(field.value == 62.4)
        #expect(field.handle(.character("-")) == .refused(.outOfRange(minimum: 0, maximum: 100)))
    }

    @Test func numberFieldRefusesAKeyThatPassesTheMaximum() {
        var field = NumberField(value: 10, minimum: 1, maximum: 100)
        #expect(field.handle(.character("0")) == .handled)
        #expect(field.handle(.character("0")) == .refused(.outOfRange(minimum: 1, maximum: 100)))
        #expect(field.value == 100)
        var small = NumberField(minimum: 10, maximum: 99)
        #expect(small.handle(.character("1")) == .handled, "1 on the way to 15 is allowed")
        #expect(!small.isWithinRange)
        #expect(small.handle(.character("5")) == .handled)
        #expect(small.isWithinRange)
    }

    @Test func numberFieldIsRightAlignedWithItsUnitAndCursorAfterTheDigits() {
        var field = NumberField(minimum: 0, maximum: 9999, unit: "時間")
        for digit in "1234" { _ = field.handle(.character(digit)) }
        let area = CellRect(x: 6, y: 0, width: 12, height: 1)
        var buffer = CellBuffer(width: 40, height: 1)
        field.draw(into: &buffer, area: area, focused: true)
        // 12 columns: 7 for digits, the cursor's cell, then the unit.
        #expect(buffer.render() == "         1234 時間")
        #expect(field.cursorPosition(in: area) == CellPosition(x: 13, y: 0))
        _ = field.handle(.left)
        _ = field.handle(.left)
        #expect(field.cursorPosition(in: area) == CellPosition(x: 11, y: 0))
    }
}
