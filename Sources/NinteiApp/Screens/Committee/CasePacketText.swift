import NinteiCore
import NinteiPrint
import NinteiStore
import NinteiTerminal

/// One logical line of the case packet on screen, before wrapping.
struct PacketLine {
    var text: String
    var style: CellStyle = .plain
    /// Columns the line and its continuation rows are indented by.
    var indent = 0

    static func heading(_ text: String) -> PacketLine { PacketLine(text: text, style: CellStyle(bold: true, color: .accent)) }
    static let blank = PacketLine(text: "")
}

/// The case packet as lines: what the committee reads, in the order it is discussed — where the
/// case stands and the rule result, the opinions the login may see, decisions and certificate,
/// then the firm's profile, culture notes, declarations, the checklist section by section with
/// each item's mark and evidence, findings with their review notes, and the contact log.
enum CasePacketText {
    static func lines(_ packet: CasePacket, login: String, roles: Set<Role>, language: Language) -> [PacketLine] {
        let t = { (text: LocalizedText) in text(language) }
        let date = { (date: LocalDate) in language == .ja ? date.japanese : date.iso }
        let firm = packet.document.firm
        let evaluation = packet.evaluation
        var lines: [PacketLine] = []

        // Where the case stands.
        lines.append(PacketLine(text: t(UIText.packetCaseLine(packet.summary.id, firm: firm.name, status: packet.summary.status.label)), style: CellStyle(bold: true)))
        lines.append(PacketLine(text: t(UIText.packetRule) + resultLine(evaluation, language: language), style: evaluation.qualifies ? CellStyle(bold: true, color: .success) : CellStyle(bold: true, color: .warning)))
        if CommitteeRules.isMember(roles) {
            lines.append(PacketLine(text: t(UIText.packetYou) + t(memberState(packet, login: login).label)))
        }

        // Opinions, as the store lets this login see them.
        lines.append(.blank)
        lines.append(.heading(t(UIText.packetOpinions)))
        let view = packet.opinions
        if let conflict = view.conflict {
            lines.append(PacketLine(text: t(UIText.packetConflictNoOpinions(conflict.label)), style: CellStyle(bold: true, color: .warning), indent: 2))
        } else if view.visibility == .none {
            lines.append(PacketLine(text: t(UIText.packetOpinionsHidden), style: CellStyle(color: .muted), indent: 2))
        } else if view.visibility == .ownOnly && view.opinions.isEmpty {
            lines.append(PacketLine(text: t(UIText.packetGiveOwnFirst), style: CellStyle(color: .muted), indent: 2))
        } else {
            func line(_ opinion: Opinion) -> String {
                var line = "\(opinion.member): \(opinion.verdict.label.text(language))"
                if !opinion.comment.isEmpty { line += " — " + opinion.comment }
                if opinion.typedByOfficer { line += t(UIText.packetTypedBy(opinion.typedBy)) }
                return line
            }
            if view.opinions.isEmpty && view.withdrawn.isEmpty {
                lines.append(PacketLine(text: t(UIText.packetNoOpinionsYet), style: CellStyle(color: .muted), indent: 2))
            }
            for opinion in view.opinions {
                lines.append(PacketLine(text: line(opinion), indent: 2))
            }
            // Withdrawn when their member was marked conflicted: shown so, apart from the count.
            for opinion in view.withdrawn {
                lines.append(PacketLine(text: t(UIText.packetWithdrawnOpinion) + line(opinion), style: CellStyle(color: .muted), indent: 2))
            }
        }

        // Decisions and the certificate.
        if !packet.decisions.isEmpty || packet.certificate != nil {
            lines.append(.blank)
            lines.append(.heading(t(UIText.packetDecisions)))
            for decision in packet.decisions {
                var line = "\(date(decision.decidedOn)) \(decision.outcome.label.text(language))（\(decision.recordedBy)）"
                if !decision.reason.isEmpty { line += ": " + decision.reason }
                if decision.isAgainstRule { line += t(UIText.packetAgainstRule) }
                lines.append(PacketLine(text: line, indent: 2))
            }
            if let certificate = packet.certificate {
                lines.append(PacketLine(
                    text: t(UIText.packetCertificate(certificate.number, from: date(certificate.issuedOn), through: date(certificate.validUntil))),
                    style: CellStyle(bold: true, color: .success), indent: 2))
            }
        }

        // The firm.
        lines.append(.blank)
        lines.append(.heading(t(UIText.packetProfile)))
        let profile: [(LocalizedText, String?)] = [
            (UIText.formFirmKana, firm.kana), (UIText.corporateNumber, firm.corporateNumber),
            (UIText.packetKind, packet.document.kind == .renewal ? t(UIText.packetRenewal(previous: packet.document.previousCertificate)) : t(UIText.packetNew)),
            (UIText.formReceivedOn, packet.document.receivedOn.map(date)), (UIText.formAddress, firm.address),
            (UIText.packetIndustry, firm.industry), (UIText.formEmployees, firm.employees.map(String.init)),
            (UIText.formRepresentative, firm.representative),
            (UIText.formContactName, [firm.contactName, firm.phone, firm.email].compactMap { $0 }.joined(separator: " ")),
        ]
        for (label, value) in profile {
            guard let value, !value.isEmpty else { continue }
            lines.append(PacketLine(text: t(label) + ": " + value, indent: 2))
        }
        lines.append(.heading(t(UIText.packetCulture)))
        lines.append(PacketLine(text: packet.cultureNote ?? t(UIText.packetNone), style: packet.cultureNote == nil ? CellStyle(color: .muted) : .plain, indent: 2))

        lines.append(.heading(t(UIText.packetDeclarations)))
        for declaration in packet.checklist.declarations {
            let made = packet.document.declarations[declaration.id] == true
            lines.append(PacketLine(
                text: (made ? "[✓] " : "[ ] ") + declaration.label.text(language) + (made ? "" : " — " + t(UIText.packetNotDeclared)),
                style: made ? .plain : CellStyle(bold: true, color: .warning), indent: 2))
        }
        for certification in packet.document.certifications {
            let label = packet.checklist.certificationSchemes.first { $0.id == certification.scheme }?.label.text(language) ?? certification.scheme
            lines.append(PacketLine(text: "・" + label + " " + [certification.category, certification.number].compactMap { $0 }.joined(separator: " "), indent: 2))
        }
        if packet.document.certifications.isEmpty {
            lines.append(PacketLine(text: t(UIText.packetNoCertifications), style: CellStyle(color: .muted), indent: 2))
        }

        // The checklist, section by section.
        for section in packet.checklist.sections {
            let result = evaluation.sections.first { $0.id == section.id }
            var head = "\(section.id) \(section.title.text(language))"
            if let result {
                head += "  \(result.checked)/\(result.countable)" + (result.needed.map { " ≥\($0)" } ?? "")
                if let passed = result.passed { head += " " + t(passed ? UIText.packetPassed : UIText.packetNotPassed) }
            }
            lines.append(.blank)
            lines.append(PacketLine(text: head, style: result?.passed == true ? CellStyle(bold: true, color: .success) : CellStyle(bold: true)))
            for item in section.items {
                let answer = packet.document.answer(item.id)
                let mark: String
                switch answer.mark {
                case .check: mark = "[✓]"
                case .na: mark = "[-]"
                case .blank: mark = evaluation.item(item.id)?.counts == true ? "[*]" : "[ ]"
                }
                lines.append(PacketLine(text: "\(mark) \(item.id) \(item.text.text(language))", indent: 2))
                let evidence = PacketEvidence.describe(item, answer, language)
                for part in evidence.split(separator: "\n", omittingEmptySubsequences: true) {
                    lines.append(PacketLine(text: "→ " + part, style: CellStyle(color: .muted), indent: 6))
                }
            }
        }

        // Findings and their review notes.
        lines.append(.blank)
        lines.append(.heading(t(UIText.packetFindings) + " (\(evaluation.findings.count))"))
        if evaluation.findings.isEmpty {
            lines.append(PacketLine(text: t(UIText.packetNone), style: CellStyle(color: .muted), indent: 2))
        }
        for finding in evaluation.findings {
            let place = finding.item ?? t(UIText.packetHeader)
            lines.append(PacketLine(text: "⚠ [\(place)] " + finding.message.text(language), style: CellStyle(color: .warning), indent: 2))
            if let review = packet.review(of: finding) {
                lines.append(PacketLine(text: "✔ " + t(UIText.packetReviewed(review.reviewedBy)) + review.reason, style: CellStyle(color: .muted), indent: 6))
            }
        }

        // The contact log (ヒアリング).
        lines.append(.blank)
        lines.append(.heading(t(UIText.packetContacts)))
        if packet.contacts.isEmpty {
            lines.append(PacketLine(text: t(UIText.packetNone), style: CellStyle(color: .muted), indent: 2))
        }
        for contact in packet.contacts {
            lines.append(PacketLine(text: "\(date(contact.date)) \(contact.channel.label.text(language)): \(contact.note)（\(contact.recordedBy)）", indent: 2))
        }
        return lines
    }

    /// "認定基準を満たす（4節 / 必要3節）"
    static func resultLine(_ evaluation: Evaluation, language: Language) -> String {
        var line = (evaluation.qualifies ? UIText.packetRuleMeets : UIText.packetRuleFails)(language)
        switch evaluation.score {
        case .sections(let passed, let needed): line += UIText.formSectionsPassed(passed, needed: needed)(language)
        case .points(let total, let passMark): line += UIText.formPoints(total, passMark: passMark)(language)
        }
        if !evaluation.missingDeclarations.isEmpty { line += " " + UIText.formMissingDeclaration(language) }
        return line
    }

    /// Where the login stands on the case, from what the packet shows them.
    static func memberState(_ packet: CasePacket, login: String) -> MemberCaseState {
        if let conflict = packet.opinions.conflict { return .conflict(conflict) }
        if let own = packet.opinions.opinions.first(where: { $0.member == login }) { return .opinionGiven(own.verdict) }
        return .noOpinion
    }
}
