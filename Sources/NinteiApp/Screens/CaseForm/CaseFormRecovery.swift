import NinteiCore
import NinteiStore
import NinteiTerminal

/// Putting back what the store did not take: after a conflict, and in a later session.
extension CaseFormScreen {
    /// Says whole what was not saved (someone else saved the case first) and whose change
    /// stands, and offers to put it back.
    func askAboutConflict(_ entry: UnsavedEntry) -> ScreenAction {
        let dialog = Dialog.confirm(
            title: UIText.formConflictTitle(language),
            body: UIText.formConflictBody(reason: entry.reason, label: entry.fieldLabel, typed: entry.typedText)(language),
            confirm: UIText.formPutBack(language), cancel: UIText.formKeepTheirs(language))
        return .ask(dialog, saying: UIText.formConflictShort) { [self] answer in
            settleConflict(entry, putBack: answer == .chosen(0), discard: answer == .chosen(1))
        }
    }

    /// Offers the oldest entry kept for this case by an earlier session, if there is one;
    /// `saying` goes on the status line under it (or alone when there is none).
    func offerRecoveredEntry(saying text: LocalizedText? = nil) -> ScreenAction {
        guard editRefusal == nil, let (file, entry) = recovery.entries(storePath: store.path, caseID: caseID).first else {
            return text.map(ScreenAction.say) ?? .stay
        }
        let dialog = Dialog.confirm(
            title: UIText.formRecoveredTitle(language),
            body: UIText.formRecoveredBody(entry, file: file)(language),
            confirm: UIText.formPutBack(language), cancel: UIText.formDiscard(language))
        return .ask(dialog, saying: text) { [self] answer in
            settleRecovered(file: file, entry: entry, putBack: answer == .chosen(0), discard: answer == .chosen(1))
        }
    }

    func settleConflict(_ entry: UnsavedEntry, putBack: Bool, discard: Bool) -> ScreenAction {
        if putBack {
            self.putBack(entry)
            return .say(UIText.formPutBackDone)
        }
        if discard {
            unsaved = nil
            return .stay
        }
        // Esc: neither chosen; the entry is kept where it survives the session.
        unsaved = nil
        guard let file = try? recovery.keep(entry) else {
            unsaved = entry
            return .stay
        }
        return .say(UIText.formKeptInFile(file))
    }

    func settleRecovered(file: String, entry: UnsavedEntry, putBack: Bool, discard: Bool) -> ScreenAction {
        if putBack {
            self.putBack(entry)
            recovery.remove(file)
        } else if discard {
            recovery.remove(file)
        } else {
            return .say(UIText.formKeptInFile(file))
        }
        return offerRecoveredEntry(saying: putBack ? UIText.formPutBackDone : nil)
    }

    /// Turns to the entry's field and puts the typed value in it, not yet saved: leaving the
    /// field saves it against the case as it is now.
    func putBack(_ entry: UnsavedEntry) {
        for (index, page) in pages.enumerated() {
            let builder = FormPageBuilder(page: page, checklist: checklist, language: language)
            guard let fieldIndex = builder.fields.firstIndex(where: { $0.path == entry.fieldPath }) else { continue }
            if index != pageIndex { turnPage(to: index, focusLast: false) }
            focus = fieldIndex
            fields[fieldIndex].putBack(entry.value)
            unsaved = entry
            evaluateAsTyped()
            return
        }
    }
}

extension FormField {
    /// Shows a value in the widget without taking it as saved.
    mutating func putBack(_ typed: JSONValue?) {
        let (saved, loaded) = (savedValue, loadedValue)
        if isCertification {
            loadCertification(from: typed)
        } else {
            load(typed)
        }
        (savedValue, loadedValue) = (saved, loaded)
    }
}
