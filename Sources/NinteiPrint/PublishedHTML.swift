import NinteiCore
import NinteiStore

/// The published list's HTML pages: Japanese, self-contained (inline CSS, no scripts, fonts or
/// images), headings in order, tables with header scopes, readable on a phone.
enum PublishedHTML {
    static let programName = "ワーク・ライフ・バランス推進企業"

    static func listPage(_ firms: [CertifiedFirm], asOf: LocalDate) -> String {
        var rows: [String] = []
        for firm in firms {
            let strengths = firm.strengths.isEmpty
                ? "分野別の紹介なし"
                : "<ul class=\"tags\">" + firm.strengths.map { "<li>\(escape($0.title.ja))</li>" }.joined() + "</ul>"
            // Explicit roles keep the table's meaning when a phone's style stacks its cells.
            rows.append("""
                <tr role="row">
                <th scope="row" role="rowheader"><a href="\(escape(PublishedSite.firmPagePath(firm)))">\(escape(firm.name))</a>\(kanaLine(firm))</th>
                <td role="cell" data-label="業種">\(escape(firm.industry?.name.ja ?? "—"))</td>
                <td role="cell" data-label="力を入れている取組">\(strengths)</td>
                <td role="cell" data-label="認定番号" class="nowrap">\(escape(firm.certificateNumber))</td>
                <td role="cell" data-label="有効期限" class="nowrap">\(date(firm.validUntil))まで</td>
                </tr>
                """)
        }
        let table = firms.isEmpty
            ? "<p>現在、認定を受けている企業はありません。</p>"
            : """
                <div class="scroll" role="region" aria-labelledby="list-caption" tabindex="0">
                <table class="list" role="table">
                <caption id="list-caption">認定企業（\(firms.count)社、五十音順）</caption>
                <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">事業者名</th><th scope="col" role="columnheader">業種</th><th scope="col" role="columnheader">力を入れている取組</th><th scope="col" role="columnheader">認定番号</th><th scope="col" role="columnheader">有効期限</th></tr></thead>
                <tbody role="rowgroup">
                \(rows.joined(separator: "\n"))
                </tbody>
                </table>
                </div>
                """
        let body = """
            <h1>\(programName) 認定企業一覧</h1>
            <p>\(date(asOf))現在、\(firms.count)社が認定を受けています。事業者名を選ぶと、その企業の取組を紹介するページを開きます。</p>
            \(table)
            <h2>データのダウンロード</h2>
            <ul>
            <li><a href="\(PublishedSite.csvName)" download>CSV形式（Excel で開けます）</a></li>
            <li><a href="\(PublishedSite.jsonName)" download>JSON形式</a></li>
            </ul>
            """
        return page(title: "\(programName) 認定企業一覧", body: body, asOf: asOf)
    }

    static func firmPage(_ firm: CertifiedFirm, asOf: LocalDate) -> String {
        let strengths = firm.strengths.isEmpty
            ? "<p>分野ごとの取組の紹介はありません。</p>"
            : "<ul class=\"strengths\">" + firm.strengths.map { "<li>\(escape($0.sentence.ja))</li>" }.joined(separator: "\n") + "</ul>"
        let body = """
            <nav aria-label="パンくずリスト"><a href="../index.html">認定企業一覧</a> ＞ <span aria-current="page">\(escape(firm.name))</span></nav>
            <h1>\(escape(firm.name))</h1>
            \(firm.kana.isEmpty ? "" : "<p class=\"kana\">\(escape(firm.kana))</p>")
            <h2>力を入れている取組</h2>
            \(strengths)
            <h2>認定の内容</h2>
            <table class="facts">
            <caption>\(escape(firm.name))の認定</caption>
            <tbody>
            <tr><th scope="row">認定番号</th><td>\(escape(firm.certificateNumber))</td></tr>
            <tr><th scope="row">業種</th><td>\(escape(firm.industry?.name.ja ?? "—"))</td></tr>
            <tr><th scope="row">認定日</th><td>\(date(firm.issuedOn))</td></tr>
            <tr><th scope="row">有効期限</th><td>\(date(firm.validUntil))</td></tr>
            </tbody>
            </table>
            <p><a href="../index.html">認定企業一覧に戻る</a></p>
            """
        return page(title: "\(firm.name) — \(programName)", body: body, asOf: asOf)
    }

    private static func kanaLine(_ firm: CertifiedFirm) -> String {
        firm.kana.isEmpty ? "" : "<span class=\"kana\">\(escape(firm.kana))</span>"
    }

    /// 令和8年11月21日, with the ISO date for machines.
    private static func date(_ date: LocalDate) -> String {
        "<time datetime=\"\(date.iso)\">\(date.japanese)</time>"
    }

    private static func page(title: String, body: String, asOf: LocalDate) -> String {
        """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        <footer><p>\(date(asOf))現在の情報です。</p></footer>
        </body>
        </html>

        """
    }

    private static let style = """
        :root { color-scheme: light; }
        body { margin: 0; font-family: "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", Meiryo, sans-serif;
          font-size: 1rem; line-height: 1.7; color: #1a1a1a; background: #fff; }
        main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
        h1 { font-size: 1.6rem; line-height: 1.4; margin: 1rem 0; border-bottom: 3px solid #2a6e3f; padding-bottom: .4rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-left: 6px solid #2a6e3f; padding-left: .6rem; }
        a { color: #0b57a4; text-underline-offset: .2em; }
        a:visited { color: #6b3fa0; }
        a:focus-visible, .scroll:focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
        nav { font-size: .95rem; margin-top: .5rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0 .5rem; }
        th, td { border: 1px solid #b8b8b8; padding: .5rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: #e8f1ea; white-space: nowrap; }
        tbody th { font-weight: bold; min-width: 11rem; }
        table.facts { width: auto; }
        table.facts th { background: #f3f6f4; white-space: nowrap; }
        ul.tags { margin: 0; padding: 0; list-style: none; }
        ul.tags li { display: inline-block; margin: 0 .3rem .3rem 0; padding: 0 .5rem; border: 1px solid #2a6e3f;
          border-radius: .8rem; background: #f3f8f4; font-size: .9rem; line-height: 1.6; }
        ul.strengths li { margin: .3rem 0; }
        .kana { display: block; font-weight: normal; font-size: .85rem; color: #555; margin: 0; }
        h1 + .kana { margin-top: -.6rem; }
        .nowrap { white-space: nowrap; }
        footer { color: #555; font-size: .9rem; border-top: 1px solid #ddd; }
        @media (max-width: 40rem) {
          main, footer { padding: .75rem; }
          h1 { font-size: 1.35rem; }
          th, td { padding: .4rem; }
          table.facts { width: 100%; }
          /* The list becomes one card per firm, each cell labelled with its column's name. */
          table.list, table.list caption, table.list tbody, table.list tr, table.list th, table.list td { display: block; }
          table.list thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          table.list tr { border: 1px solid #b8b8b8; border-radius: .4rem; margin-bottom: .9rem; }
          table.list th, table.list td { border: none; min-width: 0; }
          table.list tbody th { background: #e8f1ea; border-radius: .4rem .4rem 0 0; }
          table.list td::before { content: attr(data-label); display: block; font-size: .8rem; font-weight: bold; color: #555; }
          .nowrap { white-space: normal; }
        }
        """

    static func escape(_ text: String) -> String {
        PrintDocument.escape(text)
    }
}
