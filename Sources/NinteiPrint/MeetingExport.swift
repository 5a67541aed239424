import Foundation
import NinteiCore
import NinteiStore

/// The meeting packet (every case on the agenda, for reading offline) and the minutes (the
/// decisions after the meeting), each as one HTML file and as plain text.
public enum MeetingExport {
    public static func packetHTML(_ packet: MeetingPacket, language: Language = .ja) -> String { packetDocument(packet, language).html() }
    public static func packetText(_ packet: MeetingPacket, language: Language = .ja) -> String { packetDocument(packet, language).text() }
    public static func minutesHTML(_ minutes: MeetingMinutes, language: Language = .ja) -> String { minutesDocument(minutes, language).html() }
    public static func minutesText(_ minutes: MeetingMinutes, language: Language = .ja) -> String { minutesDocument(minutes, language).text() }

    static func meetingLine(_ meeting: Meeting, _ language: Language) -> String {
        PrintText.meetingLine(date: meeting.date, place: meeting.place).text(language)
    }

    static func packetDocument(_ packet: MeetingPacket, _ language: Language) -> PrintDocument {
        let words = PacketWords(language)
        var document = PrintDocument(title: words.t("審査会資料", "Meeting packet") + " — " + meetingLine(packet.meeting, language), language: language)
        document.add(.heading(level: 1, document.title))
        document.add(.table(
            header: [words.t("議題", "Item"), words.t("案件", "Case"), words.t("事業者名", "Firm"), words.t("区分", "Kind"), words.t("規則による判定", "Rule result")],
            rows: (packet.cases.map(\.entry) + packet.reports.map(\.entry)).map { entry in
                [String(entry.position), String(entry.summary.id), entry.summary.firmName, entry.kind.label.text(language), words.rule(entry.summary.qualifies)]
            }))
        for (entry, casePacket) in packet.cases {
            document.add(.pageBreak)
            CasePacketExport.add(casePacket, position: entry.position, to: &document, words: words)
        }
        if !packet.reports.isEmpty {
            document.add(.pageBreak)
            document.add(.heading(level: 2, words.t("事後報告（審査なしで更新した案件）", "Post-hoc reports (renewals granted without review)")))
            document.add(.table(
                header: [words.t("議題", "Item"), words.t("案件", "Case"), words.t("事業者名", "Firm"), words.t("認定番号", "Certificate"), words.t("認定期間", "Valid")],
                rows: packet.reports.map { entry, certificate in
                    [String(entry.position), String(entry.summary.id), entry.summary.firmName, certificate?.number ?? "—",
                     certificate.map { words.period($0.issuedOn, $0.validUntil) } ?? "—"]
                }))
        }
        return document
    }

    static func minutesDocument(_ minutes: MeetingMinutes, _ language: Language) -> PrintDocument {
        let words = PacketWords(language)
        var document = PrintDocument(title: words.t("審査会議事録", "Minutes") + " — " + meetingLine(minutes.meeting, language), language: language)
        document.add(.heading(level: 1, document.title))
        let none = words.t("（なし）", "(none)")
        document.add(.fields([
            (words.t("日時", "Date"), words.date(minutes.meeting.date)),
            (words.t("開会", "Opened"), words.t("　　時　　分", "    :    ")), (words.t("閉会", "Closed"), words.t("　　時　　分", "    :    ")),
            (words.t("場所", "Place"), minutes.meeting.place),
            (words.t("議長", "Chair"), minutes.chairs.isEmpty ? none : minutes.chairs.map { minutes.names.titled($0, language: language) }.joined(separator: words.t("、", ", "))),
            (words.t("出席者", "Attendees"), minutes.attendees.isEmpty ? none : minutes.attendees.map { minutes.names.name($0) }.joined(separator: words.t("、", ", "))),
        ]))
        document.add(.table(
            header: [words.t("議題", "Item"), words.t("案件", "Case"), words.t("事業者名", "Firm"), words.t("区分", "Kind"),
                     words.t("規則による判定", "Rule result"), words.t("意見", "Opinions"), words.t("決定", "Decision"), words.t("理由", "Reason")],
            rows: minutes.entries.map { entry in
                let opinions = minutes.opinions[entry.summary.id] ?? []
                let tally = OpinionVerdict.allCases.compactMap { verdict -> String? in
                    let count = opinions.filter { $0.verdict == verdict }.count
                    return count == 0 ? nil : "\(verdict.label.text(language)) \(count)"
                }.joined(separator: words.t("、", ", "))
                var decision = entry.decision?.outcome.label.text(language) ?? words.t("未決定", "not decided")
                if entry.decision?.isAgainstRule == true { decision += words.t("（規則の判定と異なる）", " (against the rule result)") }
                return [String(entry.position), String(entry.summary.id), entry.summary.firmName, entry.kind.label.text(language),
                        words.rule(entry.summary.qualifies), tally.isEmpty ? "—" : tally, decision, entry.decision?.reason ?? ""]
            }))
        for entry in minutes.entries where !(minutes.opinions[entry.summary.id] ?? []).isEmpty {
            document.add(.heading(level: 3, "\(entry.position). \(entry.summary.firmName)"))
            document.add(.list((minutes.opinions[entry.summary.id] ?? []).map { words.opinionLine($0, names: minutes.names) }))
        }
        document.add(.paragraph(words.t("監査記録の先頭: ", "Audit log head: ") + minutes.auditHead.description))
        document.add(.heading(level: 2, words.t("署名欄", "Signatures")))
        document.add(.paragraph(words.t("上記のとおり相違ないことを証するため、ここに署名する。", "We certify that these minutes are correct.")))
        document.add(.signature(label: words.t("議長", "Chair"), name: minutes.chairs.first.map { minutes.names.titled($0, language: language) } ?? ""))
        document.add(.signature(label: words.t("署名委員", "Member"), name: ""))
        document.add(.signature(label: words.t("署名委員", "Member"), name: ""))
        document.add(.signature(label: words.t("記録者（事務局）", "Recorded by (office)"), name: ""))
        return document
    }
}

