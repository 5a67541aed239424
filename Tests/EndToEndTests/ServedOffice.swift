import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// An office set up as on a real host: a service account owns the store's folder (mode 700, the
/// store's files 600) and runs `nintei serve` on a socket every login can reach; every person
/// reaches the store only through that socket, each as their own OS login (runuser). The store
/// is made by this process's login (root), who is therefore its administrator; root is the
/// officer too. Needs root.
final class ServedOffice {
    static let serviceAccount = "nintei-svc"

    /// The binary and the data folder, readable by every login; the officer's working folder.
    let shared: SharedFolder
    var folder: URL { shared.url }
    /// The service account's own folder, holding the store.
    let storeFolder: String
    var db: String { storeFolder + "/office.sqlite" }
    /// The service account's folder for the socket, which every login may enter.
    let socketFolder: String
    var socket: String { socketFolder + "/nintei.sock" }
    /// The server's standard error (its log).
    var log: String { shared.path + "/serve.log" }
    private var pidFile: String { socketFolder + "/serve.pid" }
    let officer = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    private var server: SpawnedProcess?

    /// `demo`: the store holds the demo office (`nintei demo`); otherwise it is empty (`nintei init`).
    init(_ name: String, demo: Bool) throws {
        try OSLogin.ensureServiceAccount(Self.serviceAccount)
        shared = try SharedFolder(name, writableByEveryone: false)
        storeFolder = shared.path + "/store"
        socketFolder = shared.path + "/run"
        mkdir(storeFolder, 0o700)
        mkdir(socketFolder, 0o755)
        // The modes themselves, whatever the test process's umask is at this moment.
        chmod(storeFolder, 0o700)
        chmod(socketFolder, 0o755)
        let made = try Binary.run([demo ? "demo" : "init", "--db", db, "--data", shared.data, "--lang", "en"], in: folder)
        #expect(made.status == 0, "making the store: \(made.standardOutput)\(made.standardError)")
        // Handed to the service account: only it may read or write the store's folder and files.
        let handed = try OSLogin.shell(
            "chown -R \(Self.serviceAccount): '\(storeFolder)' '\(socketFolder)' && chmod 700 '\(storeFolder)' && chmod 600 '\(storeFolder)'/*")
        #expect(handed == 0, "could not hand the store to \(Self.serviceAccount)")
    }

    deinit {
        if let server, server.exitStatus() == nil {
            if let pid = servingPID() { kill(pid, SIGKILL) }
            kill(server.pid, SIGKILL)
            _ = eventually(within: 10) { server.exitStatus() != nil }
        }
    }

    /// Starts `nintei serve` as the service account and waits for its socket. The shell writes
    /// its own pid, then becomes the server (exec), so that pid is the server's, not runuser's.
    func start(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = try spawnServer()
        _ = eventually { Self.isSocket(socket) || process.exitStatus() != nil }
        #expect(Self.isSocket(socket), "the server did not start:\n\(serverLog())", sourceLocation: sourceLocation)
    }

    /// Starts `nintei serve` as the service account where it should refuse to start; its exit
    /// status once it has ended (nil if it kept running and opened its socket).
    func serveExpectingRefusal() throws -> Int32? {
        let process = try spawnServer()
        _ = eventually { Self.isSocket(socket) || process.exitStatus() != nil }
        return process.exitStatus()
    }

    private func spawnServer() throws -> SpawnedProcess {
        let serve = "echo $$ > '\(pidFile)' && exec '\(shared.binary)' serve --db '\(db)' --socket '\(socket)' --data '\(shared.data)'"
        let process = try SpawnedProcess(["/usr/sbin/runuser", "-u", Self.serviceAccount, "--", "/bin/sh", "-c", serve], output: log)
        server = process
        return process
    }

    /// Stops the server with SIGTERM and waits for it; its exit status (nil if it did not end).
    func stop() -> Int32? {
        guard let server else { return nil }
        if let pid = servingPID() { kill(pid, SIGTERM) }
        _ = eventually { server.exitStatus() != nil }
        return server.exitStatus()
    }

    /// Stops the server and expects a clean end: exit 0, the socket removed.
    func stopExpectingCleanExit(sourceLocation: SourceLocation = #_sourceLocation) {
        let status = stop()
        #expect(status == 0, "the server's exit status on SIGTERM: \(String(describing: status))\n\(serverLog())", sourceLocation: sourceLocation)
        #expect(!Self.isSocket(socket), "the stopped server removed its socket", sourceLocation: sourceLocation)
    }

