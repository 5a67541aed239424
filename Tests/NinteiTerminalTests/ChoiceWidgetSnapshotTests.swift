import Testing
import NinteiTerminal
import NinteiTestSupport

struct ChoiceWidgetSnapshotTests {
    static func render(_ widget: some Widget, in area: CellRect, size: TerminalSize, focused: Bool = true, background: Bool = false) -> (String, CellBuffer) {
        var buffer = CellBuffer(size: size)
        if background {
            for y in 0..<size.height {
                buffer.put(String(repeating: "背景ﾃｷｽﾄ|", count: size.width / 8 + 1), x: 0, y: y)
            }
        }
        widget.draw(into: &buffer, area: area, focused: focused)
        return (buffer.render(), buffer)
    }

    static func whole(_ width: Int, _ height: Int) -> (CellRect, TerminalSize) {
        (CellRect(x: 0, y: 0, width: width, height: height), TerminalSize(width: width, height: height))
    }

    // MARK: single choice

    @Test func singleChoiceSpreadOrCyclingTurnsRoundTheEnds() {
        var spread = SingleChoice(labels: ["電話", "メール", "訪問"])
        #expect(spread.handle(.left) == .handled && spread.selectedLabel == "訪問")
        #expect(spread.handle(.character(" ")) == .handled && spread.selected == 0)
        #expect(spread.handle(.enter) == .ignored)
        let (row, _) = Self.render(spread, in: CellRect(x: 0, y: 0, width: 40, height: 1), size: TerminalSize(width: 40, height: 1))
        #expect(row.hasPrefix("(•) 電話  ( ) メール  ( ) 訪問"))
        let (tight, _) = Self.render(spread, in: CellRect(x: 0, y: 0, width: 26, height: 1), size: TerminalSize(width: 26, height: 1))
        #expect(tight.hasPrefix("(•)電話 ( )メール ( )訪問"))

        var members = SingleChoice(labels: ["suzuki", "tanaka"], presentation: .cycling)
        #expect(members.handle(.right) == .handled && members.selectedLabel == "tanaka")
        let (cycling, _) = Self.render(members, in: CellRect(x: 0, y: 0, width: 20, height: 1), size: TerminalSize(width: 20, height: 1))
        #expect(cycling.hasPrefix("◀ tanaka ▶"))
        #expect(members.cursorPosition(in: CellRect(x: 0, y: 0, width: 20, height: 1)) == nil)
        var nobody = SingleChoice(labels: [], presentation: .cycling)
        #expect(nobody.handle(.right) == .ignored && nobody.selectedLabel == nil)
    }

    // MARK: check box

    @Test func spaceCyclesThroughTheAllowedStates() {
        var box = CheckBox(label: "ノー残業デー")
        #expect(box.handle(.character(" ")) == .handled && box.state == .checked)
        #expect(box.handle(.character(" ")) == .handled && box.state == .unchecked)
        #expect(box.handle(.enter) == .ignored)
        #expect(box.handle(.character("x")) == .ignored)

        var eligible = CheckBox(label: "介護休業", allowsNotApplicable: true)
        let states = (0..<3).map { _ in
            _ = eligible.handle(.character(" "))
            return eligible.state
        }
        #expect(states == [.checked, .notApplicable, .unchecked])
        #expect(CheckState.allCases.map { $0.box.displayWidth } == [3, 3, 3])
    }

    @Test func checkBoxesInThreeStates() {
        let boxes = [
            CheckBox(label: "ノー残業デーの実施 👍🏽", state: .checked),
            CheckBox(label: "ｶﾀｶﾅの取組 と cafe\u{301}", state: .unchecked),
            CheckBox(label: "介護休業の取得実績（過去5年に対象者なし）", state: .notApplicable, allowsNotApplicable: true),
            CheckBox(label: "管理・監督者及びその他従業員への意識啓発を継続的に実施している", state: .checked),
        ]
        for (width, height) in [(80, 24), (40, 12)] {
            var buffer = CellBuffer(width: width, height: height)
            for (index, box) in boxes.enumerated() {
                box.draw(into: &buffer, area: CellRect(x: 1, y: index, width: width - 1, height: 1), focused: index == 0)
            }
            expectSnapshot(buffer.render(), named: "checkbox-states-\(width)x\(height)")
            #expect(buffer[1, 0].style.reverse && !buffer[1, 1].style.reverse)
        }
        #expect(boxes[0].cursorPosition(in: CellRect(x: 1, y: 0, width: 39, height: 1)) == CellPosition(x: 2, y: 0))
    }

