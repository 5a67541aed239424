import NinteiCore
import NinteiStore

/// The published list's HTML pages: Japanese, or English with `--lang en` (firm names stay as
/// written), self-contained (inline CSS, no scripts, fonts or images), headings in order,
/// tables with header scopes, readable on a phone. Each page names the municipality, the
/// data's date and the licence.
enum PublishedHTML {
    static let programName = LocalizedText(ja: "ワーク・ライフ・バランス推進企業", en: "Work-Life Balance Companies")

    static func listPage(_ firms: [CertifiedFirm], _ publication: Publication) -> String {
        let words = PacketWords(publication.language)
        let language = publication.language
        var rows: [String] = []
        for firm in firms {
            let strengths = firm.strengths.isEmpty
                ? words.t("分野別の紹介なし", "none listed by field")
                : "<ul class=\"tags\">" + firm.strengths.map { "<li>\(escape($0.title.text(language)))</li>" }.joined() + "</ul>"
            // Explicit roles keep the table's meaning when a phone's style stacks its cells.
            rows.append("""
                <tr role="row">
                <th scope="row" role="rowheader"><a href="\(escape(PublishedSite.firmPagePath(firm)))">\(japanese(firm.name, language))</a>\(kanaLine(firm, language))</th>
                <td role="cell" data-label="\(words.t("業種", "Industry"))">\(escape(firm.industry?.name.text(language) ?? "—"))</td>
                <td role="cell" data-label="\(words.t("力を入れている取組", "Strengths"))">\(strengths)</td>
                <td role="cell" data-label="\(words.t("認定番号", "Certificate"))" class="nowrap">\(escape(firm.certificateNumber))</td>
                <td role="cell" data-label="\(words.t("有効期限", "Valid until"))" class="nowrap">\(words.t("\(date(firm.validUntil, language))まで", date(firm.validUntil, language)))</td>
                </tr>
                """)
        }
        let columns = [words.t("事業者名", "Company"), words.t("業種", "Industry"), words.t("力を入れている取組", "Strengths"),
                       words.t("認定番号", "Certificate"), words.t("有効期限", "Valid until")]
        let table = firms.isEmpty
            ? "<p>\(words.t("現在、認定を受けている企業はありません。", "No company is certified at present."))</p>"
            : """
                <div class="scroll" role="region" aria-labelledby="list-caption" tabindex="0">
                <table class="list" role="table">
                <caption id="list-caption">\(words.t("認定企業（\(firms.count)社、五十音順）", "Certified companies (\(firms.count), in Japanese syllabary order)"))</caption>
                <thead role="rowgroup"><tr role="row">\(columns.map { "<th scope=\"col\" role=\"columnheader\">\($0)</th>" }.joined())</tr></thead>
                <tbody role="rowgroup">
                \(rows.joined(separator: "\n"))
                </tbody>
                </table>
                </div>
                """
        let asOf = date(publication.asOf, language)
        let body = """
            <h1>\(words.t("\(programName.ja) 認定企業一覧", "\(programName.en): certified companies"))</h1>
            <p>\(words.t(
                "\(asOf)現在、\(firms.count)社が認定を受けています。事業者名を選ぶと、その企業の取組を紹介するページを開きます。",
                "As of \(asOf), \(firms.count) companies are certified. Choose a company's name to open the page on its initiatives."))</p>
            \(table)
            <h2>\(words.t("データのダウンロード", "Download the data"))</h2>
            <ul>
            <li><a href="\(PublishedSite.csvName)" download>\(words.t("CSV形式（UTF-8、Excel で開けます）", "CSV (UTF-8, opens in Excel)"))</a></li>
            <li><a href="\(PublishedSite.jsonName)" download>\(words.t("JSON形式", "JSON"))</a></li>
            </ul>
            <p>\(words.t(
                "\(asOf)時点のデータです。利用条件: \(licenceLink(publication.licence))（出典を記載してください）。",
                "Data as of \(asOf). Licence: \(licenceLink(publication.licence)) (credit the source)."))</p>
            """
        return page(title: words.t("\(programName.ja) 認定企業一覧", "\(programName.en): certified companies"), body: body, publication)
    }

