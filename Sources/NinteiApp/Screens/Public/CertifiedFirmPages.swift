import NinteiCore
import NinteiStore

/// The certified list as the browser's rows: the count for the list's length, and the firms of
/// the range on screen, read from the store a screenful at a time (the list draws only visible
/// rows, so a long list costs what the screen shows).
final class CertifiedFirmPages {
    let store: any OfficeService
    let today: LocalDate
    private(set) var filter = CertifiedFirmFilter()
    private(set) var count = 0
    /// The rows read last, and from where.
    private var page: (start: Int, firms: [CertifiedFirm]) = (0, [])
    /// The ranges asked of the store, newest last (for tests: only visible ranges are read).
    private(set) var queriedRanges: [Range<Int>] = []
    /// Why the store could not be read; nil when it could.
    private(set) var failure: StoreError?
    /// How many rows a read takes: the list's visible rows, set by the screen on layout.
    var pageSize = 20

    init(store: any OfficeService, today: LocalDate) {
        self.store = store
        self.today = today
        refresh()
    }

    /// Takes a new filter: counts again and forgets the rows read.
    func setFilter(_ filter: CertifiedFirmFilter) {
        self.filter = filter
        refresh()
    }

    func refresh() {
        page = (0, [])
        do {
            count = try store.certifiedFirmCount(filter, asOf: today)
            failure = nil
        } catch {
            count = 0
            failure = error
        }
    }

    /// The firm at `index`; on a miss reads `pageSize` rows from there.
    func firm(at index: Int, pageSize: Int) -> CertifiedFirm? {
        guard index >= 0, index < count else { return nil }
        if index < page.start || index >= page.start + page.firms.count {
            let range = index..<min(count, index + max(1, pageSize))
            queriedRanges.append(range)
            if queriedRanges.count > 50 { queriedRanges.removeFirst(queriedRanges.count - 50) }
            do {
                page = (index, try store.certifiedFirms(filter, range: range, asOf: today))
            } catch {
                failure = error
                page = (index, [])
            }
        }
        let offset = index - page.start
        return page.firms.indices.contains(offset) ? page.firms[offset] : nil
    }
}
