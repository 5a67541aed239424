import Foundation
import NinteiCore
import NinteiStore
import NinteiTerminal

/// Imports one application document (INTERCHANGE.md) into a new draft, as `nintei import` does
/// for one file: a refused file is shown in a dialog with the file, the key path and the
/// problem; a file imported before is named with its case, and nothing is written; an
/// imported one opens in place of this screen.
final class ImportScreen: Screen {
    private let store: any OfficeService
    private let language: Language
    private let folder: String
    private let openCase: (Int64) -> (any Screen)?
    private var path: TextField
    /// The login's roles, read once: they decide whether this screen may create a case.
    private let roles: Set<Role>

    /// `folder` is where a relative path starts (the current folder).
    init(store: any OfficeService, language: Language, folder: String = FileManager.default.currentDirectoryPath, openCase: @escaping (Int64) -> (any Screen)?) {
        self.store = store
        self.language = language
        self.folder = folder
        self.openCase = openCase
        roles = Desk.roles(store)
        path = TextField(placeholder: UIText.importPlaceholder(language))
    }

    var title: LocalizedText { UIText.importTitle }

    var focusTakesText: Bool { true }

    func bindings(_ language: Language) -> [KeyBinding] {
        let refusal = Desk.createRefusal(store, roles: roles, language: language)
        return [
            bind([.enter], Action.run, label: UIText.importRun(language), disabledReason: refusal),
            bind([.escape], Navigation.back, label: UIText.back(language)),
        ]
    }

    enum Action: String, ScreenActionSet {
        static let namespace = "import"
        case run
    }

    func perform(_ action: Action) -> ScreenAction {
        switch action {
        case .run: return run()
        }
    }

    func handle(_ key: Key) -> ScreenAction? {
        return path.handle(key).screenAction
    }

    /// The typed path as a file: `~` is the home folder, a relative path starts at `folder`.
    var resolvedPath: String {
        let typed = path.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return "" }
        let expanded = (typed as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : folder + "/" + expanded
    }

    private func run() -> ScreenAction {
        let file = resolvedPath
        guard !file.isEmpty else { return .say(UIText.importPathRequired) }
        do {
            let importing = try ApplicationFile.readForImport(file, checklists: store.checklistLibrary)
            switch try store.importCases([importing])[0].get() {
            case .created(let id):
                guard let screen = openCase(id) else { return .say(UIText.newCaseCreated(id)) }
                return .replace(screen)
            case .alreadyImported(let id):
                return .show(.message(title: UIText.importAlreadyTitle(language), body: UIText.importAlready(file, id)(language), ok: UIText.ok(language)))
            }
        } catch let error as DataFileError {
            return refused(Self.describe(error, language: language))
        } catch let error as StoreError {
            return refused(UIText.importFile(language) + file + "\n" + error.text(language))
        } catch {
            return refused(file + ": " + String(describing: error))
        }
    }

    private func refused(_ body: String) -> ScreenAction {
        .show(.error(title: UIText.importRefusedTitle(language), body: body, ok: UIText.ok(language)))
    }

    /// "ファイル: …", "場所: answers.2-3.options[1]", "問題: …" on lines of their own.
    static func describe(_ error: DataFileError, language: Language) -> String {
        var lines = [UIText.importFile(language) + error.file]
        switch error.problem {
        case .invalid(.invalid(let dataError)):
            lines.append(UIText.importWhere(language) + dataError.path.description)
            lines.append(UIText.importProblem(language) + dataError.message.text(language))
        case .invalid(let readError):
            lines.append(UIText.importProblem(language) + readError.text(language))
        default:
            let text = error.text(language)
            let problem = text.hasPrefix(error.file + ": ") ? String(text.dropFirst(error.file.count + 2)) : text
            lines.append(UIText.importProblem(language) + problem)
        }
        return lines.joined(separator: "\n")
    }

    func draw(into buffer: inout CellBuffer, area: CellRect, language: Language, focused: Bool) {
        let spacious = area.height >= 14
        var y = area.y + (spacious ? 1 : 0)
        let row = CellRect(x: area.x + 1, y: y, width: area.width - 2, height: 1)
        FormRows.drawLabel(UIText.importPathLabel(language), focused: true, into: &buffer, rect: row)
        let field = FormRows.fieldArea(row)
        path.viewSize = field.size
        path.draw(into: &buffer, area: field, focused: focused)
        y += spacious ? 2 : 1
        let width = area.width - 2
        var lines: [(String, CellStyle)] = []
        if !path.text.isEmpty, resolvedPath != path.text {
            lines += (UIText.importResolved(language) + resolvedPath).wrapped(toWidth: width).map { ($0, CellStyle(color: .accent)) }
        }
        lines += UIText.importHint(language).wrapped(toWidth: width).map { ($0, CellStyle(color: .muted)) }
        for (text, style) in lines where y < area.y + area.height {
            buffer.put(text, x: area.x + 1, y: y, maxWidth: width, style: style)
            y += 1
        }
    }

    func cursorPosition(in area: CellRect) -> CellPosition? {
        let row = CellRect(x: area.x + 1, y: area.y + (area.height >= 14 ? 1 : 0), width: area.width - 2, height: 1)
        return path.cursorPosition(in: FormRows.fieldArea(row))
    }
}