    func serverLog() -> String {
        (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    }

    private func servingPID() -> pid_t? {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func isSocket(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK
    }

    /// `nintei` through the server, as `login` (this process's login, the officer, when nil).
    /// Another login runs in a folder of its own (`workFolder`), where it may write.
    @discardableResult
    func run(_ arguments: [String], as login: String? = nil, environment: [String: String] = [:]) throws -> Binary.Result {
        try runDirect(arguments + ["--server", socket], as: login, environment: environment)
    }

    /// `nintei` with exactly these arguments (no `--server`), as `login`.
    @discardableResult
    func runDirect(_ arguments: [String], as login: String? = nil, environment: [String: String] = [:]) throws -> Binary.Result {
        guard let login, login != officer else {
            return try Binary.run(arguments, environment: environment, in: folder)
        }
        return try Binary.run(arguments, environment: environment, command: runuser(login) + [shared.binary], in: URL(fileURLWithPath: try workFolder(for: login)))
    }

    /// Any program as `login`, in its work folder.
    func runProgram(_ command: [String], as login: String) throws -> Binary.Result {
        try Binary.run([], command: runuser(login) + command, in: URL(fileURLWithPath: try workFolder(for: login)))
    }

    private func runuser(_ login: String) -> [String] { ["/usr/sbin/runuser", "-u", login, "--"] }

    /// A folder of `login`'s own inside the shared folder (made on first use, mode 700).
    func workFolder(for login: String) throws -> String {
        let path = shared.path + "/work-" + login
        if !FileManager.default.fileExists(atPath: path) {
            mkdir(path, 0o700)
            guard let entry = getpwnam(login) else { throw OSLogin.Missing(login: login) }
            chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid)
        }
        return path
    }

    /// `nintei review` in tmux as `login` through the server (runuser for another login),
    /// in the shared folder (where the officer writes certificates).
    func review(as login: String) throws -> TmuxSession {
        try session("review", as: login)
    }

    /// `nintei ARGUMENTS` in tmux as `login` through the server, Japanese, 80×24, in the shared folder.
    func session(_ arguments: String, as login: String) throws -> TmuxSession {
        let inner = "cd '\(folder.path)' && LANG=C.UTF-8 TERM=xterm-256color ./nintei \(arguments) --server '\(socket)'; status=$?; clear; echo \"nintei-exited=$status\"; sleep 60"
        let quoted = "'\(inner.replacingOccurrences(of: "'", with: "'\\''"))'"
        let command = login == officer ? "sh -c \(quoted)" : "runuser -u \(login) -- sh -c \(quoted)"
        return try TmuxSession(command: command, width: 80, height: 24)
    }
}

/// OS logins for the tests that run the binary as other people.
enum OSLogin {
    struct Missing: Error { let login: String }

    @discardableResult
    static func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A person's login (a shell, no home folder); kept after the test, as an office keeps its staff.
    static func ensure(_ login: String) throws {
        try add(login, "useradd -M -s /bin/sh \(login)")
    }

    /// The service account that runs the server: a system account with no shell and no home.
    static func ensureServiceAccount(_ login: String) throws {
        try add(login, "useradd -r -M -s /usr/sbin/nologin \(login)")
    }

    /// Suites run in parallel and may add the same login at once: useradd then finds the user
    /// database locked, or the login already there; it is tried again until the login exists.
    private static func add(_ login: String, _ command: String) throws {
        let added = try eventually(within: 60) {
            if getpwnam(login) != nil { return true }
            return try shell(command) == 0
        }
        #expect(added && getpwnam(login) != nil, "could not create the OS user \(login)")
    }

    static var canManageUsers: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
    }
}

/// A child process started with posix_spawn, its output into a file, waited for with waitpid.
/// The test runner's threads block signals and a blocked mask survives exec; the child gets an
/// empty mask and default dispositions, so SIGTERM reaches the server.
final class SpawnedProcess {
    let pid: pid_t
    private var status: Int32?

    init(_ argv: [String], output: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = withUnblockedSignals { attributes in posix_spawn(&child, argv[0], &actions, &attributes, cArguments, cEnvironment) }
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        pid = child
    }

    /// The exit status once the process has ended (128 + n when signal n ended it), else nil.
    func exitStatus() -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        let reaped = waitpid(pid, &raw, WNOHANG)
        guard reaped == pid else { return nil }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Glibc's module does not export as functions.
        let signal = raw & 0x7f
        status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
        return status
    }

    struct SpawnError: Error { let code: Int32 }
}
