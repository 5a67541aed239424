/// The consistency checks that a checklist attaches to particular items by name.
enum ItemChecks {
    /// The overtime limits of the Labour Standards Act (36協定 upper limits) that item 2-1 quotes.
    static let monthlyOvertimeLimit = 45.0
    static let yearlyOvertimeLimit = 360.0
    /// 2-1's alternative: the last year's average at least 10 % below an earlier year.
    static let requiredAverageReduction = 0.10
    /// 3-1: above the industry average in at least 2 of the 3 years.
    static let yearsAboveAverageNeeded = 2

    static func run(_ check: ConsistencyCheck, item: ChecklistItem, answer: Answer, document: ApplicationDocument, reference: ReferenceFigures) -> [Finding] {
        switch check {
        case .overtimeLimit: return overtime(item, answer)
        case .leaveIndustryAverage: return leave(item, answer, industry: document.firm.industry, reference: reference)
        case .womenManagerShare: return womenManagers(item, answer, document: document, reference: reference)
        case .usageConsistency: return usage(item, answer)
        }
    }

    static func overtime(_ item: ChecklistItem, _ answer: Answer) -> [Finding] {
        guard answer.mark == .check else { return [] }
        let rows = (answer.figures ?? []).sorted { $0.year < $1.year }
        guard rows.contains(where: { $0["monthHours"] != nil || $0["yearHours"] != nil || $0["averageHours"] != nil }) else {
            return [Finding(code: .figuresMissing, item: item.id, message: LocalizedText(
                ja: "✓がありますが、時間外労働時間の実績が記入されていません",
                en: "checked, but no overtime figures are given"))]
        }
        let exceeding = rows.filter { ($0["monthHours"] ?? 0) > monthlyOvertimeLimit || ($0["yearHours"] ?? 0) > yearlyOvertimeLimit }
        guard !exceeding.isEmpty, !averageReduced(rows) else { return [] }
        let yearsJA = exceeding.map { "\($0.year)年（月\(($0["monthHours"] ?? 0).plainText)時間、年\(($0["yearHours"] ?? 0).plainText)時間）" }
            .joined(separator: "、")
        let yearsEN = exceeding.map { "\($0.year) (\(($0["monthHours"] ?? 0).plainText) h a month, \(($0["yearHours"] ?? 0).plainText) h a year)" }
            .joined(separator: ", ")
        let hasAverages = rows.contains { $0["averageHours"] != nil }
        return [Finding(code: .overtimeLimit, item: item.id, message: LocalizedText(
            ja: "\(yearsJA)が上限（月45時間・年360時間）を超えています。" + (hasAverages
                ? "最新年の平均時間外労働時間も前年・一昨年より10%以上減っていません"
                : "平均時間外労働時間の記入がないため、10%以上の減少も確認できません"),
            en: "over the limit of 45 h a month / 360 h a year in \(yearsEN), and " + (hasAverages
                ? "the last year's average overtime is not at least 10 % below either earlier year"
                : "no average overtime is given to show a 10 % reduction")))]
    }

    /// Whether the last year's average overtime is at least 10 % below that of the year
    /// before or the year before that.
    static func averageReduced(_ rows: [FigureRow]) -> Bool {
        guard let last = rows.last(where: { $0["averageHours"] != nil }), let lastAverage = last["averageHours"] else { return false }
        return rows.contains { row in
            guard row.year == last.year - 1 || row.year == last.year - 2, let earlier = row["averageHours"], earlier > 0 else { return false }
            return lastAverage <= earlier * (1 - requiredAverageReduction)
        }
    }

