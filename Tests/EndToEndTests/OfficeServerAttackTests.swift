import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The office server against the people of the office, each under their own OS login: the demo
/// office behind `nintei serve` run by its service account (ServedOffice), and what a committee
/// member, a conflicted member, a viewer and a login with no role try. Only the server's answer
/// counts: the store's files are not theirs to read, the login is the kernel's, and what a role
/// may not read never reaches their screen, their output or the files they write.
@Suite("Attacks on the office server, each person as their own OS login", .serialized,
       .enabled(if: geteuid() == 0, "needs root: the test creates OS users (nintei-svc, nintei-member-a, nintei-member-b, nintei-chair, nintei-viewer, nintei-norole) and runs the binary as them"),
       .enabled(if: OSLogin.canManageUsers, "needs runuser and useradd"))
struct OfficeServerAttackTests {
    static let memberA = "nintei-member-a"
    static let memberB = "nintei-member-b"
    static let chair = "nintei-chair"
    static let viewer = "nintei-viewer"
    /// A login the store has never heard of.
    static let nobody = "nintei-norole"

    /// The demo office's case on the agenda of its meeting 1 (有限会社宮戸設備工業), with the
    /// demo member sato's opinion.
    static let agendaCase = "16"
    /// Another case on that agenda (the very long firm name).
    static let otherAgendaCase = "17"

    /// The demo office served, with this test's people given their roles by the store's
    /// administrator (root, who made it) through the server.
    static func servedDemo() throws -> ServedOffice {
        for login in [memberA, memberB, chair, viewer, nobody] { try OSLogin.ensure(login) }
        let office = try ServedOffice("attack-e2e", demo: true)
        try office.start()
        for (login, role) in [(memberA, "committee"), (memberB, "committee"), (chair, "chair"), (viewer, "viewer")] {
            let added = try office.run(["user", "add", login, role, "--lang", "en"])
            #expect(added.status == 0, "user add \(login) \(role): \(added.standardError)")
        }
        return office
    }

    /// What the demo office holds that only some roles may read: every firm's phone number and
    /// e-mail address (data/demo/applications), every contact note and every opinion comment
    /// (data/demo/cases.json).
    struct DemoSecrets {
        var phones: [String] = []
        var emails: [String] = []
        var contactNotes: [String] = []
        var opinionComments: [String] = []

        var all: [String] { phones + emails + contactNotes + opinionComments }