    // MARK: option group

    static func harassmentOptions(minimum: Int = 1) -> OptionGroup {
        OptionGroup(
            options: OptionGroup.lettered(["社員への意識啓発", "相談窓口の設置 ｿｳﾀﾞﾝ", "社内メール等での周知 👍🏽"], otherLabel: "上記以外の取組 (cafe\u{301})"),
            minimum: minimum, minimumHint: "1つ以上選んでください"
        )
    }

    @Test func optionGroupMovesTogglesAndReportsInItsOrder() {
        var group = Self.harassmentOptions()
        #expect(group.options.map(\.id) == ["a", "b", "c", "other"])
        #expect(group.handle(.up) == .ignored)
        #expect(group.handle(.down) == .handled)
        #expect(group.handle(.down) == .handled)
        #expect(group.handle(.down) == .handled)
        #expect(group.focusedID == "other")
        #expect(group.handle(.down) == .ignored)
        #expect(group.handle(.character(" ")) == .handled)
        group.focus(0)
        #expect(group.handle(.character(" ")) == .handled)
        #expect(group.selected == ["a", "other"])
        #expect(group.meetsMinimum)
        #expect(group.handle(.character(" ")) == .handled)
        #expect(group.selected == ["other"])
        #expect(group.handle(.tab) == .ignored)
        #expect(OptionGroup(options: group.options, selected: ["c", "zz", "a"]).selected == ["a", "c"])
    }

    @Test func optionGroupShowsItsHintUntilTheMinimumIsMet() {
        var group = Self.harassmentOptions()
        _ = group.handle(.down)
        let (area, size) = Self.whole(40, 12)
        let (before, _) = Self.render(group, in: area, size: size)
        expectSnapshot(before, named: "optiongroup-hint-40x12")
        #expect(before.contains("1つ以上選んでください"))
        _ = group.handle(.character(" "))
        _ = group.handle(.down)
        _ = group.handle(.down)
        _ = group.handle(.character(" "))
        let (after, buffer) = Self.render(group, in: CellRect(x: 2, y: 1, width: 60, height: 10), size: TerminalSize(width: 80, height: 24))
        expectSnapshot(after, named: "optiongroup-ticked-80x24")
        #expect(!after.contains("1つ以上"))
        #expect(buffer[2, 4].style.reverse)
        #expect(group.cursorPosition(in: CellRect(x: 2, y: 1, width: 60, height: 10)) == CellPosition(x: 3, y: 4))
    }

    @Test func optionGroupKeepsTheFocusInAShortArea() {
        var group = Self.harassmentOptions(minimum: 3)
        group.focus(3)
        let (text, _) = Self.render(group, in: CellRect(x: 0, y: 0, width: 30, height: 3), size: TerminalSize(width: 30, height: 3))
        expectSnapshot(text, named: "optiongroup-short-30x3")
        #expect(text.contains("上記以外"))
    }

    // MARK: year × figures table

    static func overtimeTable() -> YearFiguresTable {
        var table = YearFiguresTable(
            years: ["2022年", "2023年", "2024年"],
            columns: [
                FigureColumn(title: "月平均残業", unit: "時間", allowsDecimal: true),
                FigureColumn(title: "年間残業", unit: "時間"),
                FigureColumn(title: "有給取得率", unit: "%", allowsDecimal: true),
                FigureColumn(title: "ｶﾞｲﾄﾞ", unit: "人"),
            ]
        )
        table.setValue(12.5, row: 0, column: 0)
        table.setValue(150, row: 0, column: 1)
        table.setValue(62.4, row: 1, column: 2)
        return table
    }