/// One case of the packet: profile, culture notes, declarations, certifications, the rule
/// result section by section with each item's evidence, findings with review notes, contacts.
enum CasePacketExport {
    static func add(_ packet: CasePacket, position: Int, to document: inout PrintDocument, words: PacketWords) {
        let language = words.language
        let firm = packet.document.firm
        let evaluation = packet.evaluation
        document.add(.heading(level: 2, "\(position). \(firm.name)（\(words.t("案件", "case")) \(packet.summary.id)）"))
        document.add(.fields([
            (words.t("フリガナ", "Reading"), firm.kana ?? ""), (words.t("申請区分", "Application"), packet.document.kind == .renewal ? words.t("更新", "renewal") : words.t("新規", "new")),
            (words.t("法人番号", "Corporate No."), firm.corporateNumber ?? ""),
            (words.t("前回の認定番号", "Previous certificate"), packet.document.previousCertificate ?? ""),
            (words.t("受付日", "Received"), packet.document.receivedOn.map { words.date($0) } ?? "—"),
            (words.t("所在地", "Address"), firm.address ?? ""), (words.t("業種", "Industry"), firm.industry ?? ""),
            (words.t("従業員数", "Employees"), firm.employees.map(String.init) ?? ""), (words.t("代表者", "Representative"), firm.representative ?? ""),
            (words.t("担当者", "Contact"), [firm.contactName, firm.phone, firm.email].compactMap { $0 }.joined(separator: " ")),
        ].filter { !$0.1.isEmpty }))
        document.add(.heading(level: 3, words.t("会社の風土", "Culture notes")))
        document.add(.paragraph(packet.cultureNote ?? words.t("（記載なし）", "(none)")))
        document.add(.heading(level: 3, words.t("申告と外部認証", "Declarations and external certifications")))
        var declarations = packet.checklist.declarations.map { declaration in
            "\(declaration.label.text(language)): " + (packet.document.declarations[declaration.id] == true ? words.t("申告あり", "declared") : words.t("申告なし", "not declared"))
        }
        declarations += packet.document.certifications.map { certification in
            let label = packet.checklist.certificationSchemes.first { $0.id == certification.scheme }?.label.text(language) ?? certification.scheme
            return label + ": " + [certification.category, certification.number].compactMap { $0 }.joined(separator: " ")
        }
        document.add(.list(declarations))
        document.add(.heading(level: 3, words.t("規則による判定", "Rule result")))
        document.add(.paragraph(words.rule(evaluation.qualifies) + words.t("（判定は推薦であり、決定は審査会が行います）", " (a recommendation; the committee decides)")))
        document.add(.table(
            header: [words.t("節", "Section"), words.t("該当", "Checked"), words.t("対象", "Countable"), words.t("必要", "Needed"), words.t("結果", "Result")],
            rows: evaluation.sections.map { section in
                ["\(section.id) \(section.title.text(language))", String(section.checked), String(section.countable),
                 section.needed.map(String.init) ?? "", section.passed == true ? words.t("合格", "passed") : words.t("不合格", "not passed")]
            }))
        for section in packet.checklist.sections {
            document.add(.heading(level: 3, "\(section.id) \(section.title.text(language))"))
            document.add(.table(
                header: [words.t("項目", "Item"), words.t("内容", "Text"), words.t("チェック", "Mark"), words.t("記載内容", "Evidence")],
                rows: section.items.map { item in
                    let answer = packet.document.answer(item.id)
                    let mark: String
                    switch answer.mark {
                    case .check: mark = "✓"
                    case .na: mark = "-"
                    case .blank: mark = ""
                    }
                    let counts = evaluation.item(item.id)?.counts == true && answer.mark != .check ? words.t("（選択肢により該当）", " (counts by options)") : ""
                    return [item.id, item.text.text(language), mark + counts, PacketEvidence.describe(item, answer, language)]
                }, widths: [7, 50, 9, 34]))
        }
        document.add(.heading(level: 3, words.t("指摘事項", "Findings") + " (\(evaluation.findings.count))"))
        document.add(.list(evaluation.findings.isEmpty ? [words.t("なし", "none")] : evaluation.findings.map { finding in
            var line = "[\(finding.item ?? words.t("表題部", "header"))] \(finding.message.text(language))"
            if let review = packet.review(of: finding) {
                line += "\n→ " + words.t("確認済み", "reviewed") + "（\(packet.names.name(review.reviewedBy))）: \(review.reason)"
            }
            return line
        }))
        document.add(.heading(level: 3, words.t("ヒアリング記録", "Contact log")))
        document.add(.list(packet.contacts.isEmpty ? [words.t("なし", "none")] : packet.contacts.map { contact in
            "\(words.date(contact.date)) \(contact.channel.label.text(language)): \(contact.note)（\(packet.names.name(contact.recordedBy))）"
        }))
        if !packet.decisions.isEmpty {
            document.add(.heading(level: 3, words.t("これまでの決定", "Earlier decisions")))
            document.add(.list(packet.decisions.map { "\(words.date($0.decidedOn)) \($0.outcome.label.text(language))" + ($0.reason.isEmpty ? "" : ": \($0.reason)") }))
        }
    }
}

