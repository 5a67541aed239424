/// What must be on an application before an officer sends it to the committee: the firm's
/// profile complete, the receipt date, a renewal's previous certificate number, and every
/// declaration the checklist requires to qualify. The rule result itself does not block
/// submission: the committee decides, and sees the result as a recommendation.
public enum SubmissionReadiness {
    /// What is missing, in form order; empty when the application may be submitted.
    public static func missing(in document: ApplicationDocument, checklist: Checklist) -> [LocalizedText] {
        missingProfile(in: document) + missingDeclarations(in: document, checklist: checklist)
    }

    /// What the profile page still lacks: the firm's details, the receipt date and a renewal's
    /// previous certificate number.
    public static func missingProfile(in document: ApplicationDocument) -> [LocalizedText] {
        var missing: [LocalizedText] = []
        let firm = document.firm
        let profile: [(String?, LocalizedText)] = [
            (firm.name, LocalizedText(ja: "企業名", en: "firm name")),
            (firm.kana, LocalizedText(ja: "企業名の読み", en: "reading of the firm name")),
            (firm.address, LocalizedText(ja: "所在地", en: "address")),
            (firm.industry, LocalizedText(ja: "業種", en: "industry")),
            (firm.employees.map(String.init), LocalizedText(ja: "従業員数", en: "number of employees")),
            (firm.representative, LocalizedText(ja: "代表者", en: "representative")),
            (firm.contactName, LocalizedText(ja: "担当者", en: "contact person")),
            (firm.phone, LocalizedText(ja: "電話番号", en: "phone number")),
        ]
        for (value, label) in profile where (value ?? "").allSatisfy(\.isWhitespace) {
            missing.append(label)
        }
        if document.receivedOn == nil {
            missing.append(LocalizedText(ja: "受付日", en: "date received"))
        }
        // A renewal names the certificate it renews (the store marks that one renewed on grant).
        if document.kind == .renewal, (document.previousCertificate ?? "").allSatisfy(\.isWhitespace) {
            missing.append(LocalizedText(ja: "前回の認定番号", en: "previous certificate number"))
        }
        return missing
    }

    /// The declarations the checklist requires to qualify that are not made.
    public static func missingDeclarations(in document: ApplicationDocument, checklist: Checklist) -> [LocalizedText] {
        checklist.declarations.filter { $0.requiredToQualify && document.declarations[$0.id] != true }.map(\.label)
    }

    /// The refusal for an application that is not ready, naming everything missing.
    public static func refusal(for missing: [LocalizedText]) -> Lifecycle.Refusal {
        Lifecycle.Refusal(LocalizedText(
            ja: "提出するには次の入力が必要です: " + missing.map(\.ja).joined(separator: "、"),
            en: "Before it can be submitted, fill in: " + missing.map(\.en).joined(separator: ", ")))
    }
}
