import Foundation

/// The keys an officer presses to type an application document into the intake form, field by
/// field in paper order, worked out from the checklist file and the document: what a person
/// with the paper in one hand does with the other.
struct FormDriver {
    enum Step: Equatable {
        /// Typed text (`send-keys -l`), as an input method delivers it.
        case text(String)
        /// Named keys (`send-keys Tab`).
        case keys([String])
    }

    let checklist: [String: Any]
    let document: [String: Any]
    /// The JSIC major groups' Japanese names by letter: the paper names the industry, so the
    /// officer types its name.
    let industryNames: [String: String]

    init(checklistFile: URL, documentFile: URL, referenceFile: URL) throws {
        checklist = try JSONSerialization.jsonObject(with: Data(contentsOf: checklistFile)) as! [String: Any]
        document = try JSONSerialization.jsonObject(with: Data(contentsOf: documentFile)) as! [String: Any]
        let reference = try JSONSerialization.jsonObject(with: Data(contentsOf: referenceFile)) as! [String: Any]
        industryNames = Dictionary(uniqueKeysWithValues: (reference["industries"] as! [[String: Any]]).map {
            ($0["code"] as! String, ($0["name"] as! [String: String])["ja"]!)
        })
    }

    /// Every step from the first field of the profile to the last field of the last section,
    /// with the keys of a person at paper speed: what the paper says, then Enter to leave a
    /// one-line field (Tab for the others), the years printed on the paper never typed.
    /// `prefilled` fields already hold the document's value and are passed over.
    func steps(prefilled: Set<String> = ["firm.name"]) -> [Step] {
        var steps: [Step] = []
        func field(_ text: String?, key: String) {
            if let text, !text.isEmpty, !prefilled.contains(key) { steps.append(.text(text)) }
            steps.append(.keys(["Enter"]))
        }
        let firm = document["firm"] as? [String: Any] ?? [:]
        field(document["receivedOn"] as? String, key: "receivedOn")
        for key in ["name", "kana", "address", "industry", "employees", "representative", "contactName", "phone", "email"] {
            let value = key == "industry" ? (firm[key] as? String).map { industryNames[$0]! } : firm[key].map(Self.text)
            field(value, key: "firm." + key)
        }
        // The corporate number as an input method in full-width mode gives it: ７０００….
        field((firm["corporateNumber"] as? String).map(Self.fullWidthDigits), key: "firm.corporateNumber")
        steps.append(.keys(document["kind"] as? String == "renewal" ? ["Space", "Tab"] : ["Tab"]))
        field(document["previousCertificate"] as? String, key: "previousCertificate")
        let declarations = document["declarations"] as? [String: Any] ?? [:]
        for declaration in checklist["declarations"] as! [[String: Any]] {
            steps.append(.keys(declarations[declaration["id"] as! String] as? Bool == true ? ["Space", "Tab"] : ["Tab"]))
        }
        let certifications = document["certifications"] as? [[String: Any]] ?? []
        for scheme in checklist["certificationSchemes"] as! [[String: Any]] {
            let held = certifications.first { $0["scheme"] as? String == scheme["id"] as? String }
            steps.append(.keys(held == nil ? ["Tab"] : ["Space", "Tab"]))
            field(held?[scheme["detail"] as! String] as? String, key: "certification")
        }
        let answers = document["answers"] as? [String: [String: Any]] ?? [:]
        for section in checklist["sections"] as! [[String: Any]] {
            for item in section["items"] as! [[String: Any]] {
                steps += itemSteps(item, answer: answers[item["id"] as! String] ?? [:])
            }
        }
        return steps
    }

    private func itemSteps(_ item: [String: Any], answer: [String: Any]) -> [Step] {
        var steps: [Step] = []
        switch answer["mark"] as? String {
        case "check": steps.append(.keys(["Space", "Tab"]))
        case "na": steps += [.text("-"), .keys(["Tab"])]
        default: steps.append(.keys(["Tab"]))
        }
        for evidence in item["evidence"] as? [[String: Any]] ?? [] {
            let key = evidence["key"] as! String
            switch evidence["kind"] as! String {
            case "text":
                if let text = answer[key] as? String, !text.isEmpty { steps.append(.text(text)) }
                steps.append(.keys(["Enter"]))
            case "options":
                let ticked = Set(answer["options"] as? [String] ?? [])
                let choices = evidence["choices"] as! [[String: Any]]
                for (index, choice) in choices.enumerated() {
                    var keys: [String] = ticked.contains(choice["id"] as! String) ? ["Space"] : []
                    if index < choices.count - 1 { keys.append("Down") }
                    if !keys.isEmpty { steps.append(.keys(keys)) }
                }
                steps.append(.keys(["Tab"]))
                if choices.contains(where: { $0["id"] as? String == "other" }) {
                    if let text = answer["otherText"] as? String, !text.isEmpty { steps.append(.text(text)) }
                    steps.append(.keys(["Enter"]))
                }
            case "yearFigures":
                steps += tableSteps(evidence, rows: answer[key] as? [[String: Any]] ?? [])
            case "headcountByGender":
                let counts = answer[key] as? [String: Any] ?? [:]
                for gender in ["men", "women"] {
                    if let value = counts[gender] { steps.append(.text(Self.text(value))) }
                    steps.append(.keys([gender == "men" ? "Tab" : "Enter"]))
                }
            case "sdgGoals":
                if let goals = answer[key] as? [Any], !goals.isEmpty {
                    steps.append(.text(goals.map(Self.text).joined(separator: ", ")))
                }
                steps.append(.keys(["Enter"]))
            default:
                fatalError("the driver does not know evidence kind \(evidence["kind"]!)")
            }
        }
        return steps
    }

    /// A year × figures table: each figure typed and Tab to the next cell, Enter after the last
    /// one (or at once for an empty table). Where the rows are the years before the receipt,
    /// the form shows them and Tab passes over them: the paper's years must be those.
    private func tableSteps(_ evidence: [String: Any], rows: [[String: Any]]) -> [Step] {
        let yearsShown = evidence["yearsBeforeReceipt"] as? Bool == true
        let figures = (evidence["columns"] as! [[String: Any]]).map { $0["key"] as! String }
        let columns = (yearsShown ? [] : ["year"]) + figures
        if yearsShown {
            let received = Int((document["receivedOn"] as! String).prefix(4))!
            let count = evidence["rows"] as! Int
            for (index, row) in rows.enumerated() {
                precondition(row["year"] as? Int == received - count + index, "the paper's years are the \(count) before \(received)")
            }
        }
        var cells: [String?] = []
        for row in 0..<(evidence["rows"] as! Int) {
            for column in columns {
                cells.append(row < rows.count ? rows[row][column].map(Self.text) : nil)
            }
        }
        let last = cells.lastIndex { $0 != nil }
        var steps: [Step] = []
        for (index, cell) in cells.enumerated() {
            if let cell { steps.append(.text(cell)) }
            if index == last { break }
            steps.append(.keys(["Tab"]))
        }
        if last == nil { steps.removeAll() }
        steps.append(.keys(["Enter"]))
        return steps
    }

    static func fullWidthDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ("0"..."9").contains($0) ? Unicode.Scalar($0.value - 0x30 + 0xFF10)! : $0 }))
    }

    /// A JSON value as an officer types it: 48, 95.25, テキスト.
    static func text(_ value: Any) -> String {
        if let number = value as? NSNumber {
            let double = number.doubleValue
            return double == double.rounded() ? String(Int(double)) : String(double)
        }
        return "\(value)"
    }
}
