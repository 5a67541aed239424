import NinteiCore
import NinteiPrint
import NinteiStore
import NinteiTerminal

/// The committee's entries, each a `CommitteeEntryScreen` with its fields and what saving does.
enum CommitteeEntries {
    static func options(_ labels: [(id: String, label: LocalizedText)], language: Language, selected: String?) -> OptionGroup {
        OptionGroup(options: labels.map { OptionGroup.Option(id: $0.id, label: $0.label(language)) }, selected: selected.map { [$0] } ?? [])
    }

    // MARK: Opinion

    /// A member's own opinion; for an officer, a member's paper opinion typed on their behalf
    /// (the member is chosen first; the store records who typed it and whose it is).
    static func opinion(desk: CommitteeDesk, caseID: Int64, firm: String, onSaved: @escaping (LocalizedText) -> Void) -> CommitteeEntryScreen {
        let language = desk.language
        let typingForOthers = desk.isOfficer
        var members = typingForOthers ? desk.members() : [desk.login]
        if typingForOthers, let own = members.firstIndex(of: desk.login) { members.insert(members.remove(at: own), at: 0) }
        var fields: [EntryInput] = []
        if typingForOthers {
            fields.append(EntryInput(.member, UIText.opinionMember, .choice(SingleChoice(labels: members, presentation: .cycling))))
        }
        fields.append(EntryInput(.verdict, UIText.opinionVerdict, .options(options(OpinionVerdict.allCases.map { ($0.rawValue, $0.label) }, language: language, selected: nil))))
        fields.append(EntryInput(.comment, UIText.opinionComment, .text(TextField(placeholder: UIText.opinionCommentPlaceholder(language), isMultiline: true, maximumLength: InputLimits.freeText))))

        let existing = (try? desk.store.opinions(caseID: caseID))?.opinions.first { $0.member == desk.login }
        return CommitteeEntryScreen(
            title: UIText.opinionTitle(caseID, firm: firm), language: language, fields: prefilled(fields, existing: existing),
            intro: { screen, language in
                var lines: [(String, CellStyle)] = [(UIText.opinionIntro(language), CellStyle(color: .muted))]
                if typingForOthers, let member = screen.form.choiceLabel(.member), member != desk.login {
                    lines.append((UIText.opinionTypingFor(member, typist: desk.login)(language), CellStyle(bold: true, color: .warning)))
                }
                return lines
            },
            save: { screen in
                guard let verdict = screen.form.ticked(.verdict).first.flatMap(OpinionVerdict.init(rawValue:)) else { return .refused(UIText.opinionChooseVerdict) }
                let member = typingForOthers ? screen.form.choiceLabel(.member) : nil
                guard !typingForOthers || member != nil else { return .refused(UIText.opinionNoMembers) }
                do {
                    let opinion = try desk.store.giveOpinion(caseID: caseID, verdict: verdict, comment: screen.form.text(.comment), for: member)
                    return .saved(UIText.opinionSaved(opinion.member, verdict: verdict.label, typedBy: opinion.typedByOfficer ? opinion.typedBy : nil))
                } catch {
                    return .refused(CommitteeDesk.refusal(error))
                }
            },
            onSaved: onSaved)
    }

    private static func prefilled(_ fields: [EntryInput], existing: Opinion?) -> [EntryInput] {
        guard let existing else { return fields }
        var form = Form(fields)
        if case .options(var group)? = form[.verdict] {
            group.toggle(existing.verdict.rawValue)
            if let index = group.options.firstIndex(where: { $0.id == existing.verdict.rawValue }) { group.focus(index) }
            form[.verdict] = .options(group)
        }
        form[.comment] = .text(TextField(text: existing.comment, isMultiline: true, maximumLength: InputLimits.freeText))
        return form.inputs
    }

    // MARK: Conflict

    /// An officer marks any member, a member marks themself, with the kind of connection and a note.
    static func conflict(desk: CommitteeDesk, caseID: Int64, firm: String, onSaved: @escaping (LocalizedText) -> Void) -> CommitteeEntryScreen {
        let language = desk.language
        var members = desk.isOfficer ? desk.members() : [desk.login]
        if let own = members.firstIndex(of: desk.login) { members.insert(members.remove(at: own), at: 0) }
        let fields = [
            EntryInput(.member, UIText.conflictMember, .choice(SingleChoice(labels: members, presentation: .cycling))),
            EntryInput(.conflictType, UIText.conflictType, .options(options(ConflictType.allCases.map { ($0.rawValue, $0.label) }, language: language, selected: nil))),
            EntryInput(.note, UIText.conflictNote, .text(TextField(placeholder: UIText.conflictNotePlaceholder(language), maximumLength: InputLimits.freeText))),
        ]
        return CommitteeEntryScreen(
            title: UIText.conflictTitle(caseID, firm: firm), language: language, fields: fields, saveLabel: UIText.conflictSave,
            intro: { _, language in [(UIText.conflictIntro(language), CellStyle(color: .muted))] },
            save: { screen in
                guard let member = screen.form.choiceLabel(.member) else { return .refused(UIText.opinionNoMembers) }
                guard let type = screen.form.ticked(.conflictType).first.flatMap(ConflictType.init(rawValue:)) else { return .refused(UIText.conflictChooseType) }
                do {
                    try desk.store.markConflict(caseID: caseID, member: member, type: type, note: screen.form.text(.note))
                    return .saved(UIText.conflictSaved(member, type: type.label))
                } catch {
                    return .refused(CommitteeDesk.refusal(error))
                }
            },
            onSaved: onSaved)
    }

