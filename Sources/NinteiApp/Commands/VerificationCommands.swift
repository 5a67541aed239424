import NinteiCore
import NinteiStore

/// `nintei verification`: how far verification by re-keying has come, per case or for the
/// office, and the office setting that makes it a condition of submission.
extension StoreCommands {
    public func verification(caseID: Int64?, require: Bool?) -> CommandOutcome {
        if let require {
            return run { office throws(StoreError) in
                try office.setVerificationRequired(require)
                return CommandOutcome(output: UIText.verificationRequiredSet(require)(language) + "\n", errors: [], exitCode: 0)
            }
        }
        return run(.readOnly) { office throws(StoreError) in
            if let caseID { return try caseReport(office, caseID: caseID) }
            return try officeReport(office)
        }
    }

    private func caseReport(_ office: any OfficeService, caseID: Int64) throws(StoreError) -> CommandOutcome {
        let summary = try office.verificationSummary(caseID: caseID)
        let snapshot = try office.loadCase(caseID)
        guard let checklist = office.checklistLibrary.checklist(snapshot.document.checklistID) else {
            throw StoreError.refused(UIText.unknownChecklist(snapshot.document.checklistID))
        }
        let recorded = Dictionary(uniqueKeysWithValues: try office.fieldVerifications(caseID: caseID).map { ($0.path, $0) })
        let json = ApplicationWriter.json(snapshot.document, checklist: checklist)
        var table = TextTable([.left, .left, .left, .left])
        table.add(UIText.verificationColumns.map { $0(language) })
        for field in EntryFields.fields(of: checklist) {
            guard let record = recorded["\(field.path)"] else {
                table.add([field.label.text(language), "—", "—", UIText.verificationNotYet(language)])
                continue
            }
            let stale = record.value != json.value(at: field.path).map { JSONWriter.write($0, pretty: false) }
            let outcome = stale ? UIText.verificationChangedSince(language) : UIText.verificationOutcome(record.outcome)(language)
            table.add([field.label.text(language), record.keyedBy, record.verifiedBy, outcome])
        }
        let heading = "\(caseID) \(summary.firmName)  " + UIText.verifyProgress(summary)(language)
        return CommandOutcome(output: ([heading] + table.lines()).joined(separator: "\n") + "\n", errors: [], exitCode: 0)
    }

    private func officeReport(_ office: any OfficeService) throws(StoreError) -> CommandOutcome {
        let settings = try office.officeSettings()
        let cases = try office.verificationReport()
        var lines = [UIText.verificationSetting(settings.verificationRequired)(language)]
        guard !cases.isEmpty else {
            return CommandOutcome(output: (lines + [UIText.verificationNone(language)]).joined(separator: "\n") + "\n", errors: [], exitCode: 0)
        }
        var table = TextTable([.right, .left, .right, .right, .right, .left])
        table.add(UIText.verificationOfficeColumns.map { $0(language) })
        for summary in cases {
            table.add(["\(summary.caseID)", summary.firmName, "\(summary.verified)/\(summary.fields)", "\(summary.mismatches)", "\(summary.corrected)",
                       summary.verifiers.joined(separator: ", ")])
        }
        let total = (fields: cases.map(\.verified).reduce(0, +), mismatches: cases.map(\.mismatches).reduce(0, +), corrected: cases.map(\.corrected).reduce(0, +))
        lines += table.lines()
        lines.append(UIText.verificationTotals(cases: cases.count, fields: total.fields, mismatches: total.mismatches, corrected: total.corrected)(language))
        return CommandOutcome(output: lines.joined(separator: "\n") + "\n", errors: [], exitCode: 0)
    }
}
