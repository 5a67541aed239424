import NinteiCore
import Testing

@Suite("A firm's search and sort keys")
struct FirmSearchKeysTests {
    @Test("the search text holds the folded name and reading apart, so a query cannot match across them")
    func searchText() {
        #expect(FirmSearchKeys.searchText(name: "株式会社 さくら", kana: "ｻｸﾗ") == "株式会社サクラ\u{1}サクラ")
    }

    @Test("the sort key reads past a legal form, and falls back to the name when there is no reading")
    func sortKey() {
        #expect(FirmSearchKeys.sortKey(name: "株式会社さくら精工", kana: "カブシキガイシャサクラセイコウ") == "サクラセイコウ\u{1}株式会社さくら精工")
        #expect(FirmSearchKeys.sortKey(name: "医療法人社団溝沼会", kana: "イリョウホウジンシャダンミゾヌマカイ") == "ミゾヌマカイ\u{1}医療法人社団溝沼会",
                "the longest legal form first")
        #expect(FirmSearchKeys.sortKey(name: "株式会社", kana: "カブシキガイシャ") == "カブシキガイシャ\u{1}株式会社", "a reading that is only the form keeps it")
        #expect(FirmSearchKeys.sortKey(name: "さくら", kana: "") == "サクラ\u{1}さくら")
    }
}
