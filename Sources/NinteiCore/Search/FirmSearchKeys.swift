/// What a case is found and sorted by, from its firm's name and reading: the store keeps both
/// as derived columns, written with every case, and folds each typed query by `SearchFolding`.
/// A change here changes what the stored columns must hold: it needs a migration that refills
/// them (and the search pieces built from them) for every case.
public enum FirmSearchKeys {
    /// Name and reading folded, joined by a separator no query contains, so a query never
    /// matches across the two.
    public static func searchText(name: String, kana: String) -> String {
        SearchFolding.fold(name) + "\u{1}" + SearchFolding.fold(kana)
    }

    /// The reading without the legal form, as a list sorted in 五十音順 reads: 株式会社さくら精工
    /// sorts under サ, not under カ.
    public static func sortKey(name: String, kana: String) -> String {
        var reading = SearchFolding.fold(kana.isEmpty ? name : kana)
        for form in legalFormReadings where reading.hasPrefix(form) && reading.count > form.count {
            reading.removeFirst(form.count)
            break
        }
        return reading + "\u{1}" + name
    }

    /// Readings of legal forms written before a firm's name, longest first.
    static let legalFormReadings = [
        "イッパンシャダンホウジン", "イッパンザイダンホウジン", "コウエキシャダンホウジン", "コウエキザイダンホウジン",
        "トクテイヒエイリカツドウホウジン", "イリョウホウジンシャダン", "イリョウホウジン", "シャカイフクシホウジン",
        "ゼイリシホウジン", "ガッコウホウジン", "カブシキガイシャ", "ユウゲンガイシャ", "ゴウドウガイシャ", "ゴウメイガイシャ",
        "ゴウシガイシャ",
    ].map(SearchFolding.fold).sorted { $0.count > $1.count }
}