    // MARK: Decision

    static let decisionOutcomes: [DecisionOutcome] = [.approve, .reject, .returnForInformation]

    /// The chair's decision: the rule result and the opinions above; a decision against the
    /// rule result says, before it is saved, that it needs a reason.
    static func decision(desk: CommitteeDesk, packet: CasePacket, onSaved: @escaping (LocalizedText) -> Void) -> CommitteeEntryScreen {
        let language = desk.language
        let qualifies = packet.evaluation.qualifies
        let fields = [
            EntryInput(.outcome, UIText.decisionOutcome, .options(options(decisionOutcomes.map { ($0.rawValue, $0.label) }, language: language, selected: nil))),
            EntryInput(.reason, UIText.decisionReason, .text(TextField(placeholder: UIText.decisionReasonPlaceholder(language), isMultiline: true, maximumLength: InputLimits.freeText))),
        ]
        let tally = Dictionary(grouping: packet.opinions.opinions, by: \.verdict).mapValues(\.count)
        let caseID = packet.summary.id
        return CommitteeEntryScreen(
            title: UIText.decisionTitle(caseID, firm: packet.document.firm.name), language: language, fields: fields, saveLabel: UIText.decisionSave,
            intro: { screen, language in
                // The rule result and, for a decision against it, that a reason is needed, come
                // first: on a small terminal they are what must show.
                var lines: [(String, CellStyle)] = [
                    (UIText.packetRule(language) + CasePacketText.resultLine(packet.evaluation, language: language), CellStyle(bold: true)),
                ]
                if let outcome = screen.form.ticked(.outcome).first.flatMap(DecisionOutcome.init(rawValue:)), CommitteeRules.isAgainstRule(outcome: outcome, qualifies: qualifies) {
                    let empty = screen.form.text(.reason).allSatisfy(\.isWhitespace)
                    lines.append((UIText.decisionAgainstRule(outcome.label)(language), CellStyle(bold: true, color: empty ? .error : .warning)))
                }
                lines.append((UIText.decisionTally(OpinionVerdict.allCases.map { ($0.label, tally[$0] ?? 0) })(language), .plain))
                return lines
            },
            save: { screen in
                guard let outcome = screen.form.ticked(.outcome).first.flatMap(DecisionOutcome.init(rawValue:)) else { return .refused(UIText.decisionChooseOutcome) }
                do {
                    let decision = try desk.store.decide(caseID: caseID, outcome: outcome, reason: screen.form.text(.reason))
                    return .saved(UIText.decisionSaved(decision.outcome.label, approved: decision.outcome == .approve))
                } catch {
                    return .refused(CommitteeDesk.refusal(error))
                }
            },
            onSaved: onSaved)
    }

    // MARK: Files

    /// Asks for a folder and writes the printable certificate there (HTML and text).
    static func writeCertificate(desk: CommitteeDesk, certificate: CertificateRecord, onSaved: @escaping (LocalizedText) -> Void) -> CommitteeEntryScreen {
        folderPrompt(desk: desk, title: UIText.writeCertificateTitle(certificate.number), intro: UIText.writeCertificateIntro, onSaved: onSaved) { folder throws(StoreError) in
            let settings = (try? desk.data?.loadCertificateSettings()) ?? .standard
            // The number is stored text: made into a file name that stays inside the folder.
            let base = OutputFolder.fileName("certificate-\(certificate.number)")
            let paths = try OutputFolder.write([
                (base + ".html", CertificateExport.html(certificate, settings: settings, language: desk.language)),
                (base + ".txt", CertificateExport.text(certificate, settings: settings, language: desk.language)),
            ], into: folder)
            return UIText.wroteFiles(paths[0], paths[1])
        }
    }

    static func folderPrompt(
        desk: CommitteeDesk, title: LocalizedText, intro: LocalizedText, onSaved: @escaping (LocalizedText) -> Void,
        write: @escaping (String) throws(StoreError) -> LocalizedText
    ) -> CommitteeEntryScreen {
        CommitteeEntryScreen(
            title: title, language: desk.language,
            fields: [EntryInput(.folder, UIText.folderLabel, .text(TextField(text: CommitteeDesk.folder("."))))],
            saveLabel: UIText.writeSave,
            intro: { _, language in [(intro(language), CellStyle(color: .muted))] },
            save: { screen in
                do {
                    return .saved(try write(CommitteeDesk.folder(screen.form.text(.folder))))
                } catch {
                    return .refused(CommitteeDesk.refusal(error))
                }
            },
            onSaved: onSaved)
    }
}