    static func leave(_ item: ChecklistItem, _ answer: Answer, industry: String?, reference: ReferenceFigures) -> [Finding] {
        guard answer.mark == .check else { return [] }
        let rows = (answer.figures ?? []).filter { $0["rate"] != nil }.sorted { $0.year < $1.year }
        guard rows.count >= yearsAboveAverageNeeded else {
            return [Finding(code: .figuresMissing, item: item.id, message: LocalizedText(
                ja: "✓がありますが、有給休暇取得率が \(yearsAboveAverageNeeded) 年分以上記入されていません（\(rows.count) 年分）",
                en: "checked, but leave take-up rates are given for \(rows.count) years; at least \(yearsAboveAverageNeeded) are needed"))]
        }
        guard let industry else {
            return [Finding(code: .leaveNoReference, item: item.id, message: LocalizedText(
                ja: "業種が記入されていないため、業種別平均と比べられません",
                en: "the firm's industry is not given, so the rates cannot be compared with the industry average"))]
        }
        let compared = rows.map { row in (row: row, average: reference.leaveTakeUp(industry: industry, year: row.year)) }
        let above = compared.filter { entry in entry.average.map { entry.row["rate"]! > $0.percent } ?? false }
        let unknown = compared.filter { $0.average == nil }
        if above.count >= yearsAboveAverageNeeded { return [] }
        if above.count + unknown.count >= yearsAboveAverageNeeded {
            let years = unknown.map { String($0.row.year) }
            let name = reference.industry(industry)?.name
            return [Finding(code: .leaveNoReference, item: item.id, message: LocalizedText(
                ja: "業種 \(industry)（\(name?.ja ?? "名称不明")）の\(years.joined(separator: "、"))年の業種別平均（参考値）がないため判定できません（平均を上回る年は \(above.count) 年）",
                en: "no reference figure for industry \(industry) (\(name?.en ?? "unknown")) in \(years.joined(separator: ", ")), so the rates cannot be judged (\(above.count) years above the average)"))]
        }
        func describe(_ language: Language) -> String {
            compared.map { entry in
                let rate = entry.row["rate"]!.plainText
                let average = entry.average.map { $0.percent.plainText + "%" } ?? CoreText.unknownAverage.text(language)
                return CoreText.rateAgainstAverage(year: entry.row.year, rate: rate, average: average).text(language)
            }.joined(separator: CoreText.listSeparator.text(language))
        }
        return [Finding(code: .leaveBelowAverage, item: item.id, message: LocalizedText(
            ja: "業種別平均を上回る年が \(yearsAboveAverageNeeded) 年以上必要ですが、\(above.count) 年です: \(describe(.ja))",
            en: "the rate must be above the industry average in at least \(yearsAboveAverageNeeded) years, but is in \(above.count): \(describe(.en))"))]
    }

    static func womenManagers(_ item: ChecklistItem, _ answer: Answer, document: ApplicationDocument, reference: ReferenceFigures) -> [Finding] {
        // A written target alone qualifies the item; the share matters only without one.
        guard answer.mark == .check, (answer.text?.trimmingWhitespace ?? "").isEmpty else { return [] }
        guard let share = answer.managers?.womenShare else {
            return [Finding(code: .figuresMissing, item: item.id, message: LocalizedText(
                ja: "✓がありますが、登用目標も管理職の男女内訳も記入されていません",
                en: "checked, but neither a target nor the managers by gender are given"))]
        }
        let shareText = (share * 10).rounded() / 10
        guard let industry = document.firm.industry,
              let average = reference.womenManagerShare(industry: industry, year: document.receivedOn?.year) else {
            let industryText = document.firm.industry ?? "—"
            return [Finding(code: .womenManagersNoReference, item: item.id, message: LocalizedText(
                ja: "登用目標がなく割合（\(shareText.plainText)%）で判定しますが、業種 \(industryText) の女性管理職割合の参考値がないため判定できません",
                en: "no target is written, so the share (\(shareText.plainText) %) decides, but there is no reference figure for industry \(industryText)"))]
        }
        guard share <= average.percent else { return [] }
        return [Finding(code: .womenManagersBelowAverage, item: item.id, message: LocalizedText(
            ja: "登用目標がなく、女性管理職の割合 \(shareText.plainText)% が業種別平均 \(average.percent.plainText)% を超えていません",
            en: "no target is written, and the share of women managers, \(shareText.plainText) %, is not above the industry average of \(average.percent.plainText) %"))]
    }

    static func usage(_ item: ChecklistItem, _ answer: Answer) -> [Finding] {
        let hasUsage = (answer.usage ?? []).contains { row in row.values.values.contains { $0 > 0 } }
        if answer.mark == .check && !hasUsage {
            return [Finding(code: .usageMissing, item: item.id, message: LocalizedText(
                ja: "✓がありますが、利用実績（年と人数）が記入されていません",
                en: "checked, but no usage (year and head count) is given"))]
        }
        if answer.mark != .check && hasUsage {
            return [Finding(code: .usageUnchecked, item: item.id, message: answer.mark == .na
                ? LocalizedText(ja: "「-」（対象者なし）ですが、利用実績が記入されています", en: "marked \"-\" (nobody eligible), but usage is given")
                : LocalizedText(ja: "利用実績が記入されていますが、✓がありません", en: "usage is given, but the item is not checked"))]
        }
        return []
    }
}
