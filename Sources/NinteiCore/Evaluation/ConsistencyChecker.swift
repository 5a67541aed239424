/// Finds what an officer should look at on a form: the consistency checks of DOMAIN.md.
/// Header findings come first, then each item's in paper order.
enum ConsistencyChecker {
    /// `answers`: the answer to each of `checklist.items`, in that order.
    static func findings(_ document: ApplicationDocument, checklist: Checklist, answers: [Answer], context: EvaluationContext) -> [Finding] {
        var findings = headerFindings(document, checklist: checklist, today: context.today)
        let latestYear = document.receivedOn?.year ?? context.today.year
        for (item, answer) in zip(checklist.items, answers) {
            findings += optionFindings(item, answer)
            for check in item.checks {
                findings += ItemChecks.run(check, item: item, answer: answer, document: document, reference: context.reference)
            }
            findings += rangeFindings(item, answer, latestYear: latestYear)
        }
        return findings
    }

    static func headerFindings(_ document: ApplicationDocument, checklist: Checklist, today: LocalDate) -> [Finding] {
        var findings: [Finding] = []
        if let received = document.receivedOn, received > today {
            findings.append(Finding(code: .receivedInFuture, item: nil, message: LocalizedText(
                ja: "受付日 \(received.iso) は今日（\(today.iso)）より後です",
                en: "the received date \(received.iso) is after today (\(today.iso))")))
        }
        for declaration in checklist.declarations where declaration.requiredToQualify && document.declarations[declaration.id] != true {
            findings.append(Finding(code: .declarationMissing, item: nil, message: LocalizedText(
                ja: "「\(declaration.label.ja)」の申告がないため、認定の条件を満たしません",
                en: "the declaration \"\(declaration.label.en)\" is not made, so the firm cannot qualify")))
        }
        if let employees = document.firm.employees, employees < 0 {
            findings.append(Finding(code: .negativeNumber, item: nil, message: LocalizedText(
                ja: "従業員数が負の数（\(employees)）です", en: "the number of employees is negative (\(employees))")))
        }
        return findings
    }

    static func optionFindings(_ item: ChecklistItem, _ answer: Answer) -> [Finding] {
        guard let options = item.optionsField else { return [] }
        var findings: [Finding] = []
        let ticked = answer.options ?? []
        if answer.mark == .check && ticked.count < options.minimum {
            findings.append(Finding(code: .checkWithoutOptions, item: item.id, message: ticked.isEmpty
                ? LocalizedText(
                    ja: "✓がありますが取組内容の選択肢が一つも選ばれていないため、該当として数えません",
                    en: "checked, but no option is ticked, so the item does not count")
                : LocalizedText(
                    ja: "✓がありますが選ばれた選択肢は \(ticked.count) 個で、\(options.minimum) 個以上ないと該当として数えません",
                    en: "checked, but only \(ticked.count) options are ticked; the item counts from \(options.minimum)")))
        }
        if answer.mark != .check && !ticked.isEmpty {
            let counts = ticked.count >= options.minimum
            findings.append(Finding(code: .optionsWithoutCheck, item: item.id, message: counts
                ? LocalizedText(
                    ja: "✓はありませんが選択肢が \(ticked.count) 個選ばれています。選択肢で判定するため、該当として数えます",
                    en: "not checked, but \(ticked.count) options are ticked; options decide, so the item counts")
                : LocalizedText(
                    ja: "✓はありませんが選択肢が \(ticked.count) 個選ばれています（\(options.minimum) 個以上で該当）",
                    en: "not checked, but \(ticked.count) options are ticked (the item counts from \(options.minimum))")))
        }
        let otherText = answer.otherText?.trimmingWhitespace ?? ""
        if ticked.contains(OptionsField.otherID) && otherText.isEmpty {
            findings.append(Finding(code: .otherWithoutText, item: item.id, message: LocalizedText(
                ja: "「上記以外の取組」が選ばれていますが、その内容が書かれていません",
                en: "\"other initiative\" is ticked but its text is empty")))
        }
        if !ticked.contains(OptionsField.otherID) && !otherText.isEmpty {
            findings.append(Finding(code: .otherTextWithoutOption, item: item.id, message: LocalizedText(
                ja: "「上記以外の取組」の内容が書かれていますが、選択肢が選ばれていません",
                en: "an \"other initiative\" text is written but the box is not ticked")))
        }
        return findings
    }

    static func rangeFindings(_ item: ChecklistItem, _ answer: Answer, latestYear: Int) -> [Finding] {
        var findings: [Finding] = []
        for field in item.evidence {
            switch field.content {
            case .yearFigures(let table):
                for row in answer.rows(field.key) {
                    if row.year > latestYear {
                        findings.append(Finding(code: .futureYear, item: item.id, message: LocalizedText(
                            ja: "\(row.year)年は受付の年（\(latestYear)年）より後です",
                            en: "the year \(row.year) is after the year of receipt (\(latestYear))")))
                    }
                    for column in table.columns {
                        guard let value = row[column.key] else { continue }
                        if value < 0 {
                            findings.append(Finding(code: .negativeNumber, item: item.id, message: LocalizedText(
                                ja: "\(row.year)年の\(column.label.ja)が負の数（\(value.plainText)）です",
                                en: "\(column.label.en) for \(row.year) is negative (\(value.plainText))")))
                        } else if column.kind == .percent && value > 100 {
                            findings.append(Finding(code: .percentageOutOfRange, item: item.id, message: LocalizedText(
                                ja: "\(row.year)年の\(column.label.ja) \(value.plainText)% は 0〜100% の範囲外です",
                                en: "\(column.label.en) for \(row.year), \(value.plainText) %, is outside 0–100 %")))
                        }
                    }
                }
            case .headcountByGender:
                if let managers = answer.managers, managers.men < 0 || managers.women < 0 {
                    findings.append(Finding(code: .negativeNumber, item: item.id, message: LocalizedText(
                        ja: "管理職の人数が負の数です（男性 \(managers.men)人、女性 \(managers.women)人）",
                        en: "a manager head count is negative (men \(managers.men), women \(managers.women))")))
                }
            case .text, .options, .sdgGoals:
                break
            }
        }
        return findings
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
