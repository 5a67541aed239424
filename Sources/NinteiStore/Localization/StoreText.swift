import NinteiCore

/// The catalogue of the store's words (its refusals and failures, the data folder's problems),
/// in Japanese and English side by side. The screens have their own (`UIText` in NinteiApp).
enum StoreText {
    /// Between a title and a name: 「委員長　伊藤 一郎」, "Chair Ito Ichiro".
    static let titleNameGap = LocalizedText(ja: "　", en: " ")

    static func noStore(_ path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path): 保存ファイルがありません。nintei init で作成してください（場所は --db か NINTEI_DB で指定できます）",
            en: "\(path): no store here; create one with nintei init (choose the place with --db or NINTEI_DB)")
    }

    static func storeExists(_ path: String) -> LocalizedText { LocalizedText(ja: "\(path): 保存ファイルは既にあります", en: "\(path): a store already exists here") }
    static func notAStore(_ path: String, detail: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path): Nintei の保存ファイルとして読めません（壊れているか別のファイルです）: \(detail)。"
                + "変更はしていません。nintei check で確かめ、壊れていれば最後のバックアップから戻してください",
            en: "\(path): cannot be read as a Nintei store (damaged, or another kind of file): \(detail). "
                + "Nothing was changed; run nintei check, and if it is damaged restore the last backup")
    }

    static func cannotOpen(_ path: String, detail: String) -> LocalizedText { LocalizedText(ja: "\(path): 開けません: \(detail)", en: "\(path): cannot be opened: \(detail)") }
    static func notPermitted(_ path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path): このログインには開く権限がありません。事務所サーバー（nintei serve）の保存ファイルには --server か NINTEI_SERVER で接続してください",
            en: "\(path): this login may not open it. A store kept by the office server (nintei serve) is reached with --server or NINTEI_SERVER")
    }

    static func openedReadOnly(_ path: String) -> LocalizedText {
        LocalizedText(ja: "\(path): 読み取り専用で開いているため変更できません", en: "\(path): opened read-only, so nothing can be changed")
    }

    static func staleRevision(_ id: Int64, by who: String, at when: String) -> LocalizedText {
        LocalizedText(
            ja: "案件 \(id) は \(when) に \(who) さんが変更しています。保存せずに読み直しました。変更を確かめてからもう一度入力してください",
            en: "case \(id) was changed by \(who) at \(when); your change was not saved and the case was reloaded — check their change and enter yours again")
    }

    static func noSuchCase(_ id: Int64) -> LocalizedText { LocalizedText(ja: "案件 \(id) はありません", en: "there is no case \(id)") }
    static func damagedCase(_ id: Int64, problem: LocalizedText) -> LocalizedText {
        LocalizedText(
            ja: "案件 \(id) の保存された申請書が読めません（保存ファイルが Nintei の外で変更されています）: \(problem.ja)。"
                + "nintei check で確かめ、最後のバックアップから戻してください",
            en: "case \(id): its stored application cannot be read (the store was changed outside Nintei): \(problem.en). "
                + "Run nintei check and restore the last backup")
    }

    static let mayNotHaveReached = LocalizedText(ja: "この変更は保存ファイルに届いていない恐れがあります", en: "this change may not have reached the store")
    static let notSaved = LocalizedText(ja: "この変更は保存していません", en: "this change was not saved")
    static func filesVanished(_ file: String, what: LocalizedText) -> LocalizedText {
        LocalizedText(
            ja: "\(file): 開いている間に削除または置き換えられました。\(what.ja)。これ以上は書き込みません。"
                + "Nintei を終了し、nintei check で確かめてください（壊れていれば最後のバックアップから戻します）",
            en: "\(file) was deleted or replaced while Nintei had it open; \(what.en). Nothing more will be written. "
                + "Quit Nintei and run nintei check (restore the last backup if it is damaged)")
    }

    static func operationFailed(_ detail: String) -> LocalizedText { LocalizedText(ja: "保存ファイルの操作に失敗しました: \(detail)", en: "the store operation failed: \(detail)") }
    static func badRequest(_ detail: String) -> LocalizedText {
        LocalizedText(ja: "事務所サーバーへの要求が読めません: \(detail)", en: "the office server cannot read the request: \(detail)")
    }

    static func serverUnreachable(_ socket: String, detail: String) -> LocalizedText {
        LocalizedText(
            ja: "\(socket): 事務所サーバーが応答しません（\(detail)）。nintei serve が動いているか、事務局に確かめてください",
            en: "\(socket): the office server does not answer (\(detail)); check with the office that nintei serve is running")
    }

    static func serverStopped(_ socket: String, detail: String) -> LocalizedText {
        LocalizedText(
            ja: "\(socket): 事務所サーバーとのやりとりが途中で切れました（\(detail)）。この変更が保存されたかは分かりません。サーバーが戻ったら確かめてください",
            en: "\(socket): the office server broke off the exchange (\(detail)); whether this change was saved is not known — check once the server is back")
    }
}
