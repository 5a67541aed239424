import NinteiCore
import NinteiStore
import NinteiTerminal

/// The certified list as the browser's rows: the firms of the range on screen, read from the
/// store a screenful at a time next to a firm already read
/// (`certifiedFirms(_:from:direction:limit:asOf:)`), so End and the pages before it cost what
/// the first page costs; and the count for the list's length, read on another thread so that
/// opening the browser or typing into its search waits for the first page only.
final class CertifiedFirmPages {
    let store: any OfficeService
    let today: LocalDate
    private(set) var filter = CertifiedFirmFilter()
    private let rows = KeysetRows<CertifiedFirm>()

    init(store: any OfficeService, today: LocalDate) {
        self.store = store
        self.today = today
        refresh()
    }

    /// The firms of the list; while `counting`, the firms read from the top so far.
    var count: Int { rows.count }
    /// True while the count is read (and no read has reached the end).
    var counting: Bool { rows.counting }
    /// Why the store could not be read; nil when it could.
    var failure: StoreError? { rows.failure }
    /// The positions each read filled, newest last (for tests: only visible ranges are read).
    var queriedRanges: [Range<Int>] { rows.readRanges }

    /// Takes a new filter: forgets the rows read and starts counting (the screen then reads the
    /// rows it shows).
    func setFilter(_ filter: CertifiedFirmFilter) {
        self.filter = filter
        refresh()
    }

    func refresh() {
        let (store, filter, today) = (store, filter, today)
        rows.reset(countingWith: { () throws(StoreError) -> Int in try store.certifiedFirmCount(filter, asOf: today) }) { neighbour, direction, limit throws(StoreError) in
            try store.certifiedFirms(filter, from: neighbour.map(CertifiedFirmKey.init), direction: direction, limit: limit, asOf: today)
        }
    }

    /// True when the count being read has arrived (`takeCount` takes it in).
    var countArrived: Bool { rows.countArrived }
    func takeCount() { rows.takeCount() }
    /// Waits for the count being read and takes it in.
    func waitForCount() { rows.waitForCount() }
    /// Before a move while counting (End waits for the count; others read on).
    func prepareMove(from selection: Int, visibleRows: Int, toEnd: Bool) {
        rows.prepareMove(from: selection, visibleRows: visibleRows, toEnd: toEnd)
    }

    /// The firm at `index` if it has been read; reads nothing (drawing asks).
    func firm(at index: Int) -> CertifiedFirm? {
        rows.row(at: index)
    }

    /// Reads the firms `list` shows in a body of `height` rows (nil before the first frame), and
    /// gives it the count.
    func readShown(by list: inout ListView, height: Int?) {
        rows.readShown(by: &list, height: height)
    }

    /// Gives `list` the count (while counting, the firms read so far).
    func show(in list: inout ListView) {
        rows.show(in: &list)
    }
}
