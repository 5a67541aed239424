import NinteiStore
import NinteiTerminal

/// The rows of a long list by their position, read from the store a screenful at a time next to
/// a row already read (by that row's sort key), so End and the pages near it cost what the
/// first page costs. The owner asks for the rows it is about to show (`read(_:)`, after a key,
/// on opening); drawing only looks up rows already read (`row(at:)`).
///
/// The count may come later, read on another thread (`reset(countingWith:read:)`): until it is
/// taken in (`takeCount`), `count` is the rows read from the top so far, reads go on past it,
/// and a read that comes back short has found the end.
final class KeysetRows<Row> {
    /// Up to `limit` rows after (forward) or before (backward) `neighbour`; a nil neighbour
    /// means from the first row forward, or from the last backward.
    typealias Read = (_ neighbour: Row?, _ direction: CaseListDirection, _ limit: Int) throws(StoreError) -> [Row]

    /// How many rows to read when the list's height is not known yet (a screen used without the
    /// shell, which tells a screen its size before the first frame): an 80×24 terminal's list.
    /// Not more: each renewals row reads its document, and opening waits for these rows.
    static var rowsBeforeFirstFrame: Int { 20 }

    private var read: Read = { _, _, _ in [] }
    /// The rows of the list; while `counting`, the rows read from the top so far.
    private(set) var count = 0
    /// True while the count is not known (being read elsewhere) and the end not yet reached.
    private(set) var counting = false
    private var rows: [Int: Row] = [:]
    /// The count being read on another thread, until it is taken in.
    private var counted: BackgroundRead<Int>?
    /// Why the last read failed; nil when it did not.
    private(set) var failure: StoreError?
    /// The positions each read filled, newest last (for tests: only visible rows are read).
    private(set) var readRanges: [Range<Int>] = []

    /// A new list (a new filter, or the store changed), of `count` rows that `read` reads:
    /// forgets the rows read.
    func reset(count: Int, read: @escaping Read) {
        self.count = count
        counting = false
        counted = nil
        self.read = read
        rows = [:]
        failure = nil
    }

    /// A new list whose count `count` reads on another thread meanwhile.
    func reset(countingWith count: @escaping @Sendable () throws(StoreError) -> Int, read: @escaping Read) {
        reset(count: 0, read: read)
        counting = true
        counted = BackgroundRead(count)
    }

    /// True when the count being read has arrived and `takeCount` would take it in.
    var countArrived: Bool { counted?.result != nil }

    /// Takes the count in once it has arrived; a count that failed empties the list and says why.
    func takeCount() {
        guard let result = counted?.result else { return }
        counted = nil
        switch result {
        case .success(let count): setCount(count)
        case .failure(let error): reset(failure: error)
        }
    }

    /// Waits for the count being read and takes it in (End needs it; a scripted terminal draws
    /// frames that do not depend on how fast another thread was).
    func waitForCount() {
        counted?.waitUntilEnded()
        takeCount()
    }

    /// Reading failed before the count: an empty list that says why.
    func reset(failure: StoreError) {
        reset(count: 0) { _, _, _ in [] }
        self.failure = failure
    }

    /// The count arrived (unless a read found the end first).
    private func setCount(_ count: Int) {
        guard counting else { return }
        self.count = count
        counting = false
        rows = rows.filter { $0.key < count }
    }

    /// Before a move from `selection` while counting: End (`toEnd`) needs the count and waits
    /// for it; another move, the rows after those read (a list of `visibleRows` moves by pages).
    func prepareMove(from selection: Int, visibleRows: Int, toEnd: Bool) {
        guard counting else { return }
        if toEnd {
            waitForCount()
        } else {
            read(selection..<(selection + 2 * max(1, visibleRows) + 1))
        }
    }

    /// The row at `index` if it has been read; reads nothing.
    func row(at index: Int) -> Row? {
        rows[index]
    }

    /// Reads the rows `list` shows in a body of `height` rows (nil before the first frame:
    /// `rowsBeforeFirstFrame`), and gives it the count.
    func readShown(by list: inout ListView, height: Int?) {
        let height = max(1, height ?? Self.rowsBeforeFirstFrame)
        let first = list.firstVisibleRow(bodyHeight: height)
        read(first..<(first + height))
        show(in: &list)
    }

    /// Gives `list` the count: while counting, the rows read so far, its place shown as "12/…".
    func show(in list: inout ListView) {
        list.rowCount = count
        list.position = counting ? { selection, _ in UIText.listPositionCounting(selection) } : nil
    }

    /// Reads the rows of `wanted` not read yet, next to a row already read where there is one.
    func read(_ wanted: Range<Int>) {
        let wanted = wanted.clamped(to: 0..<(counting ? Int.max : count))
        guard let first = wanted.first(where: { rows[$0] == nil }), let last = wanted.last(where: { rows[$0] == nil }) else { return }
        if rows.count > 2000 { rows = rows.filter { abs($0.key - first) <= 4 * wanted.count } }
        let limit = last - first + 1
        do throws(StoreError) {
            if first == 0 || rows[first - 1] != nil {
                // Down from the row above (or from the top).
                let found = try read(first == 0 ? nil : rows[first - 1], .forward, limit)
                place(found, from: first)
                if counting, found.count < limit { setCount(first + found.count) }
            } else if (!counting && last == count - 1) || rows[last + 1] != nil {
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
        if counting { count = max(count, start + found.count) }
        for (offset, row) in found.enumerated() where start + offset >= 0 && start + offset < count {
            rows[start + offset] = row
        }
    }
}
