import Testing
import NinteiTerminal

struct FormTests {
    enum Field: Hashable, Sendable { case name, kind, note, tags, save }

    func form() -> Form<FormEntry<Field>> {
        Form([
            (.name, .text(TextField())),
            (.kind, .choice(SingleChoice(labels: ["新規", "更新"]))),
            (.note, .text(TextField(isMultiline: true))),
            (.tags, .options(OptionGroup(options: OptionGroup.lettered(["a", "b", "c"])))),
            (.save, .button(FormButton(label: "保存"))),
        ])
    }

    @Test func tabOrderIsTheInputsOrderAndStopsAtTheEnds() {
        var form = form()
        #expect(form.focusedID == .name)
        let movedBack = form.moveFocus(by: -1)
        #expect(!movedBack, "nothing before the first input")
        var order = [form.focusedID]
        while form.moveFocus(by: 1) { order.append(form.focusedID) }
        #expect(order == [.name, .kind, .note, .tags, .save])
        #expect(form.isOnLast)
        form.moveFocus(by: -2)
        #expect(form.focusedID == .note)
    }

    @Test func wrappingGoesRoundBothWays() {
        var form = form()
        form.moveFocus(by: -1, wrapping: true)
        #expect(form.focusedID == .save)
        form.moveFocus(by: 1, wrapping: true)
        #expect(form.focusedID == .name)
    }

    @Test func keysGoToTheFocusedWidgetOnly() {
        var form = form()
        for character in "朝霞" { _ = form.handleFocused(.character(character)) }
        form.focus(on: .kind)
        let right = form.handleFocused(.right), tab = form.handleFocused(.tab)
        #expect(right == .handled)
        #expect(tab == .ignored, "Tab is the screen's")
        form.focus(on: .tags)
        _ = form.handleFocused(.down)
        _ = form.handleFocused(.character(" "))
        form.focus(on: .save)
        let enter = form.handleFocused(.enter)
        #expect(enter == .ignored, "a button leaves Enter to the screen")
        #expect(form.text(.name) == "朝霞" && form.text(.note) == "")
        #expect(form.choice(.kind) == 1 && form.choiceLabel(.kind) == "更新")
        #expect(form.ticked(.tags) == ["b"])
    }

    @Test func arrowsTheWidgetLeavesMoveTheFocus() {
        var form = form()
        let down = form.handleFocusedOrMove(.down)
        #expect(down == .handled && form.focusedID == .kind)
        let right = form.handleFocusedOrMove(.right)
        #expect(right == .handled && form.focusedID == .kind && form.choice(.kind) == 1, "← → are the choice's")
        let up = form.handleFocusedOrMove(.up), upAgain = form.handleFocusedOrMove(.up)
        #expect(up == .handled && upAgain == .handled && form.focusedID == .name, "the first input keeps the focus")
        form.focus(on: .tags)
        _ = form.handleFocusedOrMove(.down)
        #expect(form.focusedID == .tags, "an option list takes ↓ while it has options below")
    }

    @Test func aFieldThatAsksForItHasItsTextSelectedWhenTheFocusArrives() {
        var date = TextField(text: "2026-11-30")
        date.selectsOnFocus = true
        var form = Form<FormEntry<Field>>([(.name, .text(TextField(text: "朝霞"))), (.note, .text(date))])
        form.moveFocus(by: 1)
        _ = form.handleFocused(.character("R"))
        #expect(form.text(.note) == "R", "typing replaced the date")
        form.moveFocus(by: -1)
        _ = form.handleFocused(.character("市"))
        #expect(form.text(.name) == "朝霞市", "other fields are added to")
    }

    @Test func valuesAreReadBackByKeyWhateverTheOrder() {
        var form = Form<FormEntry<Field>>([(.note, .text(TextField(text: "memo"))), (.name, .text(TextField(text: "名前")))])
        #expect(form.text(.name) == "名前" && form.text(.note) == "memo")
        #expect(form.text(.save) == "" && form.choice(.name) == nil, "a missing or other widget reads as empty")
        form[.name] = .text(TextField(text: "別名"))
        #expect(form.text(.name) == "別名")
    }

    @Test func onlyTextWidgetsTakePrintableKeys() {
        var form = form()
        #expect(form.focusTakesText)
        form.focus(on: .kind)
        #expect(!form.focusTakesText)
        form.focus(on: .save)
        #expect(!form.focusTakesText)
    }

    @Test func scrollingKeepsTheFocusedRowsWholeAndStaysPutInside() {
        var form = form()
        let area = CellRect(x: 0, y: 2, width: 40, height: 6)
        let heights = [1, 1, 3, 3, 1]
        var rects = form.scroll(heights: heights, showing: [0], in: area)
        #expect(rects.map { $0?.y } == [2, 3, 4, 7, nil])
        rects = form.scroll(heights: heights, showing: [3], in: area)
        #expect(form.firstRow == 2 && rects[3] == CellRect(x: 0, y: 5, width: 40, height: 3))
        rects = form.scroll(heights: heights, showing: [2], in: area)
        #expect(form.firstRow == 2, "a row already on screen does not scroll")
        // A heading above its first field comes along when both fit.
        rects = form.scroll(heights: heights, showing: [1, 2], in: area)
        #expect(form.firstRow == 1 && rects[1]?.y == 2)
        form.scrollToTop()
        #expect(form.firstRow == 0)
    }

    @Test func aButtonDrawsBracketedAndReversedWhenFocused() {
        var buffer = CellBuffer(size: TerminalSize(width: 12, height: 1))
        let button = FormControl.button(FormButton(label: "Save"))
        button.draw(into: &buffer, area: CellRect(x: 1, y: 0, width: 11, height: 1), focused: true)
        #expect(buffer.render().hasPrefix(" [ Save ]"))
        #expect(buffer[1, 0].style.reverse && buffer[1, 0].style.bold)
        #expect(button.cursorPosition(in: CellRect(x: 1, y: 0, width: 11, height: 1)) == CellPosition(x: 3, y: 0))
    }
}
