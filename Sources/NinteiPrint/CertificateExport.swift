import Foundation
import NinteiCore
import NinteiStore

/// The printable certificate (認定証): number, firm, program, period, the sections the firm
/// excels in (each passed section's public sentence), issue date and issuer. One self-contained
/// HTML page (inline CSS, lang set, escaped text) and the same content as plain text.
public enum CertificateExport {
    public static func html(_ certificate: CertificateRecord, settings: CertificateSettings, language: Language = .ja) -> String {
        let c = content(certificate, settings: settings, language: language)
        let e = PrintDocument.escape
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(e(c.title)) \(e(certificate.number))</title>
            <style>
            \(PrintDocument.pageRule.replacingOccurrences(of: "margin: 15mm 14mm 15mm 14mm", with: "margin: 10mm"))
            body { font-family: "Hiragino Mincho ProN", "Yu Mincho", "Noto Serif CJK JP", "IPAexMincho", "IPAMincho", serif; margin: 0; color: #111; }
            .sheet { width: 190mm; height: 270mm; margin: 10mm auto; padding: 3mm; border: 2mm double #222; box-sizing: border-box; overflow: hidden; break-inside: avoid; page-break-inside: avoid; }
            .frame { height: 100%; border: 0.5mm solid #222; box-sizing: border-box; padding: 12mm 15mm; display: flex; flex-direction: column; }
            .number { text-align: right; } h1 { text-align: center; font-size: 2.4em; letter-spacing: 0.5em; margin: 0.8em 0; }
            .firm { font-size: 1.6em; margin: 0.8em 0; } .body { font-size: 1.15em; line-height: 2; }
            ul { font-size: 1.05em; line-height: 1.8; } .issued { margin-top: auto; } .issuer { text-align: right; font-size: 1.3em; margin-top: 1em; }
            \(PrintDocument.sealStyle)
            @media print { .sheet { margin: 0 auto; } }
            </style>
            </head>
            <body>
            <div class="sheet"><div class="frame">
            <p class="number">\(e(c.numberLine))</p>
            <h1>\(e(c.title))</h1>
            <p class="firm">\(e(c.firmLine))</p>
            <p class="body">\(e(c.body))</p>
            <p class="body">\(e(c.periodLine))</p>
            \(c.strengths.isEmpty ? "" : "<p>\(e(c.strengthsHeading))</p>\n<ul>" + c.strengths.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            <p class="issued">\(e(c.issuedLine))</p>
            <p class="issuer">\(e(c.issuer))<span class="seal">\(e(c.seal))</span></p>
            </div></div>
            </body>
            </html>

            """
    }

    public static func text(_ certificate: CertificateRecord, settings: CertificateSettings, language: Language = .ja) -> String {
        let c = content(certificate, settings: settings, language: language)
        var lines = [c.numberLine, "", c.title, "", c.firmLine, "", c.body, c.periodLine, ""]
        if !c.strengths.isEmpty { lines += [c.strengthsHeading] + c.strengths.map { "・" + $0 } + [""] }
        lines += [c.issuedLine, c.issuer + "　" + c.seal]
        // Each line holds stored text (number, firm, strengths): its control characters shown as `\u{…}`.
        return lines.map(\.escapedForDisplay).joined(separator: "\n") + "\n"
    }

    struct Content {
        /// `issuer`: the mayor's title and name from the settings; `seal`: the seal space's mark.
        let title, numberLine, firmLine, body, periodLine, strengthsHeading, issuedLine, issuer, seal: String
        let strengths: [String]
    }

    static func content(_ certificate: CertificateRecord, settings: CertificateSettings, language: Language) -> Content {
        let program = settings.programName.text(language)
        if language == .ja {
            return Content(
                title: "認定証", numberLine: "第 \(certificate.number) 号", firmLine: "\(certificate.firmName) 様",
                body: "貴社を\(program)の認定企業として認定します。",
                periodLine: "認定期間　\(certificate.issuedOn.japanese)から\(certificate.validUntil.japanese)まで",
                strengthsHeading: "特に力を入れている取組", issuedLine: certificate.issuedOn.japanese, issuer: settings.issuerLine(.ja), seal: "印",
                strengths: certificate.strengths.map(\.ja))
        }
        return Content(
            title: "Certificate", numberLine: "No. \(certificate.number)", firmLine: certificate.firmName,
            body: "is hereby certified under the \(program).",
            periodLine: "Valid from \(certificate.issuedOn.iso) through \(certificate.validUntil.iso)",
            strengthsHeading: "Initiatives the firm excels in", issuedLine: certificate.issuedOn.iso, issuer: settings.issuerLine(.en), seal: "Seal",
            strengths: certificate.strengths.map(\.en))
    }
}
