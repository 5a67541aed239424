import Testing
import NinteiTerminal

struct StackLayoutTests {
    let heights = [1, 3, 1, 5, 4]

    @Test func everythingShowsWhenItFits() {
        let rects = StackLayout.rects(heights: heights, firstRow: 0, in: CellRect(x: 0, y: 1, width: 80, height: 22))
        #expect(rects.map { $0?.y } == [1, 2, 5, 6, 11])
        #expect(rects.map { $0?.height } == [1, 3, 1, 5, 4])
    }

    @Test func focusingDownScrollsJustEnough() {
        // A body of 8 rows: rows 0–2 take 5; row 3 (5 tall) needs rows 1… to be dropped.
        #expect(StackLayout.firstRow(previous: 0, heights: heights, focus: 2, viewHeight: 8) == 0)
        #expect(StackLayout.firstRow(previous: 0, heights: heights, focus: 3, viewHeight: 8) == 2)
        #expect(StackLayout.firstRow(previous: 2, heights: heights, focus: 4, viewHeight: 8) == 4)
    }

    @Test func focusingUpInsideTheViewDoesNotScroll() {
        #expect(StackLayout.firstRow(previous: 2, heights: heights, focus: 3, viewHeight: 8) == 2)
        #expect(StackLayout.firstRow(previous: 2, heights: heights, focus: 1, viewHeight: 8) == 1)
    }

    @Test func aRowTallerThanTheViewStartsAtTheTopAndIsCut() {
        #expect(StackLayout.firstRow(previous: 0, heights: heights, focus: 3, viewHeight: 3) == 3)
        let rects = StackLayout.rects(heights: heights, firstRow: 3, in: CellRect(x: 0, y: 1, width: 40, height: 3))
        #expect(rects[3] == CellRect(x: 0, y: 1, width: 40, height: 3))
        #expect(rects[4] == nil && rects[2] == nil)
    }

    @Test func emptyOrZeroSizedViewsDoNotTrap() {
        #expect(StackLayout.firstRow(previous: 5, heights: [], focus: 0, viewHeight: 10) == 0)
        #expect(StackLayout.firstRow(previous: 1, heights: heights, focus: 2, viewHeight: 0) == 0)
        #expect(StackLayout.rects(heights: heights, firstRow: 0, in: CellRect(x: 0, y: 0, width: 10, height: 0)).allSatisfy { $0 == nil })
    }
}