    @Test func digitsEditTheFocusedCell() {
        var table = Self.overtimeTable()
        table.moveFocus(to: .init(row: 1, column: 0))
        for character in "10.5" { #expect(table.handle(.character(character)) == .handled) }
        #expect(table.handle(.character(".")) == .refused(.notADigit))
        #expect(table.handle(.character("a")) == .refused(.notADigit))
        #expect(table.handle(.character("あ")) == .refused(.notADigit))
        #expect(table.value(row: 1, column: 0) == 10.5)
        #expect(table.handle(.backspace) == .handled)
        #expect(table.text(row: 1, column: 0) == "10.")
        #expect(table.handle(.character("５")) == .handled, "a full-width digit from an input method")
        #expect(table.text(row: 1, column: 0) == "10.5")
        #expect(table.handle(.right) == .handled)
        #expect(table.handle(.character(".")) == .refused(.notADigit), "whole hours only")
        for character in "1234567" { _ = table.handle(.character(character)) }
        #expect(table.handle(.character("8")) == .refused(.tooLong(maximum: 7)))
        #expect(table.handle(.delete) == .handled)
        #expect(table.value(row: 1, column: 1) == nil)
        #expect(table.handle(.backspace) == .ignored)
        #expect(table.value(row: 0, column: 0) == 12.5 && table.text(row: 0, column: 1) == "150")
    }

    @Test func arrowsAndTabMoveAndLeaveAtTheEdges() {
        var table = Self.overtimeTable()
        #expect(table.handle(.up) == .ignored)
        #expect(table.handle(.left) == .ignored)
        #expect(table.handle(.backTab) == .ignored)
        for _ in 0..<3 { #expect(table.handle(.tab) == .handled) }
        #expect(table.handle(.right) == .ignored)
        #expect(table.handle(.tab) == .handled)
        #expect(table.focus == .init(row: 1, column: 0))
        #expect(table.handle(.backTab) == .handled)
        #expect(table.focus == .init(row: 0, column: 3))
        table.moveFocus(to: .init(row: 2, column: 3))
        #expect(table.handle(.down) == .ignored)
        #expect(table.handle(.tab) == .ignored)
        #expect(table.focus == .init(row: 2, column: 3))
    }

    @Test func tableBeingEdited() {
        var table = Self.overtimeTable()
        table.moveFocus(to: .init(row: 2, column: 0))
        for character in "9.75" { _ = table.handle(.character(character)) }
        let (wide, buffer) = Self.render(table, in: CellRect(x: 1, y: 1, width: 78, height: 10), size: TerminalSize(width: 80, height: 24))
        expectSnapshot(wide, named: "yearfigures-editing-80x24")
        let cursor = table.cursorPosition(in: CellRect(x: 1, y: 1, width: 78, height: 10))
        #expect(cursor == CellPosition(x: 1 + 6 + 2 + 10, y: 5))
        #expect(buffer[18, 5].grapheme == "5" && buffer[18, 5].style.reverse)
        #expect(buffer[28, 4].grapheme == "—" && buffer[28, 4].style.color == .muted, "an empty cell's dash is muted")

        let (smallArea, smallSize) = Self.whole(40, 12)
        expectSnapshot(Self.render(table, in: smallArea, size: smallSize).0, named: "yearfigures-editing-40x12")
    }

    @Test func tableScrollsToTheFocusedColumn() {
        var table = Self.overtimeTable()
        table.moveFocus(to: .init(row: 1, column: 2))
        _ = table.handle(.character("7"))
        let area = CellRect(x: 1, y: 1, width: 30, height: 10)
        let (text, buffer) = Self.render(table, in: area, size: TerminalSize(width: 40, height: 12))
        let cursor = table.cursorPosition(in: area)
        #expect(cursor != nil && cursor!.x < area.x + area.width, "the cursor is inside the area: \(String(describing: cursor))")
        if let cursor {
            #expect(buffer[cursor.x - 1, cursor.y].grapheme == "7" && buffer[cursor.x - 1, cursor.y].style.reverse, "\(text)")
        }
        #expect(text.contains("‹") && text.contains("有給取得率"), "the focused column shows, with the mark of those before it:\n\(text)")
        // Without the focus the table shows from its first column, › marking the rest.
        let (unfocused, _) = Self.render(table, in: area, size: TerminalSize(width: 40, height: 12), focused: false)
        #expect(unfocused.contains("月平均残業") && unfocused.contains("›") && !unfocused.contains("有給取得率"), "\(unfocused)")
    }

    // MARK: dialogs

    static let longBody = "申請を委員会に提出します。提出後は内容を変更できません。ｶﾀｶﾅ、cafe\u{301}、👍🏽 も表示されます。よろしいですか？"

    static let dialogs: [(String, Dialog)] = [
        ("confirm", .confirm(title: "提出の確認", body: longBody, confirm: "提出する", cancel: "キャンセル")),
        ("message", .message(title: "保存しました", body: "株式会社山田製作所の申請を保存しました。", ok: "OK")),
        ("error", .error(title: "保存できません", body: "ほかの職員がこの申請を変更しました。最新の内容を読み込んでからやり直してください。", ok: "閉じる")),
    ]

    @Test(arguments: [(80, 24), (40, 12), (20, 6)])
    func dialogsOverTheScreen(width: Int, height: Int) {
        for (name, dialog) in Self.dialogs {
            let (area, size) = Self.whole(width, height)
            let (text, buffer) = Self.render(dialog, in: area, size: size, background: true)
            expectSnapshot(text, named: "dialog-\(name)-\(width)x\(height)")
            let box = dialog.frame(in: area)
            #expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height)
            #expect(buffer[box.x, box.y].grapheme == "┌")
            #expect(buffer[box.x + box.width - 1, box.y + box.height - 1].grapheme == "┘")
            #expect(buffer[box.x, box.y].style.color == (name == "error" ? .error : .accent))
        }
    }

    @Test func dialogsSurviveTinyAreas() {
        for (_, dialog) in Self.dialogs {
            for (width, height) in [(0, 0), (1, 1), (2, 2), (3, 5), (10, 3), (20, 6)] {
                var buffer = CellBuffer(width: 20, height: 6)
                dialog.draw(into: &buffer, area: CellRect(x: 0, y: 0, width: width, height: height), focused: true)
                _ = dialog.cursorPosition(in: CellRect(x: 0, y: 0, width: width, height: height))
            }
            var buffer = CellBuffer(width: 20, height: 6)
            dialog.draw(into: &buffer, area: CellRect(x: 5, y: 3, width: 40, height: 12), focused: true)
        }
    }

    @Test func dialogKeysMoveChooseAndCancel() {
        var confirm = Dialog.confirm(title: "確認", body: "削除しますか？", confirm: "削除", cancel: "やめる", focusOnCancel: true)
        #expect(confirm.focusedButton == 1)
        #expect(confirm.handle(.left) == .handled && confirm.focusedButton == 0)
        #expect(confirm.handle(.tab) == .handled && confirm.focusedButton == 1)
        #expect(confirm.handle(.right) == .handled && confirm.focusedButton == 0)
        #expect(confirm.result == nil)
        #expect(confirm.handle(.enter) == .handled)
        #expect(confirm.result == .chosen(0))

        var message = Dialog.message(title: "完了", body: "保存しました", ok: "OK")
        #expect(message.handle(.right) == .handled && message.focusedButton == 0)
        #expect(message.handle(.character("x")) == .ignored)
        #expect(message.handle(.escape) == .handled)
        #expect(message.result == .cancelled)
    }

    @Test func dialogCursorSitsOnTheFocusedButton() {
        let dialog = Dialog.confirm(title: "確認", body: "削除しますか？", confirm: "削除", cancel: "やめる", focusOnCancel: true)
        let (area, size) = Self.whole(80, 24)
        let (_, buffer) = Self.render(dialog, in: area, size: size)
        let cursor = dialog.cursorPosition(in: area)
        #expect(cursor != nil)
        if let cursor {
            #expect(buffer[cursor.x - 1, cursor.y].grapheme == "[")
            #expect(buffer[cursor.x + 1, cursor.y].grapheme == "や")
            #expect(buffer[cursor.x, cursor.y].style.reverse)
        }
    }
}
