import Foundation
import NinteiCore
import NinteiPrint
@testable import NinteiStore
import Testing

/// Stored text that would turn against its reader: file names that leave the output folder,
/// control characters in the text and CSV files, spreadsheet formulas in CSV cells.
@Suite("Hostile stored text in the files the store writes")
struct HostileTextTests {
    static let clear = "\u{1B}[2J\u{1B}]0;title\u{07}\u{1B}[31m偽の通知\u{1B}[0m"

    @Test("a file name from stored text keeps Japanese and loses slashes, controls and leading dots")
    func safeFileName() {
        #expect(OutputFolder.fileName("certificate-令和5-001") == "certificate-令和5-001")
        #expect(OutputFolder.fileName("/../../../victim/pwned") == "_.._.._.._victim_pwned")
        #expect(OutputFolder.fileName("..") == "__")
        #expect(OutputFolder.fileName(".hidden") == "_hidden")
        #expect(OutputFolder.fileName("a\u{0}b\nc\u{1B}d\\e") == "a_b_c_d_e")
        #expect(OutputFolder.fileName("") == "_")
        #expect(OutputFolder.fileName(String(repeating: "認", count: 100)).utf8.count <= 200)
    }

    @Test("a path is refused unless it names a file directly inside the folder")
    func pathStaysInside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nintei-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try OutputFolder.path(folder, "a.txt") == folder + "/a.txt")
        for name in ["../a.txt", "..", ".", "", "x/../../a.txt", "/etc/passwd"] {
            #expect(throws: StoreError.self, "\(name)") { try OutputFolder.path(folder, name) }
        }
        #expect(throws: StoreError.self) { try OutputFolder.write([("ok.txt", "x"), ("../escape.txt", "y")], into: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/ok.txt"), "every file or none")
        #expect(!FileManager.default.fileExists(atPath: (folder as NSString).deletingLastPathComponent + "/escape.txt"))
    }

    @Test("CSV cells a spreadsheet would run as a formula get a ' in front; numbers and the lone - stay")
    func csvFormulas() {
        #expect(CSV.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSV.field("+81-3-1234") == "'+81-3-1234")
        #expect(CSV.field("-2+3") == "'-2+3")
        #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.field("\t=1") == "'\t=1")
        #expect(CSV.field("\r=1") == "'\\u{D}=1")
        #expect(CSV.field("-3") == "-3")
        #expect(CSV.field("+1.5") == "+1.5")
        #expect(CSV.field("-") == "-")
        #expect(CSV.field("株式会社さくら精工") == "株式会社さくら精工")
        #expect(CSV.field("a-b") == "a-b")
    }

    @Test("CSV cells show control characters escaped and keep line breaks")
    func csvControls() {
        #expect(CSV.field("x\u{1B}[2Jy") == "x\\u{1B}[2Jy")
        #expect(CSV.field("一行目\n二行目") == "\"一行目\n二行目\"")
    }

    @Test("the case CSV export neutralises a formula firm name and escapes control characters")
    func caseExport() throws {
        let fixture = try StoreFixture()
        let officer = try fixture.store("officer-user")
        var document = try fixture.example("sakura-seiko")
        document.firm.name = "=HYPERLINK(\"http://evil.example\",\"click\")"
        document.firm.address = "市役所前" + Self.clear
        let id = try officer.createCase(document)
        let csv = try officer.exportCSV([id])
        #expect(!csv.contains("\u{1B}") && !csv.contains("\u{07}"))
        #expect(csv.contains(",\"'=HYPERLINK("))
        #expect(csv.contains("市役所前\\u{1B}[2J\\u{1B}]0;title\\u{7}"))
    }

    @Test("the meeting packet and minutes text files carry no control character from a firm name or a comment")
    func packetAndMinutes() throws {
        let f = try CommitteeFixture(agenda: false)
        var document = try f.base.example("sakura-seiko")
        document.firm.name = "株式会社" + Self.clear
        let id = try f.officer.createCase(document)
        try f.officer.transition(caseID: id, to: .submitted, revision: try f.officer.loadCase(id).revision)
        try f.officer.addToAgenda(meetingID: f.meeting.id, caseIDs: [id])
        _ = try f.member.giveOpinion(caseID: id, verdict: .approve, comment: "良い\u{1B}[2J取組")
        let texts = [
            MeetingExport.packetText(try f.officer.meetingPacket(meetingID: f.meeting.id)),
            MeetingExport.minutesText(try f.officer.meetingMinutes(meetingID: f.meeting.id)),
            MeetingExport.packetHTML(try f.officer.meetingPacket(meetingID: f.meeting.id)),
            MeetingExport.minutesHTML(try f.officer.meetingMinutes(meetingID: f.meeting.id)),
        ]
        for text in texts {
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
            #expect(text.contains("株式会社\\u{1B}[2J"))
        }
        #expect(texts[1].contains("良い\\u{1B}[2J取組"))
    }

    @Test("a store error names its file with control characters escaped")
    func storeErrorPaths() {
        let path = "/tmp/a.sqlite\n取り込み: forged.json\u{1B}[2J"
        for error in [StoreError.missing(path: path), .alreadyExists(path: path), .readOnly(path: path), .filesVanished(file: path, afterCommit: false)] {
            let text = error.text(.ja)
            #expect(!text.unicodeScalars.contains { $0 == "\n" || $0 == "\u{1B}" }, "\(text)")
            #expect(text.hasPrefix("/tmp/a.sqlite\\u{A}取り込み: forged.json\\u{1B}[2J"), "\(text)")
        }
    }
}
