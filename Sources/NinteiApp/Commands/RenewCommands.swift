import Foundation
import NinteiCore
import NinteiStore

/// `nintei renew` and `nintei changes`: start a renewal from a certified firm's case, and show
/// what changed between two cases' applications. Exit status as for the other store commands.
extension StoreCommands {
    /// Starts a renewal case from `caseID`; prints the new case and the carry-over report.
    public func renew(caseID: Int64, to targetChecklist: String?) -> CommandOutcome {
        withStore { store, data throws(StoreError) in
            let start = try store.startRenewal(fromCase: caseID, to: targetChecklist, mappings: data.mappings)
            let heading = UIText.renewalDraftStarted(from: caseID, draft: start.caseID)(language)
            return CommandOutcome(output: heading + "\n" + start.report.text(language), errors: [], exitCode: 0)
        }
    }

    /// What changed from case `before` to case `after`.
    public func changes(before: Int64, after: Int64) -> CommandOutcome {
        withStore(.readOnly) { store, data throws(StoreError) in
            let changes = try store.changes(from: before, to: after, mappings: data.mappings)
            guard let checklist = store.checklistLibrary.checklist(changes.checklistID) else {
                throw StoreError.refused(LocalizedText(ja: "チェックシート「\(changes.checklistID)」は知りません", en: "unknown checklist \"\(changes.checklistID)\""))
            }
            let heading = UIText.changesHeading(before, after)(language)
            return CommandOutcome(output: heading + "\n" + changes.text(language, checklist: checklist), errors: [], exitCode: 0)
        }
    }

    private func withStore(
        _ mode: Store.Mode = .readWrite, _ work: (any OfficeService, ShippedData) throws(StoreError) -> CommandOutcome
    ) -> CommandOutcome {
        OfficeOpening.run(language: language, dataPath: dataPath, server: server, dbPath: dbPath, identity: identity, mode: mode, work)
    }
}
