import NinteiCore

extension UIText {
    static let caseListTitle = LocalizedText(ja: "案件一覧", en: "Cases")
    static let caseListSearchLabel = LocalizedText(ja: "検索", en: "Search")
    static let caseListSearchHint = LocalizedText(
        ja: "/ で検索（日本語はそのまま入力できます）", en: "/ to search (or just type Japanese)")
    static let caseListSearchHintShort = LocalizedText(ja: "/ で検索", en: "/ to search")
    static let caseListOrderReceivedShort = LocalizedText(ja: "受付日順", en: "by date")
    static let caseListOrderNameShort = LocalizedText(ja: "フリガナ順", en: "by reading")
    static let caseListSearch = LocalizedText(ja: "検索", en: "Search")
    static let caseListToList = LocalizedText(ja: "一覧へ", en: "To the list")
    static let caseListClearSearch = LocalizedText(ja: "検索を消す", en: "Clear search")
    static let caseListStatusFilter = LocalizedText(ja: "状態", en: "Status")
    static let caseListKindFilter = LocalizedText(ja: "種別", en: "Kind")
    static let caseListOrder = LocalizedText(ja: "並び替え", en: "Sort")
    static let caseListOrderLabel = LocalizedText(ja: "並び", en: "Order")
    static let caseListOrderReceived = LocalizedText(ja: "受付日の新しい順", en: "newest received first")
    static let caseListOrderName = LocalizedText(ja: "フリガナ順", en: "by reading")
    static let caseListKindBoth = LocalizedText(ja: "新規と更新", en: "new and renewal")
    static let caseListKindBothShort = LocalizedText(ja: "新規・更新", en: "all kinds")
    static let caseListKindNew = LocalizedText(ja: "新規", en: "new")
    static let caseListKindRenewal = LocalizedText(ja: "更新", en: "renewal")
    static let caseListRenewalMark = LocalizedText(ja: "〔更新〕", en: "(R) ")
    static let caseListContacts = LocalizedText(ja: "ヒアリング", en: "Contacts")
    static let caseListNumber = LocalizedText(ja: "番号", en: "No.")
    static let caseListFirm = LocalizedText(ja: "事業者名", en: "Firm")
    static let caseListReading = LocalizedText(ja: "フリガナ", en: "Reading")
    static let caseListStatus = LocalizedText(ja: "状態", en: "Status")
    static let caseListReceived = LocalizedText(ja: "受付日", en: "Received")
    static let caseListPassed = LocalizedText(ja: "合格節", en: "Passed")
    static let caseListFindings = LocalizedText(ja: "指摘", en: "Finds")
    static let caseListEmpty = LocalizedText(ja: "案件はまだありません", en: "No cases yet")
    static let caseListNoMatch = LocalizedText(ja: "条件に合う案件はありません", en: "No case matches")
    static let caseListNothingToOpen = LocalizedText(ja: "開く案件がありません", en: "There is no case to open")

    static func caseListCountAtLeast(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件以上", en: "\(count)+ cases")
    }

    /// End in a list whose count had stopped: the last rows show while the rest is counted.
    static func caseListCounting(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件以上（数えています）", en: "\(count)+ cases (counting)")
    }

    /// Where the selected row is while the list is counted: from its end ("末尾−2").
    static func caseListFromEnd(_ rowsAfter: Int) -> LocalizedText {
        LocalizedText(ja: rowsAfter == 0 ? "末尾" : "末尾−\(rowsAfter)", en: rowsAfter == 0 ? "end" : "end−\(rowsAfter)")
    }

    static func caseListCount(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "\(count)件", en: count == 1 ? "1 case" : "\(count) cases")
    }

    static func caseListCannotOpen(_ id: Int64) -> LocalizedText {
        LocalizedText(ja: "案件 \(id) を開けません", en: "Case \(id) cannot be opened")
    }
}
