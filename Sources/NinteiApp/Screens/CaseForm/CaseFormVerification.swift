import NinteiCore
import NinteiStore
import NinteiTerminal

/// Verification by re-keying: a second officer types the paper again into empty fields; each
/// field left is checked against the case. Where the two entries differ, both are shown and the
/// verifier says which one the paper agrees with.
extension CaseFormScreen {
    /// Checks the field being left. A match moves on; a difference asks which entry the paper
    /// agrees with, records the answer (a correction saves the field) and then does `continuation`.
    func checkSecondEntry(_ field: FormField, _ typed: JSONValue?, then continuation: @escaping () -> ScreenAction) -> (mayLeave: Bool, said: ScreenAction) {
        let key = "\(field.path)"
        if let checked = checkedEntries[key], EntryFields.sameEntry(checked, typed, at: field.path) { return (true, .stay) }
        // The external certifications are one list: checked once its last field is left.
        if field.isCertification, fields[(focus + 1)...].contains(where: \.isCertification) { return (true, .stay) }
        do {
            let check = try store.verifyField(caseID: caseID, path: field.path, typed: typed, judgement: nil, revision: snapshot.revision)
            guard check.result == .differs else {
                entryChecked(key, typed)
                return (true, .say(UIText.verifyMatched(field.label)))
            }
            return (false, askWhichEntry(field, typed: typed, check: check, then: continuation))
        } catch {
            return (false, .say(UIText.verifyRefused(error.text(language))))
        }
    }

    private func askWhichEntry(_ field: FormField, typed: JSONValue?, check: VerificationCheck, then continuation: @escaping () -> ScreenAction) -> ScreenAction {
        let body = UIText.verifyDifferBody(
            first: Self.describe(check.firstEntry, language: language), keyedBy: check.keyedBy,
            second: Self.describe(typed, language: language))
        let dialog = Dialog(
            kind: .confirm, title: UIText.verifyDifferTitle(field.label)(language), body: body(language),
            buttons: [UIText.verifyFirstRight(language), UIText.verifySecondRight(language), UIText.verifyRetype(language)],
            focusedButton: 2)
        return .ask(dialog) { [unowned self] answer in
            switch answer {
            case .chosen(0): return judge(field, typed: typed, .firstEntry, firstEntry: check.firstEntry, then: continuation)
            case .chosen(1): return judge(field, typed: typed, .secondEntry, firstEntry: check.firstEntry, then: continuation)
            default: return .say(UIText.verifyRetypeHint)
            }
        }
    }

    private func judge(_ field: FormField, typed: JSONValue?, _ judgement: VerificationJudgement, firstEntry: JSONValue?, then continuation: @escaping () -> ScreenAction) -> ScreenAction {
        do {
            let result = try store.verifyField(caseID: caseID, path: field.path, typed: typed, judgement: judgement, revision: snapshot.revision)
            if result.result == .corrected { _ = reload() }
            // The paper's value is what the field holds from now on.
            let agreed = judgement == .firstEntry ? firstEntry : typed
            entryChecked("\(field.path)", agreed)
            restoreCheckedEntries()
            let next = continuation()
            if case .stay = next {
                return .say(judgement == .firstEntry ? UIText.verifyKept(field.label) : UIText.verifyCorrected(field.label))
            }
            return next
        } catch {
            return .say(UIText.formSaveRefused(error.text(language)))
        }
    }

    private func entryChecked(_ key: String, _ value: JSONValue?) {
        checkedEntries[key] = .some(value)
        verification = try? store.verificationSummary(caseID: caseID)
    }

    /// Puts back, after a page is built, what was checked in this session (the rest stays empty).
    func restoreCheckedEntries() {
        for index in fields.indices {
            guard let checked = checkedEntries["\(fields[index].path)"] else { continue }
            if fields[index].isCertification {
                fields[index].loadCertification(from: checked)
            } else {
                fields[index].load(checked)
            }
        }
    }

    /// The line above the fields while verifying: how far the case has come (the rule result
    /// would show the first entry).
    func verificationLine(_ language: Language) -> String {
        guard let verification else { return UIText.verifyTitle(LocalizedText(ja: "", en: ""))(language) }
        return UIText.verifyProgress(verification)(language)
    }

    /// An entry as the officer reads it on the paper: 「朝霞市本町1-1-1」, 48, ✓, 2020: 44 / 350、2021: 40 / 320.
    static func describe(_ value: JSONValue?, language: Language) -> String {
        switch value {
        case nil: return UIText.verifyEmpty(language)
        case .string("check")?: return "✓"
        case .string("blank")?: return UIText.verifyEmpty(language)
        case .string("na")?: return "-"
        case .string(let text)?: return "「" + text + "」"
        case .bool(let flag)?: return flag ? "✓" : UIText.verifyEmpty(language)
        case .number?: return JSONWriter.write(value!, pretty: false)
        case .array(let elements)?: return elements.isEmpty ? UIText.verifyEmpty(language) : elements.map { describe($0, language: language) }.joined(separator: "、")
        case .object(let members)?:
            // A table row as on the paper: 2020: 44 / 350 / 120.5 (the keys are the program's, not the paper's).
            let year = members.first { $0.key == "year" }.map { describe($0.value, language: language) + ": " } ?? ""
            return year + members.filter { $0.key != "year" }.map { describe($0.value, language: language) }.joined(separator: " / ")
        case .null?: return UIText.verifyEmpty(language)
        }
    }
}
