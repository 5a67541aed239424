import NinteiStore

/// The rows of a long list by their position, read from the store a screenful at a time next to
/// a row already read (by that row's sort key), so End and the pages near it cost what the
/// first page costs. The owner sets the count; the list draws only visible rows.
final class KeysetRows<Row> {
    /// Up to `limit` rows after (forward) or before (backward) `neighbour`; a nil neighbour
    /// means from the first row forward, or from the last backward.
    typealias Read = (_ neighbour: Row?, _ direction: CaseListDirection, _ limit: Int) throws(StoreError) -> [Row]

    private var read: Read = { _, _, _ in [] }
    private(set) var count = 0
    private var rows: [Int: Row] = [:]
    /// Why the last read failed; nil when it did not.
    private(set) var failure: StoreError?
    /// The positions each read filled, newest last (for tests: only visible rows are read).
    private(set) var readRanges: [Range<Int>] = []

    /// A new list (a new filter, or the store changed), of `count` rows that `read` reads:
    /// forgets the rows read.
    func reset(count: Int, read: @escaping Read) {
        self.count = count
        self.read = read
        rows = [:]
        failure = nil
    }

    /// Reading failed before the count: an empty list that says why.
    func reset(failure: StoreError) {
        reset(count: 0) { _, _, _ in [] }
        self.failure = failure
    }

    /// The row at `index`; on a miss reads the rows of `index ..< index + pageSize` not read yet.
    func row(at index: Int, pageSize: Int) -> Row? {
        guard index >= 0, index < count else { return nil }
        if rows[index] == nil { fill(index..<min(count, index + max(1, pageSize))) }
        return rows[index]
    }

    private func fill(_ wanted: Range<Int>) {
        guard let first = wanted.first(where: { rows[$0] == nil }), let last = wanted.last(where: { rows[$0] == nil }) else { return }
        if rows.count > 2000 { rows = rows.filter { abs($0.key - first) <= 4 * wanted.count } }
        let limit = last - first + 1
        do throws(StoreError) {
            if first == 0 || rows[first - 1] != nil {
                // Down from the row above (or from the top).
                place(try read(first == 0 ? nil : rows[first - 1], .forward, limit), from: first)
            } else if last == count - 1 || rows[last + 1] != nil {
                // Up from the row below (or from the bottom: End).
                let found = try read(last == count - 1 ? nil : rows[last + 1], .backward, limit)
                place(found, from: last + 1 - found.count)
            } else {
                // No read neighbour (a jump): walk down from the nearest row read above.
                var start = rows.keys.filter { $0 < first }.max() ?? -1
                while start < last {
                    let found = try read(start < 0 ? nil : rows[start], .forward, max(limit, last - start))
                    guard !found.isEmpty else { break }
                    place(found, from: start + 1)
                    start += found.count
                }
            }
        } catch {
            failure = error
        }
    }

    private func place(_ found: [Row], from start: Int) {
        readRanges.append(start..<(start + found.count))
        if readRanges.count > 50 { readRanges.removeFirst(readRanges.count - 50) }
        for (offset, row) in found.enumerated() where start + offset >= 0 && start + offset < count {
            rows[start + offset] = row
        }
    }
}
