import NinteiCore

extension UIText {
    static let importTitle = LocalizedText(ja: "ファイルから取り込み", en: "Import a file")
    static let importPathLabel = LocalizedText(ja: "ファイル", en: "File")
    static let importPlaceholder = LocalizedText(ja: "例: ~/申請書/sakura-seiko.json", en: "e.g. ~/applications/sakura-seiko.json")
    static let importRun = LocalizedText(ja: "取り込む", en: "Import")
    static let importResolved = LocalizedText(ja: "→ ", en: "→ ")
    static let importPathRequired = LocalizedText(ja: "取り込むファイルの場所を入力してください", en: "Type the path of the file to import")
    static let importRefusedTitle = LocalizedText(ja: "取り込めません", en: "Not imported")
    static let importAlreadyTitle = LocalizedText(ja: "取り込み済み", en: "Already imported")
    static func importAlready(_ file: String, _ id: Int64) -> LocalizedText {
        LocalizedText(ja: "既に取り込み済み: \(file)（案件 \(id)）", en: "already imported: \(file) (case \(id))")
    }
    static let importFile = LocalizedText(ja: "ファイル: ", en: "File: ")
    static let importWhere = LocalizedText(ja: "場所: ", en: "Where: ")
    static let importProblem = LocalizedText(ja: "問題: ", en: "Problem: ")
    static let importHint = LocalizedText(
        ja: "申請書ファイル（JSON、nintei-application 形式）を1件、新しい下書きとして取り込み、その案件を開きます。「~」はホームフォルダです。拒否されたファイルは何も保存せず、理由を表示します。",
        en: "Imports one application document (JSON, format nintei-application) as a new draft and opens it. ~ is your home folder. A refused file is not stored, and the reason is shown.")
}
