import Foundation
import NinteiCore
import NinteiStore

/// What a decision letter says: to whom, what was decided, and for a certification the
/// certificate's number and validity, for a non-certification the committee's reason.
public struct DecisionLetter: Sendable, Equatable {
    public let kind: LetterKind
    public let caseID: Int64
    public let firmName: String
    public let address: String?
    public let representative: String?
    /// The meeting's date, on which the committee decided.
    public let decidedOn: LocalDate
    /// The certificate, for a certification notice.
    public let certificate: CertificateRecord?
    /// The committee's reason (the decision's), for a non-certification notice.
    public let reason: String
    /// A letter written before: printed as a reissue (再発行).
    public let reissue: Bool
    public let writtenOn: LocalDate

    public init(
        kind: LetterKind, caseID: Int64, firmName: String, address: String?, representative: String?, decidedOn: LocalDate,
        certificate: CertificateRecord?, reason: String, reissue: Bool, writtenOn: LocalDate
    ) {
        self.kind = kind
        self.caseID = caseID
        self.firmName = firmName
        self.address = address
        self.representative = representative
        self.decidedOn = decidedOn
        self.certificate = certificate
        self.reason = reason
        self.reissue = reissue
        self.writtenOn = writtenOn
    }
}

/// The certification notice (認定通知書) and the non-certification notice (不認定通知書), each
/// as one A4 HTML page (inline CSS, every text escaped) and as plain text.
public enum LetterExport {
    public static func html(_ letter: DecisionLetter, settings: CertificateSettings, language: Language = .ja) -> String {
        document(letter, settings: settings, language: language).html()
    }

    public static func text(_ letter: DecisionLetter, settings: CertificateSettings, language: Language = .ja) -> String {
        document(letter, settings: settings, language: language).text()
    }

    /// The file name without extension: `letter-<case>-certification` or `…-non-certification`.
    public static func baseName(_ letter: DecisionLetter) -> String {
        OutputFolder.fileName("letter-\(letter.caseID)-" + (letter.kind == .certification ? "certification" : "non-certification"))
    }

    static func document(_ letter: DecisionLetter, settings: CertificateSettings, language: Language) -> PrintDocument {
        let words = PacketWords(language)
        let program = settings.programName.text(language)
        let reissue = letter.reissue ? words.t("（再発行）", " (reissued)") : ""
        var document = PrintDocument(title: letter.kind.label.text(language) + reissue + " — " + letter.firmName, language: language)
        document.add(.right(words.date(letter.writtenOn) + (letter.reissue ? "\n" + words.t("再発行", "Reissued") : "")))
        var recipient: [String] = []
        if let address = letter.address, !address.isEmpty { recipient.append(address) }
        recipient.append(letter.firmName)
        if let representative = letter.representative, !representative.isEmpty {
            recipient.append(words.t("代表者　\(representative)　様", "Attn: \(representative)"))
        } else if language == .ja {
            recipient[recipient.count - 1] += "　御中"
        }
        document.add(.paragraph(recipient.joined(separator: "\n")))
        document.add(.sender(settings.issuerLine(language), seal: words.t("印", "Seal")))
        let decided = words.date(letter.decidedOn)
        switch letter.kind {
        case .certification:
            document.add(.centered(words.t("\(program)通知書", "Notice of certification: \(program)") + reissue))
            document.add(.paragraph(words.t(
                "\(decided)に開催した審査会の審査の結果、貴社を\(program)の認定企業として認定しましたので、下記のとおり通知します。",
                "Following the committee's review on \(decided), your company is certified under the \(program), as set out below.")))
            document.add(.centered(words.t("記", "Details")))
            var fields: [(label: String, value: String)] = []
            if let certificate = letter.certificate {
                fields.append((words.t("認定番号", "Certificate number"), certificate.number))
                fields.append((words.t("認定期間", "Valid"), words.t(
                    "\(certificate.issuedOn.japanese)から\(certificate.validUntil.japanese)まで",
                    "from \(certificate.issuedOn.iso) through \(certificate.validUntil.iso)")))
                fields.append((words.t("認定日", "Certified on"), words.date(certificate.issuedOn)))
            }
            fields.append((words.t("案件番号", "Case"), String(letter.caseID)))
            document.add(.fields(fields))
            document.add(.paragraph(words.t(
                "認定証を同封します。認定期間の終了前に更新の申請ができます。",
                "The certificate is enclosed. You may apply to renew it before the certification ends.")))
        case .nonCertification:
            document.add(.centered(words.t("不認定通知書", "Notice of non-certification: \(program)") + reissue))
            document.add(.paragraph(words.t(
                "\(decided)に開催した審査会の審査の結果、貴社の\(program)の申請については、下記の理由により認定しないことと決定しましたので通知します。",
                "Following the committee's review on \(decided), your company's application is not certified, for the reason set out below.")))
            document.add(.centered(words.t("記", "Details")))
            let reason = letter.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            document.add(.fields([
                (words.t("理由", "Reason"), reason.isEmpty ? words.t("認定基準を満たしていないため", "The application does not meet the criteria.") : reason),
                (words.t("案件番号", "Case"), String(letter.caseID)),
            ]))
            document.add(.paragraph(words.t(
                "取組を見直したうえで、改めて申請することができます。",
                "You may apply again once your initiatives have been reviewed.")))
        }
        if language == .ja { document.add(.right("以上")) }
        return document
    }
}
