import Foundation
import NinteiCore
import NinteiStore

/// What a letter says: to whom, what was decided, and for a certification the certificate's
/// number and validity, for a non-certification the committee's reason, for a return the facts
/// found missing; a renewal notice follows no decision and gives the certificate's end.
public struct DecisionLetter: Sendable, Equatable {
    public let kind: LetterKind
    public let caseID: Int64
    public let firmName: String
    public let address: String?
    public let representative: String?
    /// The meeting's date, on which the committee decided; nil for a renewal notice.
    public let decidedOn: LocalDate?
    /// The certificate, for a certification notice.
    public let certificate: CertificateRecord?
    /// The committee's reason (the decision's), for a non-certification or a return notice.
    public let reason: String
    /// For a return notice: the facts found missing (the rule's findings not yet reviewed).
    public let missing: [String]
    /// A letter written before: printed as a reissue (再発行).
    public let reissue: Bool
    public let writtenOn: LocalDate
    /// 担当: the officer who wrote it, by display name and title (the login when none is set).
    public let officer: String?

    public init(
        kind: LetterKind, caseID: Int64, firmName: String, address: String?, representative: String?, decidedOn: LocalDate?,
        certificate: CertificateRecord?, reason: String, missing: [String] = [], reissue: Bool, writtenOn: LocalDate, officer: String? = nil
    ) {
        self.kind = kind
        self.caseID = caseID
        self.firmName = firmName
        self.address = address
        self.representative = representative
        self.decidedOn = decidedOn
        self.certificate = certificate
        self.reason = reason
        self.missing = missing
        self.reissue = reissue
        self.writtenOn = writtenOn
        self.officer = officer
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

    /// The file name without extension: `letter-<case>-certification`, `…-non-certification`,
    /// `…-return` or `…-renewal`.
    public static func baseName(_ letter: DecisionLetter) -> String {
        let kind: String
        switch letter.kind {
        case .certification: kind = "certification"
        case .nonCertification: kind = "non-certification"
        case .returnNotice: kind = "return"
        case .renewalNotice: kind = "renewal"
        }
        return OutputFolder.fileName("letter-\(letter.caseID)-" + kind)
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
        let decided = letter.decidedOn.map { words.date($0) } ?? ""
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
        case .returnNotice:
            addReturn(letter, program: program, decided: decided, reissue: reissue, to: &document, words: words)
        case .renewalNotice:
            addRenewal(letter, program: program, reissue: reissue, to: &document, words: words)
        }
        if language == .ja { document.add(.right("以上")) }
        if let officer = letter.officer, !officer.isEmpty { document.add(.right(words.t("担当　", "Contact: ") + officer)) }
        return document
    }

    /// 差し戻し通知: the committee's reason and each fact found missing, to send before it reviews again.
    private static func addReturn(
        _ letter: DecisionLetter, program: String, decided: String, reissue: String, to document: inout PrintDocument, words: PacketWords
    ) {
        document.add(.centered(words.t("申請内容の補正について（差し戻し通知）", "Return notice: \(program)") + reissue))
        document.add(.paragraph(words.t(
            "\(decided)に開催した審査会において、貴社の\(program)の申請は、下記の事項を確認できないため差し戻しとなりました。下記の事項を補って、改めて提出してください。",
            "At the committee's meeting on \(decided), your company's application was returned, since the facts below could not be confirmed. Please send them, and the committee will review the application again.")))
        document.add(.centered(words.t("記", "Details")))
        let reason = letter.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var fields: [(label: String, value: String)] = []
        if !reason.isEmpty { fields.append((words.t("審査会の意見", "The committee's reason"), reason)) }
        fields.append((words.t("案件番号", "Case"), String(letter.caseID)))
        document.add(.fields(fields))
        document.add(.heading(level: 2, words.t("補っていただく事項", "Facts to send")))
        document.add(.list(letter.missing.isEmpty ? [words.t("審査会の意見に記載の事項", "What the committee's reason names")] : letter.missing))
    }

    /// 更新のご案内: the certificate's end and what to send to renew it.
    private static func addRenewal(_ letter: DecisionLetter, program: String, reissue: String, to document: inout PrintDocument, words: PacketWords) {
        document.add(.centered(words.t("\(program)の更新のご案内", "Renewing your certification: \(program)") + reissue))
        let ends = letter.certificate.map { words.date($0.validUntil) } ?? ""
        document.add(.paragraph(words.t(
            "貴社の\(program)の認定期間は\(ends)までです。引き続き認定を受けるには、認定期間の終了までに更新の申請をしてください。",
            "Your company's certification under the \(program) is valid until \(ends). To keep it, please apply to renew it before it ends.")))
        document.add(.centered(words.t("記", "Details")))
        var fields: [(label: String, value: String)] = []
        if let certificate = letter.certificate {
            fields.append((words.t("認定番号", "Certificate number"), certificate.number))
            fields.append((words.t("認定期間", "Valid"), words.period(certificate.issuedOn, certificate.validUntil)))
            fields.append((words.t("申請の期限", "Apply by"), words.date(certificate.validUntil)))
        }
        fields.append((words.t("案件番号", "Case"), String(letter.caseID)))
        document.add(.fields(fields))
        document.add(.heading(level: 2, words.t("提出していただくもの", "What to send")))
        document.add(.list([
            words.t("更新申請書（前回の認定から変わった点を記入してください）", "The renewal application, stating what changed since the last certification"),
            words.t("前回の認定後の実績（年度ごとの休暇の取得日数、育児休業の取得者数など）", "The figures since the last certification (leave taken, parental leave, by year)"),
            words.t("外部の認証（くるみん・えるぼし等）を受けている場合は、その写し", "A copy of any external certification (Kurumin, Eruboshi and the like)"),
        ]))
        document.add(.paragraph(words.t(
            "変更がない場合は、審査会の審査を経ずに更新できることがあります。",
            "When nothing has changed, the renewal may be granted without a new review by the committee.")))
    }
}
