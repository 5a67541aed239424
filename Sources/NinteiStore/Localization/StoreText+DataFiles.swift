import NinteiCore

/// The data folder and the files read from it: why one cannot be used.
extension StoreText {
    static func fileSize(megabytes: String, exact: String) -> LocalizedText { LocalizedText(ja: "\(megabytes) MB（\(exact) バイト）", en: "\(megabytes) MB (\(exact) bytes)") }
    static let noSuchFile = LocalizedText(ja: "ファイルがありません", en: "no such file")
    static let isAFolder = LocalizedText(ja: "ファイルではなくフォルダです", en: "is a folder, not a file")
    static let notARegularFile = LocalizedText(
        ja: "通常のファイルではありません（名前付きパイプや /dev/zero のような装置からは読み込みません）",
        en: "is not a regular file (a named pipe or a device such as /dev/zero is not read)")
    static func tooLarge(_ size: LocalizedText, limit: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "大きすぎます: \(size.ja)。読み込めるのは \(limit.ja) までです", en: "is too large: \(size.en); at most \(limit.en) is read")
    }

    static let unreadable = LocalizedText(ja: "読み込めません（権限を確認してください）", en: "cannot be read (check its permissions)")
    static let notUTF8 = LocalizedText(
        ja: "UTF-8 のテキストではありません（Shift_JIS などは UTF-8 で保存し直してください）", en: "is not UTF-8 text (save Shift_JIS and other encodings as UTF-8)")
    static let notADataFolder = LocalizedText(ja: "データフォルダではありません（checklists/ がありません）", en: "is not a data folder (it has no checklists/)")
    static let dataFolderNotFound = LocalizedText(
        ja: "データフォルダが見つかりません。--data でフォルダを指定するか、NINTEI_DATA を設定してください",
        en: "cannot find the data folder; give it with --data or set NINTEI_DATA")
    static let noChecklists = LocalizedText(ja: "チェックシートの定義（*.json）が一つもありません", en: "holds no checklist definitions (*.json)")
    static func duplicateChecklist(_ id: String, title: String) -> LocalizedText {
        LocalizedText(ja: "id「\(id)」は別のファイル（\(title)）と重複しています", en: "the id \"\(id)\" is already used by another file (\(title))")
    }

    static func notTOML(line: Int, column: Int, message: String) -> LocalizedText {
        LocalizedText(ja: "\(line)行\(column)桁: TOML として読めません: \(message)", en: "line \(line), column \(column): not valid TOML: \(message)")
    }
}