        init() throws {
            let demo = Binary.repository.appendingPathComponent("data/demo")
            let applications = demo.appendingPathComponent("applications")
            for name in try FileManager.default.contentsOfDirectory(atPath: applications.path) where name.hasSuffix(".json") {
                let document = try JSONSerialization.jsonObject(with: Data(contentsOf: applications.appendingPathComponent(name))) as? [String: Any]
                let firm = document?["firm"] as? [String: Any] ?? [:]
                if let phone = firm["phone"] as? String, !phone.isEmpty { phones.append(phone) }
                if let email = firm["email"] as? String, !email.isEmpty { emails.append(email) }
            }
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: demo.appendingPathComponent("cases.json"))) as? [String: Any] ?? [:]
            for entry in manifest["cases"] as? [[String: Any]] ?? [] {
                for contact in entry["contacts"] as? [[String: Any]] ?? [] {
                    if let note = contact["note"] as? String, !note.isEmpty { contactNotes.append(note) }
                }
            }
            for meeting in manifest["meetings"] as? [[String: Any]] ?? [] {
                for opinion in meeting["opinions"] as? [[String: Any]] ?? [] {
                    if let comment = opinion["comment"] as? String, !comment.isEmpty { opinionComments.append(comment) }
                }
            }
            phones = Array(Set(phones)).sorted()
            emails = Array(Set(emails)).sorted()
        }

        /// sato's comment on the agenda case in the demo.
        static let satoOnAgendaCase = "長時間労働の削減が数字で確認できる。認定でよい"
    }

    /// Everything a login's commands wrote into its work folder, as text.
    static func filesWritten(in folder: String) -> String {
        var text = ""
        for relative in FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [] {
            let path = folder + "/" + relative
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            text += "\n--- \(relative)\n" + String(decoding: data, as: UTF8.self)
        }
        return text
    }

    /// Runs each command as `login` through the server; every secret must be missing from what
    /// it printed (standard output and error) and from the files it wrote into `folder` (where
    /// the commands' `--out` point). Refusals are fine.
    static func expectNoneOf(_ secrets: [String], in commands: [[String]], writingInto folder: String, as login: String, office: ServedOffice,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        for arguments in commands {
            let result = try office.run(arguments + ["--lang", "en"], as: login)
            let printed = result.standardOutput + result.standardError
            let shown = secrets.filter(printed.contains)
            if !shown.isEmpty {
                Issue.record("""
                    \(login): `nintei \(arguments.joined(separator: " "))` (exit \(result.status)) shows \(shown.count) of what it may not read, \
                    e.g. \(shown.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")):
                    \(printed.prefix(600))
                    """, sourceLocation: sourceLocation)
            }
        }
        let written = filesWritten(in: folder)
        let shown = secrets.filter(written.contains)
        if !shown.isEmpty {
            Issue.record("""
                \(login): the files its commands wrote hold \(shown.count) of what it may not read, \
                e.g. \(shown.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")) (files: \(
                (FileManager.default.subpaths(atPath: folder) ?? []).sorted().prefix(8).joined(separator: ", ")))
                """, sourceLocation: sourceLocation)
        }
    }

    /// Every read command, and the ones that write what they read into a folder (`out`).
    static func readCommands(out: String) -> [[String]] {
        [
            ["cases"], ["cases", "--search", "さくら"], ["cases", "--status", "inReview"],
            ["export", "--all"], ["export", "--all", "--format", "csv"], ["export", "1"], ["export", agendaCase],
            ["export", "--all", "--out", out + "/export"],
            ["audit"], ["audit", "1"], ["audit", agendaCase], ["audit", "head"],
            ["opinions", agendaCase], ["opinions", otherAgendaCase],
            ["renewals"], ["renewals", "--months", "36"],
            ["queue"], ["meeting", "list"], ["meeting", "show", "1"],
            ["packet", "1", "--out", out + "/packet"], ["minutes", "1", "--out", out + "/minutes"],
            ["changes", "5", "20"], ["changes", "1", "2"],
            ["report", "--fiscal-year", "2024"], ["user", "list"], ["check"],
            ["publish", "--out", out + "/published"], ["certificate", "1", "--out", out + "/certificate"],
        ]
    }

    @Test("the store's files are the service account's: a member's sqlite3 and a direct --db open fail; a world-writable copy is refused, naming nintei serve")
    func storeFiles() throws {
        let office = try Self.servedDemo()
        let secrets = try DemoSecrets()

        let sqlite = try office.runProgram(["/usr/bin/sqlite3", office.db, "SELECT name, phone FROM cases LIMIT 3"], as: Self.memberA)
        #expect(sqlite.status != 0, "a member's sqlite3 on the store: \(sqlite.standardOutput)")
        #expect(sqlite.standardError.contains("unable to open"), "\(sqlite.standardError)")
        let bytes = try office.runProgram(["/bin/cat", office.db], as: Self.memberA)
        #expect(bytes.status != 0 && bytes.standardError.contains("Permission denied"), "a member reads the store's bytes: \(bytes.standardError)")
        #expect(bytes.standardOutput.isEmpty)

        let direct = try office.runDirect(["cases", "--db", office.db, "--lang", "en"], as: Self.memberA)
        #expect(direct.status != 0, "a member's nintei --db on the store file: \(direct.standardOutput)")
        #expect(direct.standardError.contains(office.db), "the refusal names the store: \(direct.standardError)")
        #expect(direct.standardError.contains("this login may not open it") && direct.standardError.contains("--server"),
                "the refusal says the store is not theirs and how to reach it: \(direct.standardError)")
        #expect(!direct.standardOutput.contains("株式会社さくら精工"), "\(direct.standardOutput)")
        let directExport = try office.runDirect(["export", "--all", "--db", office.db, "--lang", "en"], as: Self.memberA)
        #expect(directExport.status != 0)
        for secret in secrets.phones + secrets.emails {
            #expect(!(directExport.standardOutput + directExport.standardError).contains(secret))
        }

        // A copy every login may write, as the shared folders of before the server: refused.
        let copy = try office.workFolder(for: Self.memberA) + "/shared-copy.sqlite"
        try FileManager.default.copyItem(atPath: office.db, toPath: copy)
        chmod(copy, 0o666)
        for login in [Self.memberA, office.officer] {
            let opened = try office.runDirect(["cases", "--db", copy, "--lang", "en"], as: login)
            #expect(opened.status != 0, "\(login) opened a world-writable store: \(opened.standardOutput)")
            #expect(opened.standardError.contains("nintei serve"), "\(login): \(opened.standardError)")
            #expect(!opened.standardOutput.contains("株式会社さくら精工"))
        }

        // After the server's writes (the roles given above), every file of the store is still
        // the service account's alone.
        let service = getpwnam(ServedOffice.serviceAccount)!.pointee.pw_uid
        for name in (try FileManager.default.contentsOfDirectory(atPath: office.storeFolder)) + ["."] {
            var info = stat()
            let path = office.storeFolder + "/" + name
            #expect(stat(path, &info) == 0 && info.st_uid == service && info.st_mode & 0o077 == 0,
                    "\(path): owner \(info.st_uid), mode \(String(info.st_mode & 0o777, radix: 8))")
        }
        office.stopExpectingCleanExit()
    }

    @Test("the server will not start on a store whose folder and file others may open, and says how to close them")
    func openStore() throws {
        let office = try ServedOffice("attack-e2e", demo: true)
        chmod(office.storeFolder, 0o755)
        chmod(office.db, 0o644)
        let status = try office.serveExpectingRefusal()
        #expect(status == 2, "the server's exit status: \(String(describing: status))\n\(office.serverLog())")
        let log = office.serverLog()
        #expect(log.contains("chmod 700 \(office.storeFolder)") && log.contains("chmod 600 \(office.db)"), "\(log)")
        #expect(!ServedOffice.isSocket(office.socket), "no socket was opened")
    }

    @Test("a member's decision is refused, naming the chair's role; the chair's is recorded as the chair")
    func decisions() throws {
        let office = try Self.servedDemo()
        let refused = try office.run(["decide", Self.agendaCase, "approve", "--lang", "en"], as: Self.memberA)
        #expect(refused.status == 1, "a member's decide: \(refused.standardOutput)\(refused.standardError)")
        #expect(refused.standardError.contains("chair"), "the refusal names the chair's role: \(refused.standardError)")

        let decided = try office.run(["decide", Self.agendaCase, "approve", "--lang", "en"], as: Self.chair)
        #expect(decided.status == 0, "the chair's decide: \(decided.standardError)")

        let audit = try office.run(["audit", Self.agendaCase, "--lang", "en"])
        #expect(audit.status == 0, "\(audit.standardError)")
        let decisions = audit.standardOutput.split(separator: "\n").filter { $0.split(separator: " ").contains("decision") }
        #expect(decisions.count == 1, "one decision event:\n\(audit.standardOutput)")
        for line in decisions {
            #expect(line.split(separator: " ").contains(Substring(Self.chair)), "the decision is the chair's: \(line)")
            #expect(!line.contains(Self.memberA), "\(line)")
        }
        office.stopExpectingCleanExit()
    }

    /// The C compiler for the LD_PRELOAD shim, if there is one.
    static let compiler: String? = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang", "/usr/local/bin/cc"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// A shim that makes the C library's answers about "who am I" name the chair.
    static let shimSource = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <pwd.h>
        #include <string.h>
        #include <unistd.h>
        static const char *who = "\(chair)";
        struct passwd *getpwuid(uid_t uid) {
            struct passwd *(*real)(const char *) = dlsym(RTLD_NEXT, "getpwnam");
            return real(who);
        }
        int getpwuid_r(uid_t uid, struct passwd *entry, char *buffer, size_t size, struct passwd **result) {
            int (*real)(const char *, struct passwd *, char *, size_t, struct passwd **) = dlsym(RTLD_NEXT, "getpwnam_r");
            return real(who, entry, buffer, size, result);
        }
        char *getlogin(void) { return (char *)who; }
        int getlogin_r(char *buffer, size_t size) {
            if (size <= strlen(who)) return 34;
            strcpy(buffer, who);
            return 0;
        }
        """

    @Test("a member whose C library claims to be the chair (LD_PRELOAD) is still refused, and what they may do is recorded as theirs",
          .enabled(if: compiler != nil, "no C compiler (cc): the LD_PRELOAD shim cannot be built, so that attack is not tried"))
    func preloadedIdentity() throws {
        let office = try Self.servedDemo()
        let source = office.shared.path + "/whoami-shim.c"
        let shim = office.shared.path + "/whoami-shim.so"
        try Self.shimSource.write(toFile: source, atomically: true, encoding: .utf8)
        let compiled = try Binary.run(["-shared", "-fPIC", "-o", shim, source, "-ldl"], command: [Self.compiler!])
        #expect(compiled.status == 0, "compiling the shim: \(compiled.standardError)")
        chmod(shim, 0o755)
        let preloaded = ["/usr/bin/env", "LD_PRELOAD=" + shim]

        // The shim works: id and nintei itself believe the member is the chair.
        let id = try office.runProgram(preloaded + ["id", "-un"], as: Self.memberA)
        #expect(id.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == Self.chair, "id -un with the shim: \(id.standardOutput)\(id.standardError)")
        let own = try office.workFolder(for: Self.memberA) + "/own.sqlite"
        let made = try office.runProgram(preloaded + [office.shared.binary, "init", "--db", own, "--lang", "en", "--data", office.shared.data], as: Self.memberA)
        #expect(made.standardOutput.contains("Administrator: \(Self.chair)"), "nintei under the shim takes the member for the chair: \(made.standardOutput)\(made.standardError)")

        // The server asks the kernel.
        let decide = try office.runProgram(preloaded + [office.shared.binary, "decide", Self.agendaCase, "approve", "--server", office.socket, "--lang", "en"], as: Self.memberA)
        #expect(decide.status == 1, "the shimmed member's decide: \(decide.standardOutput)\(decide.standardError)")
        #expect(decide.standardError.contains("chair"), "the refusal names the chair's role: \(decide.standardError)")
        let token = "SHIM7Q"
        let opinion = try office.runProgram(
            preloaded + [office.shared.binary, "opinion", Self.otherAgendaCase, "approve", "--comment", token + " 計画は妥当", "--server", office.socket, "--lang", "en"],
            as: Self.memberA)
        #expect(opinion.status == 0, "the shimmed member's own opinion: \(opinion.standardError)")

        let decisionAudit = try office.run(["audit", Self.agendaCase, "--lang", "en"]).standardOutput
        #expect(!decisionAudit.split(separator: "\n").contains { $0.split(separator: " ").contains("decision") }, "no decision was recorded:\n\(decisionAudit)")
        let opinionAudit = try office.run(["audit", Self.otherAgendaCase, "--lang", "en"]).standardOutput
        let lines = opinionAudit.split(separator: "\n").filter { $0.contains(token) }
        #expect(!lines.isEmpty, "the opinion's audit event:\n\(opinionAudit)")
        for line in lines {
            #expect(line.split(separator: " ").contains(Substring(Self.memberA)), "recorded as the member: \(line)")
            #expect(!line.contains(Self.chair), "not as the chair: \(line)")
        }
        let opinions = try office.run(["opinions", Self.otherAgendaCase, "--lang", "en"]).standardOutput
        #expect(opinions.contains("\(Self.memberA): approve — \(token)"), "\(opinions)")
        #expect(!opinions.contains("\(Self.chair):"), "\(opinions)")
        // The chair never connected: the server's log names the member for every request.
        #expect(!office.serverLog().contains("\(Self.chair) (uid"), "\(office.serverLog())")
        office.stopExpectingCleanExit()
    }

    @Test("a conflicted member finds no opinion of that case in anything they read")
    func conflictedMember() throws {
        let office = try Self.servedDemo()
        let token = "Q7XA"
        let comment = token + " 工程表の具体性を評価"
        // Member B gives an opinion before the conflict is known, member A gives theirs, then the
        // officer marks B conflicted (which withdraws B's opinion).
        let own = try office.run(["opinion", Self.agendaCase, "reject", "--comment", "B の意見", "--lang", "en"], as: Self.memberB)
        #expect(own.status == 0, "\(own.standardError)")
        let given = try office.run(["opinion", Self.agendaCase, "approve", "--comment", comment, "--lang", "en"], as: Self.memberA)
        #expect(given.status == 0, "\(given.standardError)")
        let marked = try office.run(["conflict", Self.agendaCase, Self.memberB, "employee", "--note", "元従業員", "--lang", "en"])
        #expect(marked.status == 0, "\(marked.standardError)")

        // Those who may read them do (the strings are really there to find).
        let seenByA = try office.run(["opinions", Self.agendaCase, "--lang", "en"], as: Self.memberA).standardOutput
        #expect(seenByA.contains(DemoSecrets.satoOnAgendaCase) && seenByA.contains(comment), "member A's view:\n\(seenByA)")
        let officerAudit = try office.run(["audit", Self.agendaCase, "--lang", "en"]).standardOutput
        #expect(officerAudit.contains(token), "the officer's audit shows A's opinion:\n\(officerAudit)")

        // Member B finds neither, by any command, before the decision and after it.
        let work = try office.workFolder(for: Self.memberB)
        func commands(_ out: String) -> [[String]] {
            [
                ["opinions", Self.agendaCase], ["audit"], ["audit", Self.agendaCase],
                ["export", Self.agendaCase], ["export", "--all"], ["export", Self.agendaCase, "--format", "csv"], ["export", "--all", "--out", out + "/export"],
                ["queue"], ["meeting", "show", "1"], ["cases"],
                ["packet", "1", "--out", out + "/packet"], ["minutes", "1", "--out", out + "/minutes"],
            ]
        }
        let secrets = [DemoSecrets.satoOnAgendaCase, comment, token]
        try Self.expectNoneOf(secrets, in: commands(work + "/before"), writingInto: work + "/before", as: Self.memberB, office: office)
        let decided = try office.run(["decide", Self.agendaCase, "approve", "--lang", "en"], as: Self.chair)
        #expect(decided.status == 0, "the chair's decide: \(decided.standardError)")
        try Self.expectNoneOf(secrets, in: commands(work + "/decided"), writingInto: work + "/decided", as: Self.memberB, office: office)
        office.stopExpectingCleanExit()
    }

    @Test("a viewer and a login with no role find no phone, e-mail, contact note or opinion by any command")
    func viewerAndNobody() throws {
        let office = try Self.servedDemo()
        let secrets = try DemoSecrets()
        #expect(secrets.phones.count >= 20 && secrets.emails.count >= 15 && !secrets.contactNotes.isEmpty && secrets.opinionComments.count >= 2,
                "the demo's secrets were read: \(secrets.phones.count) phones, \(secrets.emails.count) e-mails")
        let token = "Q7XB"
        let given = try office.run(["opinion", Self.agendaCase, "approve", "--comment", token + " 数字で確認できた", "--lang", "en"], as: Self.memberA)
        #expect(given.status == 0, "\(given.standardError)")

        // The officer reads them (the strings are really there to find).
        let renewals = try office.run(["renewals", "--months", "36", "--lang", "en"]).standardOutput
        #expect(secrets.phones.contains(where: renewals.contains) && secrets.emails.contains(where: renewals.contains), "the officer's renewals:\n\(renewals)")
        let exported = try office.run(["export", "--all"]).standardOutput
        #expect(secrets.phones.contains(where: exported.contains), "the officer's export")
        let opinions = try office.run(["opinions", Self.agendaCase, "--lang", "en"]).standardOutput
        #expect(opinions.contains(DemoSecrets.satoOnAgendaCase) && opinions.contains(token), "the officer's opinions:\n\(opinions)")

        // Before the committee's decision on the case and after it.
        for login in [Self.viewer, Self.nobody] {
            let out = try office.workFolder(for: login) + "/before"
            try Self.expectNoneOf(secrets.all + [token], in: Self.readCommands(out: out), writingInto: out, as: login, office: office)
        }
        let decided = try office.run(["decide", Self.agendaCase, "approve", "--lang", "en"], as: Self.chair)
        #expect(decided.status == 0, "the chair's decide: \(decided.standardError)")
        for login in [Self.viewer, Self.nobody] {
            let out = try office.workFolder(for: login) + "/decided"
            try Self.expectNoneOf(secrets.all + [token], in: Self.readCommands(out: out), writingInto: out, as: login, office: office)
        }
        office.stopExpectingCleanExit()
    }
}
