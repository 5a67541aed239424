import Foundation

/// What a paper application holds, as the intake goal counts it (issue 15: the officer's keys at
/// most the characters on the paper plus one key per field): its characters — text, figures,
/// each tick or "-" — and its fields — each box, text, figure cell and option on the form.
/// Counted from the checklist and the document, apart from the keys `FormDriver` sends.
extension FormDriver {
    func paper() -> (characters: Int, fields: Int) {
        var characters = 0
        var fields = 0
        func text(_ value: Any?) {
            fields += 1
            if let value { characters += Self.text(value).count }
        }
        func tick(_ ticked: Bool) {
            fields += 1
            if ticked { characters += 1 }
        }
        let firm = document["firm"] as? [String: Any] ?? [:]
        text(document["receivedOn"])
        for key in ["name", "kana", "address", "industry", "employees", "representative", "contactName", "phone", "email", "corporateNumber"] {
            text(key == "industry" ? (firm[key] as? String).map { industryNames[$0]! } : firm[key])
        }
        tick(document["kind"] as? String == "renewal")
        text(document["previousCertificate"])
        let declarations = document["declarations"] as? [String: Any] ?? [:]
        for declaration in checklist["declarations"] as! [[String: Any]] {
            tick(declarations[declaration["id"] as! String] as? Bool == true)
        }
        let certifications = document["certifications"] as? [[String: Any]] ?? []
        for scheme in checklist["certificationSchemes"] as! [[String: Any]] {
            let held = certifications.first { $0["scheme"] as? String == scheme["id"] as? String }
            tick(held != nil)
            text(held?[scheme["detail"] as! String])
        }
        let answers = document["answers"] as? [String: [String: Any]] ?? [:]
        for item in (checklist["sections"] as! [[String: Any]]).flatMap({ $0["items"] as! [[String: Any]] }) {
            let answer = answers[item["id"] as! String] ?? [:]
            tick(["check", "na"].contains(answer["mark"] as? String))
            for evidence in item["evidence"] as? [[String: Any]] ?? [] {
                let key = evidence["key"] as! String
                switch evidence["kind"] as! String {
                case "options":
                    let ticked = Set(answer["options"] as? [String] ?? [])
                    let choices = evidence["choices"] as! [[String: Any]]
                    for choice in choices { tick(ticked.contains(choice["id"] as! String)) }
                    if choices.contains(where: { $0["id"] as? String == "other" }) { text(answer["otherText"]) }
                case "yearFigures":
                    let rows = answer[key] as? [[String: Any]] ?? []
                    let printedYears = evidence["yearsBeforeReceipt"] as? Bool == true
                    let columns = (printedYears ? [] : ["year"]) + (evidence["columns"] as! [[String: Any]]).map { $0["key"] as! String }
                    for row in 0..<(evidence["rows"] as! Int) {
                        for column in columns { text(row < rows.count ? rows[row][column] : nil) }
                    }
                case "headcountByGender":
                    let counts = answer[key] as? [String: Any] ?? [:]
                    text(counts["men"])
                    text(counts["women"])
                case "sdgGoals":
                    let goals = answer[key] as? [Any] ?? []
                    text(goals.isEmpty ? nil : goals.map(Self.text).joined(separator: ", "))
                default:
                    text(answer[key])
                }
            }
        }
        return (characters, fields)
    }

    /// The keys the steps press: each character typed, each named key.
    static func keyCount(_ steps: [Step]) -> Int {
        steps.reduce(0) { total, step in
            switch step {
            case .text(let text): return total + text.count
            case .keys(let keys): return total + keys.count
            }
        }
    }
}
