import NinteiCore

/// The committee's commands (`nintei meeting`, `opinion`, `conflict`, `decide`, `submit`,
/// `packet`, `minutes`, `certificate`, `letters`): what they report and refuse.
extension UIText {
    /// A date in both calendars in Japanese ("令和8年11月27日（2026-11-27）"), ISO in English.
    static func commandDate(_ date: LocalDate) -> LocalizedText { LocalizedText(ja: "\(date.japanese)（\(date.iso)）", en: date.iso) }
    static func caseNamed(_ id: Int64) -> LocalizedText { LocalizedText(ja: "案件 \(id)", en: "case \(id)") }
    static func casesNotTried(_ list: String) -> LocalizedText { LocalizedText(ja: "案件 \(list) は試していません", en: "case \(list) not tried") }
    static func caseMoved(_ id: Int64, to status: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "案件 \(id): 「\(status.ja)」にしました", en: "Case \(id): now \(status.en)")
    }

    static let commentsUnreadable = LocalizedText(ja: "委員会のコメントを読めません: ", en: "cannot read the committee's comments: ")

    // MARK: Meetings and agendas

    static let commandNoMeeting = LocalizedText(ja: "予定された審査会はありません", en: "No meeting is scheduled")
    static let agendaNothingAdded = LocalizedText(ja: "（議題には何も加えていません）", en: " (nothing was put on the agenda)")
    static func agendaAdded(_ list: String, meeting: Int64) -> LocalizedText {
        LocalizedText(ja: "審査会 \(meeting) の議題に案件 \(list) を加えました（審査中）", en: "Put case \(list) on the agenda of meeting \(meeting) (in review)")
    }

    static let reportsNoneToAdd = LocalizedText(ja: "事後報告する更新はありません", en: "No renewals to report")
    static func reportsAdded(_ list: String, meeting: Int64) -> LocalizedText {
        LocalizedText(ja: "審査会 \(meeting) に事後報告として案件 \(list) を加えました", en: "Added case \(list) to meeting \(meeting) as post-hoc reports")
    }

    static func commandReportLine(_ id: Int64, firm: String) -> LocalizedText { LocalizedText(ja: "事後報告: 案件 \(id) \(firm)", en: "Report: case \(id) \(firm)") }
    // MARK: Opinions, conflicts, decisions

    static let opinionMustBeOneOf = LocalizedText(ja: "意見は次のいずれかです: ", en: "the opinion must be one of: ")
    static let opinionOwn = LocalizedText(ja: "意見", en: "Opinion")
    static func opinionTypedFor(_ member: String, by officer: String) -> LocalizedText {
        LocalizedText(ja: "\(member) さんの意見（\(officer) が代理入力）", en: "\(member)'s opinion (typed by \(officer))")
    }

    static func opinionTypedBy(_ officer: String) -> LocalizedText { LocalizedText(ja: "（\(officer) が代理入力）", en: " (typed by \(officer))") }
    static func opinionRecorded(_ caseID: Int64, whose: String, verdict: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID): \(whose)「\(verdict.ja)」を記録しました", en: "Case \(caseID): recorded \(whose): \(verdict.en)")
    }

    static let opinionsHiddenByConflict = LocalizedText(ja: "利益相反のため、この案件の意見は表示されません", en: "Conflict: the opinions on this case are not shown to you")
    static let opinionsHidden = LocalizedText(ja: "この案件の意見は表示できません", en: "The opinions on this case are not shown to you")
    static let opinionsAfterYourOwn = LocalizedText(ja: "ご自分の意見を出すと、他の委員の意見が表示されます", en: "Give your own opinion to see the others'")
    static let conflictTypeMustBeOneOf = LocalizedText(ja: "利益相反の種類は次のいずれかです: ", en: "the conflict type must be one of: ")
    static func conflictRecorded(_ caseID: Int64, member: String, type: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID): \(member) さんを利益相反（\(type.ja)）として記録しました", en: "Case \(caseID): \(member) marked as conflicted (\(type.en))")
    }

    static let decisionMustBeOneOf = LocalizedText(ja: "決定は次のいずれかです: ", en: "the decision must be one of: ")
    static func decisionRecorded(_ caseID: Int64, outcome: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID): 「\(outcome.ja)」を記録しました", en: "Case \(caseID): recorded \(outcome.en)")
    }

    static func decisionAgainstRule(reason: String) -> LocalizedText {
        LocalizedText(ja: "（規則の判定と異なる決定。理由: \(reason)）", en: " (against the rule result; reason: \(reason))")
    }

    // MARK: What was written

    static let wrotePacket = LocalizedText(ja: "審査会資料を書き出しました: ", en: "Wrote the meeting packet: ")
    static let wroteMinutes = LocalizedText(ja: "議事録を書き出しました: ", en: "Wrote the minutes: ")
    static let wroteCertificate = LocalizedText(ja: "認定証を書き出しました: ", en: "Wrote the certificate: ")
    static let reissueMark = LocalizedText(ja: "（再発行）", en: " (reissue)")
    static func certificateAlreadyIssued(_ caseID: Int64, number: String) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID): 認定番号 \(number)（発行済み）", en: "Case \(caseID): certificate \(number) (already issued)")
    }

    static func meetingCreated(_ id: Int64, date: String, place: String) -> LocalizedText {
        LocalizedText(ja: "審査会 \(id) を作成しました: \(date) \(place)", en: "Created meeting \(id): \(date), \(place)")
    }

    static func conflictWithdrawn(_ caseID: Int64, member: String) -> LocalizedText {
        LocalizedText(
            ja: "案件 \(caseID): \(member) さんの利益相反の登録を取り消しました（取り下げた意見は取り下げのまま。意見は改めて出せます）",
            en: "Case \(caseID): withdrew \(member)'s conflict of interest (the opinion withdrawn stays withdrawn; they may give one again)")
    }

    static func certificateIssued(_ caseID: Int64, number: String, from: String, through: String) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID): 認定番号 \(number)、認定期間 \(from)〜\(through)", en: "Case \(caseID): certificate \(number), valid \(from) through \(through)")
    }

    static func lettersNoDecisions(_ meetingID: Int64) -> LocalizedText {
        LocalizedText(
            ja: "審査会 \(meetingID) には認定・不認定・差し戻しの決定がありません（通知書はありません）",
            en: "meeting \(meetingID) has no approval, rejection or return to write letters for")
    }

    static func renewalNoticesNone(months: Int) -> LocalizedText {
        LocalizedText(
            ja: "\(months)か月以内に認定期間が終わり、更新の申請がまだの企業はありません（更新のご案内はありません）",
            en: "no certification ends within \(months) months without a renewal received (no renewal notice to write)")
    }

    static func letterNeedsCertificate(_ caseID: Int64) -> LocalizedText {
        LocalizedText(
            ja: "案件 \(caseID): 認定証が未発行のため、認定通知書を書きませんでした（nintei certificate \(caseID) で発行してください）",
            en: "case \(caseID): no certificate issued yet, so no certification notice (issue it with nintei certificate \(caseID))")
    }

    static func letterWritten(_ caseID: Int64, firm: String, what: String) -> LocalizedText {
        LocalizedText(ja: "案件 \(caseID) \(firm): \(what)を書き出しました: ", en: "Case \(caseID) \(firm): wrote the \(what): ")
    }

    // MARK: Column headings

    static let meetingListColumns = columns(ja: ["番号", "開催日", "場所", "議題"], en: ["#", "Date", "Place", "Items"])
    static let agendaColumns = columns(ja: ["議題", "案件", "事業者名", "区分", "規則", "決定"], en: ["Item", "Case", "Firm", "Kind", "Rule", "Decision"])
    static let commandQueueColumns = columns(ja: ["議題", "案件", "事業者名", "規則", "あなたの状況"], en: ["Item", "Case", "Firm", "Rule", "You"])
}
