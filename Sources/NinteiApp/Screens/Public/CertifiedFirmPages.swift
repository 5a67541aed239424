import NinteiCore
import NinteiStore

/// The certified list as the browser's rows: the count for the list's length, and the firms of
/// the range on screen, read from the store a screenful at a time next to a firm already read
/// (`certifiedFirms(_:from:direction:limit:asOf:)`), so End and the pages before it cost what
/// the first page costs.
final class CertifiedFirmPages {
    let store: any OfficeService
    let today: LocalDate
    private(set) var filter = CertifiedFirmFilter()
    private let rows = KeysetRows<CertifiedFirm>()
    /// How many rows a read takes: the list's visible rows, set by the screen on layout.
    var pageSize = 20

    init(store: any OfficeService, today: LocalDate) {
        self.store = store
        self.today = today
        refresh()
    }

    var count: Int { rows.count }
    /// Why the store could not be read; nil when it could.
    var failure: StoreError? { rows.failure }
    /// The positions each read filled, newest last (for tests: only visible ranges are read).
    var queriedRanges: [Range<Int>] { rows.readRanges }

    /// Takes a new filter: counts again and forgets the rows read.
    func setFilter(_ filter: CertifiedFirmFilter) {
        self.filter = filter
        refresh()
    }

    func refresh() {
        let (store, filter, today) = (store, filter, today)
        do {
            let count = try store.certifiedFirmCount(filter, asOf: today)
            rows.reset(count: count) { neighbour, direction, limit throws(StoreError) in
                try store.certifiedFirms(filter, from: neighbour.map(CertifiedFirmKey.init), direction: direction, limit: limit, asOf: today)
            }
        } catch {
            rows.reset(failure: error)
        }
    }

    /// The firm at `index`; on a miss reads up to `pageSize` rows from there.
    func firm(at index: Int, pageSize: Int) -> CertifiedFirm? {
        rows.row(at: index, pageSize: pageSize)
    }
}