/// An item's evidence (記載欄) in words, by the checklist's field definitions.
public enum PacketEvidence {
    public static func describe(_ item: ChecklistItem, _ answer: Answer, _ language: Language) -> String {
        var parts: [String] = []
        for field in item.evidence {
            switch field.content {
            case .text:
                if let text = answer.text, !text.isEmpty { parts.append(text) }
            case .options(let options):
                let ticked = options.choices.filter { (answer.options ?? []).contains($0.id) }.map { choice in
                    choice.id == OptionsField.otherID ? "\(choice.label.text(language))（\(answer.otherText ?? "")）" : choice.label.text(language)
                }
                if !ticked.isEmpty { parts.append(ticked.joined(separator: PrintText.choiceSeparator.text(language))) }
            case .yearFigures(let table):
                for row in answer.rows(field.key) {
                    let values = table.columns.compactMap { column -> String? in
                        row[column.key].map { "\(column.label.text(language)) \(number($0))\(column.unit.text(language))" }
                    }
                    parts.append("\(row.year): " + values.joined(separator: ", "))
                }
            case .headcountByGender:
                if let managers = answer.managers {
                    var line = PrintText.managers(men: managers.men, women: managers.women).text(language)
                    if let share = managers.womenShare { line += PrintText.womenShare(number(share)).text(language) }
                    parts.append(line)
                }
            case .sdgGoals:
                if let goals = answer.sdgs, !goals.isEmpty { parts.append("SDGs " + goals.map(String.init).joined(separator: ", ")) }
            }
        }
        return parts.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// The packet's words, in the chosen language.
struct PacketWords {
    let language: Language

    init(_ language: Language) { self.language = language }

    func t(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

    func date(_ date: LocalDate) -> String { language == .ja ? date.japanese : date.iso }

    func period(_ from: LocalDate, _ to: LocalDate) -> String {
        PrintText.period(from, to).text(language)
    }

    func rule(_ qualifies: Bool) -> String {
        qualifies ? t("基準を満たす", "meets the criteria") : t("基準を満たさない", "does not meet the criteria")
    }

    func opinionLine(_ opinion: Opinion, names: DisplayNames) -> String {
        var line = "\(names.name(opinion.member)): \(opinion.verdict.label.text(language))"
        if !opinion.comment.isEmpty { line += " — \(opinion.comment)" }
        let typist = names.name(opinion.typedBy)
        if opinion.typedByOfficer { line += t("（\(typist) が代理入力）", " (typed by \(typist))") }
        return line
    }
}
