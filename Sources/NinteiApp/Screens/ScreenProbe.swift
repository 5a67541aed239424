import NinteiCore
import NinteiStore
import NinteiTerminal

/// The real screens in the real shell, driven from outside the module: the benchmark
/// (`nintei-bench`, a release build, where `@testable` is not available) presses keys and
/// draws frames with it exactly as `AppShell.run` does on a terminal, without one.
public final class ScreenProbe {
    private let shell: AppShell

    private init(root: any Screen, language: Language) {
        shell = AppShell(root: root, language: language)
    }

    /// The case list as the home screen opens it (`l`), cases opening as from the app.
    public static func caseList(store: any OfficeService, language: Language = .ja) -> ScreenProbe {
        let screen = CaseListScreen(store: store, language: language) { id in
            OpenApp.caseScreen(store: store, caseID: id, language: language)
        }
        return ScreenProbe(root: screen, language: language)
    }

    /// The certified-firm browser (`nintei browse`), as of `today`.
    public static func browse(store: any OfficeService, language: Language = .ja, today: LocalDate = .today()) -> ScreenProbe {
        ScreenProbe(root: PublicScreens.browse(store: store, language: language, today: today), language: language)
    }

    /// The certifications ending within `months` of `today`, as the home screen opens them.
    public static func renewals(
        store: any OfficeService, mappings: ChecklistMappingLibrary, months: Int, language: Language = .ja, today: LocalDate = .today()
    ) -> ScreenProbe {
        ScreenProbe(root: RenewalsScreen(store: store, mappings: mappings, months: months, language: language, today: today), language: language)
    }

    /// The intake form of a case (loads the case, evaluates it, reads its reviews and roles).
    public static func caseForm(store: any OfficeService, caseID: Int64, language: Language = .ja) throws(StoreError) -> ScreenProbe {
        ScreenProbe(root: try CaseFormScreen(store: store, caseID: caseID, language: language), language: language)
    }

    /// One frame at this size, as the terminal would be sent it.
    public func frame(width: Int = 80, height: Int = 24) -> CellBuffer {
        let size = TerminalSize(width: width, height: height)
        shell.layOut(size: size)
        return shell.frame(size: size)
    }

    /// One key, as from the terminal; false when the app would end.
    @discardableResult
    public func press(_ key: Key) -> Bool {
        shell.handle(key)
    }

    /// True when a read the screen began on another thread (the whole count after End) has ended.
    public var hasArrivals: Bool { shell.current.hasArrivals }

    /// Takes in what reads on other threads brought, as the shell does before a frame.
    public func takeArrivals() {
        shell.current.takeArrivals()
    }

    /// Waits for the reads on other threads (a count) and takes them in.
    public func waitForArrivals() {
        shell.current.waitForArrivals()
    }

    /// What the app does when input ends or it is told to stop: every screen keeps what is typed.
    public func leaveAll() {
        shell.leaveAll()
    }
}
