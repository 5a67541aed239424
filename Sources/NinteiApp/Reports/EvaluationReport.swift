import NinteiCore

/// The readable report of `nintei evaluate`: the firm, the sections as an aligned table, the
/// result, the findings and the strengths.
public enum EvaluationReport {
    public static func text(
        _ evaluation: Evaluation, document: ApplicationDocument, checklist: Checklist, file: String?, language: Language
    ) -> String {
        let words = ReportWords(language)
        var lines: [String] = []
        if let file { lines.append(file.escapedForDisplay) }
        var firm = document.firm.name.isEmpty ? words.unnamedFirm : document.firm.name
        if let kana = document.firm.kana, !kana.isEmpty { firm += UIText.parenthesized(kana)(language) }
        lines.append(firm)
        lines.append("\(words.checklist): \(checklist.title.text(language)) (\(checklist.id))")
        for declaration in checklist.declarations {
            let made = document.declarations[declaration.id] == true
            lines.append("\(declaration.label.text(language)): \(made ? words.declared : words.notDeclared)")
        }
        lines.append("")

        var table: TextTable
        switch evaluation.score {
        case .sections:
            table = TextTable([.left, .right, .right, .right, .left])
            table.add([words.section, words.countable, words.checked, words.needed, words.verdict])
            for section in evaluation.sections {
                table.add([
                    "\(section.id) \(section.title.text(language))", String(section.countable), String(section.checked),
                    section.needed.map(String.init) ?? "", section.passed == true ? words.passed : words.failed,
                ])
            }
        case .points:
            table = TextTable([.left, .right, .right, .right])
            table.add([words.section, words.checked, words.points, words.maxPoints])
            for section in evaluation.sections {
                table.add([
                    "\(section.id) \(section.title.text(language))", String(section.checked),
                    section.points?.plainText ?? "", section.maxPoints?.plainText ?? "",
                ])
            }
        }
        lines += table.lines()
        lines.append("")
        lines.append(words.result(evaluation))
        lines.append("  " + words.recommendationNote)
        for note in evaluation.toConfirm {
            lines.append("  ⚠ " + note.note.text(language))
        }

        lines.append("")
        lines.append(words.findingsHeading(evaluation.findings.count))
        if evaluation.findings.isEmpty {
            lines.append("  " + words.none)
        } else {
            var findings = TextTable([.left, .left, .left])
            for finding in evaluation.findings {
                findings.add([finding.item ?? words.header, finding.code.rawValue, finding.message.text(language)])
            }
            lines += findings.lines()
        }

        lines.append("")
        lines.append(words.strengthsHeading)
        if evaluation.strengths.isEmpty {
            lines.append("  " + words.none)
        } else {
            lines += evaluation.strengths.map { "  ・" + $0.text(language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The words of the report in one language.
private struct ReportWords {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

    var unnamedFirm: String { pick("（事業者名なし）", "(no firm name)") }
    var checklist: String { pick("チェックシート", "Checklist") }
    var declared: String { pick("あり", "declared") }
    var notDeclared: String { pick("なし", "not declared") }
    var section: String { pick("節", "Section") }
    var countable: String { pick("対象", "Items") }
    var checked: String { pick("該当", "Checked") }
    var needed: String { pick("必要", "Needed") }
    var verdict: String { pick("判定", "Result") }
    var passed: String { pick("合格", "passed") }
    var failed: String { pick("不合格", "not passed") }
    var points: String { pick("得点", "Points") }
    var maxPoints: String { pick("配点", "Of") }
    var header: String { pick("基本情報", "profile") }
    var none: String { pick("なし", "none") }
    var strengthsHeading: String { pick("強み（公表する文）", "Strengths (public sentences)") }
    var recommendationNote: String {
        pick("※ 規則による判定は委員会への参考です。認定は委員会の意見を聴いて決まります。",
             "The rule result is a recommendation to the committee, not its decision.")
    }

    func findingsHeading(_ count: Int) -> String {
        pick("所見（\(count)件）", "Findings (\(count))")
    }

    func result(_ evaluation: Evaluation) -> String {
        let verdict = evaluation.qualifies
            ? pick("認定基準を満たしています", "meets the certification rule")
            : pick("認定基準を満たしていません", "does not meet the certification rule")
        var detail: String
        switch evaluation.score {
        case .sections(let passed, let needed):
            detail = pick("合格 \(passed)節／必要 \(needed)節", "\(passed) sections passed, \(needed) needed")
        case .points(let total, let passMark):
            detail = pick("合計 \(total.plainText)点／合格点 \(passMark.plainText)点", "total \(total.plainText) points, pass mark \(passMark.plainText)")
        }
        if !evaluation.missingDeclarations.isEmpty {
            let names = evaluation.missingDeclarations.map { $0.label.text(language) }.joined(separator: pick("、", ", "))
            detail += pick("、申告なし: \(names)", "; not declared: \(names)")
        }
        return pick("結果: \(verdict)（\(detail)）", "Result: \(verdict) (\(detail))")
    }
}
