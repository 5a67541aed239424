import NinteiCore

extension UIText {
    static let galleryTitle = LocalizedText(ja: "部品見本（入力の試し）", en: "Widget gallery (try the inputs)")
    static let galleryName = LocalizedText(ja: "担当者名", en: "Contact")
    static let galleryNamePlaceholder = LocalizedText(ja: "例: 山田 太郎", en: "e.g. Taro Yamada")
    static let galleryCulture = LocalizedText(ja: "会社の風土", en: "Culture")
    static let galleryEmployees = LocalizedText(ja: "従業員数", en: "Employees")
    static let galleryPeopleUnit = LocalizedText(ja: "人", en: "people")
    static let galleryLaw = LocalizedText(ja: "申告", en: "Declaration")
    static let galleryLawLabel = LocalizedText(ja: "労働関係法令を遵守しています", en: "We comply with labour law")
    static let galleryMeasures = LocalizedText(ja: "取組", en: "Measures")
    static let galleryMeasureOptions = [
        LocalizedText(ja: "社員への意識啓発", en: "Raising staff awareness"),
        LocalizedText(ja: "相談窓口の設置", en: "A consultation desk"),
        LocalizedText(ja: "社内メール等での周知", en: "Notices by internal mail"),
    ]
    static let galleryOther = LocalizedText(ja: "上記以外の取組", en: "Other")
    static let galleryMinimumHint = LocalizedText(ja: "1つ以上選んでください", en: "Tick at least one")
    static let galleryOvertime = LocalizedText(ja: "残業時間", en: "Overtime")
    static let galleryMonthlyOvertime = LocalizedText(ja: "月平均", en: "Monthly")
    static let galleryYearlyOvertime = LocalizedText(ja: "年間", en: "Yearly")
    static let galleryHoursUnit = LocalizedText(ja: "時間", en: "hours")
    static let galleryFirms = LocalizedText(ja: "一覧", en: "List")
    static let galleryNumber = LocalizedText(ja: "番号", en: "No.")
    static let galleryFirmName = LocalizedText(ja: "企業名", en: "Firm")
    static let galleryReading = LocalizedText(ja: "読み", en: "Reading")
    static let galleryShowDialog = LocalizedText(ja: "確認の例", en: "Sample dialog")
    static let galleryDialogTitle = LocalizedText(ja: "確認", en: "Confirm")
    static let galleryDialogBody = LocalizedText(
        ja: "入力した内容はこの見本の中だけのもので、保存されません。見本を閉じますか？",
        en: "What you typed lives only in this gallery and is not saved. Close the gallery?")
    static let galleryClose = LocalizedText(ja: "閉じる", en: "Close")
    static let galleryCancel = LocalizedText(ja: "キャンセル", en: "Cancel")
}
