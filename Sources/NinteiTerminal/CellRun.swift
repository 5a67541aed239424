/// Consecutive cells of one row that changed between two frames.
///
/// A run always holds whole graphemes: it never starts on a continuation cell and always
/// includes the continuation cells of its last wide grapheme.
public struct CellRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }

    /// The graphemes of the run with their column and width, continuation cells folded in.
    public var graphemes: [(x: Int, cell: Cell, width: Int)] {
        var result: [(x: Int, cell: Cell, width: Int)] = []
        for (offset, cell) in cells.enumerated() {
            if cell.isContinuation, !result.isEmpty {
                result[result.count - 1].width += 1
            } else if !cell.isContinuation {
                result.append((x + offset, cell, 1))
            }
        }
        return result
    }
}

extension CellBuffer {
    /// The runs of cells that differ from `previous`; every row when there is no previous
    /// frame or its size differs.
    public func diff(from previous: CellBuffer?) -> [CellRun] {
        guard let previous, previous.size == size else {
            return (0..<height).map { y in CellRun(x: 0, y: y, cells: (0..<width).map { self[$0, y] }) }
        }
        var runs: [CellRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                guard self[x, y] != previous[x, y] else {
                    x += 1
                    continue
                }
                let start = graphemeStart(x: x, y: y)
                var end = x + 1
                while end < width && (self[end, y] != previous[end, y] || self[end, y].isContinuation) {
                    end += 1
                }
                runs.append(CellRun(x: start, y: y, cells: (start..<end).map { self[$0, y] }))
                x = end
            }
        }
        return runs
    }
}
