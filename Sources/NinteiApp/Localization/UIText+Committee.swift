import NinteiCore

/// The committee's screens: the review queue, the case packet, the meeting.
extension UIText {
    static func committeeMeetingLine(_ id: Int64, date: String, place: String) -> LocalizedText {
        LocalizedText(ja: "審査会 \(id): \(date) \(place)", en: "Meeting \(id): \(date), \(place)")
    }

    static let committeeRuleMeets = LocalizedText(ja: "満たす", en: "meets")
    static let committeeRuleFails = LocalizedText(ja: "満たさない", en: "does not meet")
    static let committeeReload = LocalizedText(ja: "再読込", en: "Reload")
    static let committeeReloaded = LocalizedText(ja: "最新の内容を読み込みました", en: "Reloaded")

    // MARK: Review queue

    static let queueTitle = LocalizedText(ja: "審査一覧", en: "Review queue")
    static let queueEmpty = LocalizedText(ja: "この審査会の審査案件はまだありません", en: "No cases to review at this meeting yet")
    static let queueNoMeeting = LocalizedText(
        ja: "予定された審査会はありません（事務局が審査会を作成すると、ここに議題が表示されます）",
        en: "No meeting is scheduled (the agenda shows here once the office sets up a meeting)")
    static let queueNothingToOpen = LocalizedText(ja: "開く案件がありません", en: "There is no case to open")
    static let queueOnlyChairNotes = LocalizedText(ja: "事後報告の了承を記録するのは委員長です", en: "Only the chair records post-hoc reports as noted")
    static let queueNoReportsToNote = LocalizedText(ja: "了承待ちの事後報告はありません", en: "No post-hoc reports wait to be noted")
    static let queueOpen = LocalizedText(ja: "資料を開く", en: "Open packet")
    static let queueNoteReports = LocalizedText(ja: "事後報告を了承", en: "Note reports")
    static let queueMeetingKey = LocalizedText(ja: "審査会の準備", en: "Prepare meeting")
    static func queueNoted(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "事後報告 \(count)件を了承として記録しました", en: "Recorded \(count) post-hoc reports as noted")
    }

    static let queueColumnState = LocalizedText(ja: "あなたの状況", en: "You")
    static let queueColumnCase = LocalizedText(ja: "案件", en: "Case")
    static let queueColumnFirm = LocalizedText(ja: "事業者名", en: "Firm")
    static let queueColumnRule = LocalizedText(ja: "規則", en: "Rule")
    static func queueSummary(login: String, cases: Int, waiting: Int) -> LocalizedText {
        LocalizedText(ja: "\(login) さん: 審査案件 \(cases)件、うち意見未提出 \(waiting)件", en: "\(login): \(cases) cases to review, \(waiting) without your opinion")
    }

    static func queueReportsHeading(_ count: Int, unnoted: Int) -> LocalizedText {
        LocalizedText(ja: "事後報告（\(count)件、了承待ち \(unnoted)件）", en: "Post-hoc reports (\(count), \(unnoted) to note)")
    }

    static let queueNoReports = LocalizedText(ja: "なし", en: "none")
    static func queueReportLine(_ id: Int64, firm: String) -> LocalizedText {
        LocalizedText(ja: "案件 \(id) \(firm)（更新・審査なしで認定）", en: "Case \(id) \(firm) (renewal granted without review)")
    }

    static func queueMoreReports(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "ほか \(count)件", en: "\(count) more")
    }

    // MARK: Case packet

    static func packetTitle(_ id: Int64, firm: String) -> LocalizedText {
        LocalizedText(ja: "審査資料 案件 \(id) \(firm)", en: "Case packet \(id) \(firm)")
    }

    static func packetCaseLine(_ id: Int64, firm: String, status: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "案件 \(id) \(firm)（\(status.ja)）", en: "Case \(id) \(firm) (\(status.en))")
    }

    static let packetRule = LocalizedText(ja: "規則による判定: ", en: "Rule result: ")
    static let packetRuleMeets = LocalizedText(ja: "基準を満たす", en: "meets the criteria")
    static let packetRuleFails = LocalizedText(ja: "基準を満たさない", en: "does not meet the criteria")
    static let packetYou = LocalizedText(ja: "あなた: ", en: "You: ")
    static let packetOpinions = LocalizedText(ja: "委員の意見", en: "Members' opinions")
    static func packetConflictNoOpinions(_ type: LocalizedText) -> LocalizedText {
        LocalizedText(
            ja: "利益相反（\(type.ja)）: この案件の意見は表示されず、意見も出せません",
            en: "Conflict (\(type.en)): the opinions on this case are not shown to you, and you give none")
    }

    static let packetOpinionsHidden = LocalizedText(ja: "この案件の意見は表示できません", en: "The opinions on this case are not shown to you")
    static let packetGiveOwnFirst = LocalizedText(ja: "ご自分の意見を出すと、他の委員の意見が表示されます", en: "Give your own opinion to see the others'")
    static let packetNoOpinionsYet = LocalizedText(ja: "まだ意見はありません", en: "No opinions yet")
    static let packetWithdrawnOpinion = LocalizedText(ja: "（取り下げ）", en: "(withdrawn) ")
    static func packetTypedBy(_ typist: String) -> LocalizedText {
        LocalizedText(ja: "（\(typist) が代理入力）", en: " (typed by \(typist))")
    }

    static let packetDecisions = LocalizedText(ja: "決定と認定証", en: "Decisions and certificate")
    static let packetAgainstRule = LocalizedText(ja: "（規則の判定と異なる決定）", en: " (against the rule result)")
    static func packetCertificate(_ number: String, from: String, through: String) -> LocalizedText {
        LocalizedText(ja: "認定証 \(number)（認定期間 \(from)〜\(through)）", en: "Certificate \(number) (valid \(from) through \(through))")
    }

    static let packetProfile = LocalizedText(ja: "会社の概要", en: "Company profile")
    static let packetKind = LocalizedText(ja: "区分", en: "Kind")
    static let packetRenewal = LocalizedText(ja: "更新", en: "renewal")
    /// A renewal with the certificate it renews, or saying that number is missing.
    static func packetRenewal(previous: String?) -> LocalizedText {
        guard let previous, !previous.allSatisfy(\.isWhitespace) else {
            return LocalizedText(ja: "更新（前回の認定番号が未記入）", en: "renewal (previous certificate number missing)")
        }
        return LocalizedText(ja: "更新（前回の認定番号 \(previous)）", en: "renewal (previous certificate \(previous))")
    }
    static let packetNew = LocalizedText(ja: "新規", en: "new")
    static let packetIndustry = LocalizedText(ja: "業種", en: "Industry")
    static let packetCulture = LocalizedText(ja: "会社の風土（事務局のメモ）", en: "Culture notes (the office's)")
    static let packetNone = LocalizedText(ja: "（なし）", en: "(none)")
    static let packetDeclarations = LocalizedText(ja: "申告と外部認証", en: "Declarations and external certifications")
    static let packetNotDeclared = LocalizedText(ja: "申告なし", en: "not declared")
    static let packetNoCertifications = LocalizedText(ja: "外部認証: なし", en: "External certifications: none")
    static let packetPassed = LocalizedText(ja: "合格", en: "passed")
    static let packetNotPassed = LocalizedText(ja: "不合格", en: "not passed")
    static let packetFindings = LocalizedText(ja: "指摘事項", en: "Findings")
    static let packetHeader = LocalizedText(ja: "表題部", en: "header")
    static func packetReviewed(_ officer: String) -> LocalizedText {
        LocalizedText(ja: "確認済み（\(officer)）: ", en: "reviewed (\(officer)): ")
    }

    static let packetContacts = LocalizedText(ja: "ヒアリング記録", en: "Contact log")

    static let packetOnlyMembersGiveOpinions = LocalizedText(
        ja: "意見を出せるのは審査委員です（事務局は紙の意見を代理入力できます）",
        en: "Only committee members give opinions (officers may type a paper opinion)")
    static func packetConflictedNoOpinion(_ type: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "この案件に利益相反（\(type.ja)）があるため、意見を出せません", en: "You have a conflict of interest on this case (\(type.en)) and cannot give an opinion")
    }

    static func packetNotInReview(_ status: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "この案件は「\(status.ja)」のため、審査中ではありません", en: "This case is \(status.en), not in review")
    }

    static let packetOnlyMembersMarkConflicts = LocalizedText(
        ja: "利益相反を登録できるのは事務局と、自分について登録する審査委員です",
        en: "Conflicts are marked by officers, and by members for themselves")
    static let packetOnlyChairDecides = LocalizedText(ja: "決定を記録するのは委員長です", en: "Only the chair records the decision")
    static func packetConflictedNoDecision(_ type: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "この案件に利益相反（\(type.ja)）があるため、決定を記録できません", en: "You have a conflict of interest on this case (\(type.en)) and cannot record its decision")
    }

    static let packetOnlyOfficersIssue = LocalizedText(ja: "認定証を発行するのは事務局です", en: "Certificates are issued by the office")
    static func packetAlreadyIssued(_ number: String) -> LocalizedText {
        LocalizedText(ja: "認定証 \(number) は発行済みです", en: "Certificate \(number) is already issued")
    }

    static func packetNotApproved(_ status: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "認定証を発行できるのは審査会で認定された案件です（この案件は「\(status.ja)」）", en: "Only a case the committee approved gets a certificate (this one is \(status.en))")
    }

    static let packetNoCertificate = LocalizedText(ja: "認定証はまだ発行されていません", en: "No certificate has been issued yet")
    static let packetPageDown = LocalizedText(ja: "次の頁", en: "Page down")
    static let packetPageUp = LocalizedText(ja: "前の頁", en: "Page up")
    static let packetTop = LocalizedText(ja: "先頭へ", en: "Top")
    static let packetBottom = LocalizedText(ja: "末尾へ", en: "Bottom")
    static let packetOpinionKey = LocalizedText(ja: "意見", en: "Opinion")
    static let packetDecideKey = LocalizedText(ja: "決定", en: "Decide")
    static let packetConflictKey = LocalizedText(ja: "利益相反", en: "Conflict")
    static let packetIssueKey = LocalizedText(ja: "認定証発行", en: "Issue cert.")
    static let packetWriteKey = LocalizedText(ja: "認定証を書出し", en: "Write cert.")
    static func packetIssued(_ number: String, through: LocalDate) -> LocalizedText {
        LocalizedText(ja: "認定証 \(number) を発行しました（\(through.japanese)まで有効）", en: "Issued certificate \(number) (valid through \(through.iso))")
    }

    // MARK: Meeting

    static let meetingTitle = LocalizedText(ja: "審査会の準備", en: "Meeting")
    static let meetingAgendaEmpty = LocalizedText(ja: "議題はまだありません", en: "No agenda items yet")
    static let meetingNoSubmitted = LocalizedText(ja: "付議できる提出済みの案件はありません", en: "No submitted cases to put on the agenda")
    static let meetingOnlyOfficers = LocalizedText(ja: "審査会の準備は事務局が行います", en: "Meetings are prepared by the office")
    static let meetingCreateFirst = LocalizedText(ja: "先に審査会を作成してください（n）", en: "Create a meeting first (n)")
    static let meetingMoveOnAgenda = LocalizedText(ja: "並べ替えるには議題の案件を選んでください（Tab）", en: "Choose an agenda item to move (Tab)")
    static let meetingNothingToMove = LocalizedText(ja: "並べ替える議題がありません", en: "Nothing to reorder")
    static let meetingNoCandidates = LocalizedText(ja: "事後報告する更新はありません", en: "No renewals to report")
    static let meetingAdd = LocalizedText(ja: "議題に追加", en: "Add to agenda")
    static let meetingSwitch = LocalizedText(ja: "一覧の切替", en: "Switch list")
    static let meetingMoveUp = LocalizedText(ja: "上へ移動", en: "Move up")
    static let meetingMoveDown = LocalizedText(ja: "下へ移動", en: "Move down")
    static let meetingNew = LocalizedText(ja: "新しい審査会", en: "New meeting")
    static let meetingReports = LocalizedText(ja: "事後報告を追加", en: "Add reports")
    static let meetingExport = LocalizedText(ja: "資料・議事録を書出し", en: "Export")
    static let meetingEarlier = LocalizedText(ja: "前の審査会", en: "Earlier meeting")
    static let meetingLater = LocalizedText(ja: "次の審査会", en: "Later meeting")
    static let meetingNoOther = LocalizedText(ja: "その方向に審査会はありません", en: "No meeting that way")
    static func meetingAdded(_ id: Int64, firm: String, meeting: Int64) -> LocalizedText {
        LocalizedText(ja: "案件 \(id) \(firm) を審査会 \(meeting) の議題に加えました（審査中）", en: "Put case \(id) \(firm) on meeting \(meeting)'s agenda (in review)")
    }

    static func meetingReportsAdded(_ count: Int) -> LocalizedText {
        LocalizedText(ja: "事後報告 \(count)件を議題に加えました", en: "Added \(count) post-hoc reports to the agenda")
    }

    static let meetingNewTitle = LocalizedText(ja: "新しい審査会", en: "New meeting")
    static let meetingDate = LocalizedText(ja: "開催日", en: "Date")
    static let meetingDatePlaceholder = LocalizedText(ja: "例: 令和5年7月20日 / 2023-07-20", en: "e.g. 2023-07-20 or 令和5年7月20日")
    static let meetingPlace = LocalizedText(ja: "場所", en: "Place")
    static let meetingPlacePlaceholder = LocalizedText(ja: "例: 市役所 5階 会議室", en: "e.g. City hall, room 5")
    static let meetingCreate = LocalizedText(ja: "作成", en: "Create")
    static let meetingNewIntro = LocalizedText(ja: "開催日は和暦でも西暦でも入力できます", en: "Type the date in the Japanese era or the Gregorian calendar")
    static func meetingCreated(_ id: Int64, date: LocalDate) -> LocalizedText {
        LocalizedText(ja: "審査会 \(id)（\(date.japanese)）を作成しました", en: "Created meeting \(id) (\(date.iso))")
    }

    static func meetingExportTitle(_ id: Int64) -> LocalizedText {
        LocalizedText(ja: "審査会 \(id) の資料と議事録を書き出す", en: "Export meeting \(id)'s packet and minutes")
    }

    static let meetingExportIntro = LocalizedText(
        ja: "審査会資料と議事録（HTML とテキスト）を書き出すフォルダー",
        en: "The folder for the meeting packet and minutes (HTML and text)")
    static let meetingNone = LocalizedText(ja: "審査会はまだありません。n で作成します", en: "No meetings yet. Press n to create one")
    static let meetingColumnDecision = LocalizedText(ja: "決定", en: "Decision")
    static let meetingColumnKind = LocalizedText(ja: "区分", en: "Kind")
    static func meetingSubmittedHeading(_ count: Int, candidates: Int) -> LocalizedText {
        LocalizedText(ja: "提出済みの案件 \(count)件 ・ 事後報告の候補 \(candidates)件", en: "Submitted cases: \(count) · post-hoc candidates: \(candidates)")
    }
}
