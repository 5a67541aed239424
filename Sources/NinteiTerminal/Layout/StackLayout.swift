/// Rows of given heights stacked down an area, scrolled so the focused row is whole on screen:
/// the layout of a form, as a pure function of the heights, the area and the scroll.
public enum StackLayout {
    /// The first row to show: `previous` when the focused row is then fully visible, else
    /// moved just far enough (up to the focused row, or down until it fits). A focused row
    /// taller than the area starts at the top.
    public static func firstRow(previous: Int, heights: [Int], focus: Int, viewHeight: Int) -> Int {
        guard heights.indices.contains(focus), viewHeight > 0 else { return 0 }
        var first = min(max(0, previous), focus)
        while first < focus && heights[first...focus].reduce(0, +) > viewHeight { first += 1 }
        return first
    }

    /// The rectangle of each row from `firstRow` down, clipped to the area: nil for rows above
    /// `firstRow` and rows that start below the area; a row cut by the bottom edge gets the
    /// rows that remain.
    public static func rects(heights: [Int], firstRow: Int, in area: CellRect) -> [CellRect?] {
        var y = area.y
        return heights.indices.map { index in
            guard index >= firstRow, y < area.y + area.height else { return nil }
            let height = min(heights[index], area.y + area.height - y)
            defer { y += heights[index] }
            return CellRect(x: area.x, y: y, width: area.width, height: height)
        }
    }
}