    static func firmPage(_ firm: CertifiedFirm, _ publication: Publication) -> String {
        let words = PacketWords(publication.language)
        let language = publication.language
        let strengths = firm.strengths.isEmpty
            ? "<p>\(words.t("分野ごとの取組の紹介はありません。", "No initiatives are listed by field."))</p>"
            : "<ul class=\"strengths\">" + firm.strengths.map { "<li>\(escape($0.sentence.text(language)))</li>" }.joined(separator: "\n") + "</ul>"
        let list = words.t("認定企業一覧", "Certified companies")
        var facts = [
            (words.t("認定番号", "Certificate"), escape(firm.certificateNumber)),
            (words.t("業種", "Industry"), escape(firm.industry?.name.text(language) ?? "—")),
            (words.t("認定日", "Certified on"), date(firm.issuedOn, language)),
            (words.t("有効期限", "Valid until"), date(firm.validUntil, language)),
        ]
        if !firm.address.isEmpty { facts.insert((words.t("所在地", "Address"), japanese(firm.address, language)), at: 1) }
        if !firm.corporateNumber.isEmpty { facts.insert((words.t("法人番号", "Corporate number"), escape(firm.corporateNumber)), at: 1) }
        let body = """
            <nav aria-label="\(words.t("パンくずリスト", "Breadcrumb"))"><a href="../index.html">\(list)</a> ＞ <span aria-current="page">\(japanese(firm.name, language))</span></nav>
            <h1>\(japanese(firm.name, language))</h1>
            \(firm.kana.isEmpty ? "" : "<p class=\"kana\">\(japanese(firm.kana, language))</p>")
            <h2>\(words.t("力を入れている取組", "Strengths"))</h2>
            \(strengths)
            <h2>\(words.t("認定の内容", "Certification"))</h2>
            <table class="facts">
            <caption>\(words.t("\(escape(firm.name))の認定", "Certification of \(japanese(firm.name, language))"))</caption>
            <tbody>
            \(facts.map { "<tr><th scope=\"row\">\($0.0)</th><td>\($0.1)</td></tr>" }.joined(separator: "\n"))
            </tbody>
            </table>
            <p><a href="../index.html">\(words.t("認定企業一覧に戻る", "Back to the certified companies"))</a></p>
            """
        return page(title: "\(firm.name) — \(programName.text(language))", body: body, publication)
    }

    private static func kanaLine(_ firm: CertifiedFirm, _ language: Language) -> String {
        firm.kana.isEmpty ? "" : "<span class=\"kana\">\(japanese(firm.kana, language))</span>"
    }

    /// Text that stays Japanese (names, readings, addresses), marked so on an English page
    /// for screen readers.
    private static func japanese(_ text: String, _ language: Language) -> String {
        language == .ja ? escape(text) : "<span lang=\"ja\">\(escape(text))</span>"
    }

    /// 令和8年11月21日 (2026-11-21 in English), with the ISO date for machines.
    private static func date(_ date: LocalDate, _ language: Language) -> String {
        "<time datetime=\"\(date.iso)\">\(language == .ja ? date.japanese : date.iso)</time>"
    }

    private static func licenceLink(_ licence: OfficeConfiguration.Licence) -> String {
        guard let url = licence.url else { return escape(licence.name) }
        return "<a href=\"\(escape(url))\" rel=\"license\">\(escape(licence.name))</a>"
    }

    private static func page(title: String, body: String, _ publication: Publication) -> String {
        let words = PacketWords(publication.language)
        let asOf = date(publication.asOf, publication.language)
        let header = publication.municipality.map { "<header><p class=\"city\">\(japanese($0.name, publication.language))</p></header>\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(publication.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(header)<main>
            \(body)
            </main>
            <footer><p>\(words.t("\(asOf)現在の情報です。", "Information as of \(asOf).")) \(words.t("ライセンス", "Licence")): \(licenceLink(publication.licence))</p></footer>
            </body>
            </html>

            """
    }

    private static let style = """
        :root { color-scheme: light; }
        body { margin: 0; font-family: "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", Meiryo, sans-serif;
          font-size: 1rem; line-height: 1.7; color: #1a1a1a; background: #fff; }
        header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
        header { padding-bottom: 0; }
        .city { margin: 0; font-weight: bold; color: #2a6e3f; }
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
          header, main, footer { padding: .75rem; }
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
