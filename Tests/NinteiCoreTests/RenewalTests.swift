import Foundation
import NinteiCore
import NinteiStore
import Testing

@Suite("Renewal: mappings, carry-over, changes")
struct RenewalTests {
    static let mappings: ChecklistMappingLibrary = {
        do throws(DataFileError) { return try Fixtures.dataDirectory.loadMappings(checklists: Fixtures.library) } catch { fatalError(error.text(.en)) }
    }()
    static var points: Checklist { Fixtures.library.checklist("asaka-points")! }
    static var mapping: ChecklistMapping { mappings.mapping(from: "asaka-points", to: "asaka-2023", checklists: Fixtures.library)! }

    static func oldDocument(_ answers: [String: Answer]) -> ApplicationDocument {
        ApplicationDocument(
            checklistID: "asaka-points", kind: .new, receivedOn: LocalDate(year: 2020, month: 9, day: 1),
            firm: FirmProfile(name: "旧様式株式会社", kana: "キュウヨウシキ", industry: "H", employees: 30),
            declarations: ["lawCompliance": true],
            certifications: [ExternalCertification(scheme: "kurumin", category: "くるみん")], answers: answers)
    }

    static func renew(_ document: ApplicationDocument) throws -> RenewalDraft {
        try RenewalDraft.make(from: document, previousCertificate: "R2-009", checklists: Fixtures.library, mappings: mappings)
    }

    // MARK: the mapping file

    @Test("the shipped mapping names only ids of both checklists, and accounts for every item of both")
    func mappingFileIsValid() throws {
        let mapping = Self.mapping
        let target = Fixtures.asaka
        let source = Self.points
        #expect(Self.mappings.successor(of: "asaka-points") == "asaka-2023")
        #expect(Self.mappings.successor(of: "asaka-2023") == "asaka-2023")
        for item in mapping.items {
            #expect(target.item(item.target) != nil, "\(item.target) is on the new form")
            for id in item.from + item.carry.flatMap(\.sourceItems) {
                #expect(source.item(id) != nil, "\(id) is on the old form")
                #expect(item.from.contains(id), "\(id) carried into \(item.target) is listed in its from")
            }
        }
        for id in target.items.map(\.id) {
            let mapped = mapping.mapping(for: id) != nil
            let new = mapping.newItem(id) != nil
            #expect(mapped != new, "new-form item \(id) is either mapped or listed as new")
        }
        let used = Set(mapping.items.flatMap(\.from))
        for id in source.items.map(\.id) {
            #expect(used.contains(id) != (mapping.droppedItem(id) != nil), "old-form item \(id) is used or dropped")
        }
        for note in mapping.newItems + mapping.dropped {
            #expect(!note.note.ja.isEmpty && !note.note.en.isEmpty)
        }
        #expect(mapping.newItems.map(\.item) == ["2-4", "5-1", "6-1", "6-4", "7-1", "7-2"])
    }

    @Test("a mapping that forgets an item, names an unknown one or misspells a key is refused with its path")
    func strictReader() {
        func refusal(_ json: String) -> String? {
            do {
                _ = try ChecklistMappingReader.read(json, checklists: Fixtures.library)
                return nil
            } catch {
                return error.text(.en)
            }
        }
        let head = #""schema": "nintei-checklist-mapping/1", "from": "asaka-points", "to": "asaka-2023", "source": "test""#
        #expect(refusal("{\(head), \"items\": [], \"new\": [], \"dropped\": []}")?.hasPrefix("items: the asaka-2023 items 1-1, 1-2,") == true)
        #expect(refusal(#"{\#(head), "items": [{"item": "1-1", "from": ["9-9-9"], "mark": "copy", "carry": {}}], "new": [], "dropped": []}"#)
            == #"items[0].from[0]: item "9-9-9" is not on checklist asaka-points"#)
        #expect(refusal(#"{\#(head), "items": [{"item": "1-1", "from": ["1-1-1"], "mark": "copy", "carry": {"txet": []}}], "new": [], "dropped": []}"#)?
            .hasPrefix(#"items[0].carry.txet: unknown key "txet""#) == true)
        #expect(refusal(#"{\#(head), "items": [{"item": "2-3", "from": ["2-4-1"], "mark": "fromOptions", "carry": {"options": {"b": [{"item": "2-4-1", "option": "z"}]}}}], "new": [], "dropped": []}"#)
            == #"items[0].carry.options.b[0].option: option "z" is not on item 2-4-1"#)
        #expect(refusal(#"{\#(head), "items": [{"item": "1-1", "from": ["1-1-1"], "mark": "copy", "carry": {"text": [{"item": "1-2-1", "key": "text"}]}}], "new": [], "dropped": []}"#)
            == #"items[0].carry.text[0].item: item "1-2-1" is not in from"#)
        #expect(refusal(#"{\#(head), "items": [], "new": [], "dropped": [], "colour": 1}"#) == #"colour: unknown key "colour" (check the spelling)"#)
    }

    // MARK: carry-over, each kind of evidence

    @Test("text, mark and the header carry over; kind renewal, previous certificate, no received date")
    func textAndHeader() throws {
        let draft = try Self.renew(Self.oldDocument(["1-1-1": Answer(mark: .check, text: "社長が宣言"), "2-2-1": Answer(mark: .blank, text: "タイムカード")]))
        let document = draft.document
        #expect(document.checklistID == "asaka-2023")
        #expect(document.kind == .renewal)
        #expect(document.previousCertificate == "R2-009")
        #expect(document.receivedOn == nil)
        #expect(document.firm == FirmProfile(name: "旧様式株式会社", kana: "キュウヨウシキ", industry: "H", employees: 30))
        #expect(document.declarations == ["lawCompliance": true])
        #expect(document.certifications == [ExternalCertification(scheme: "kurumin", category: "くるみん")])
        #expect(document.answers["1-1"] == Answer(mark: .check, text: "社長が宣言"))
        #expect(document.answers["2-2"] == Answer(mark: .blank, text: "タイムカード"))
        #expect(draft.report.entry("1-1")?.status == .carried)
        #expect(draft.report.entry("2-4")?.status == .new)
        #expect(draft.report.entry("1-2")?.status == .empty)
    }

    @Test("options carry by id mapping, two old options into one, an 'other measures' item into 'other'; the ✓ follows the options")
    func options() throws {
        let draft = try Self.renew(Self.oldDocument([
            "2-4-1": Answer(mark: .blank, options: ["b", "c"]),
            "2-5-1": Answer(mark: .check, text: "中継輸送"),
            "3-1-2": Answer(mark: .check, text: "平均12日"),
            "3-1-3": Answer(mark: .check, options: ["a", "d", "other"], otherText: "休暇カレンダー"),
        ]))
        #expect(draft.document.answers["2-3"] == Answer(mark: .check, options: ["b", "other"], otherText: "中継輸送"))
        #expect(draft.document.answers["3-2"] == Answer(mark: .check, options: ["a", "b", "d", "other"], otherText: "休暇カレンダー"))
        let entry = try #require(draft.report.entry("3-2"))
        #expect(entry.status == .partly)
        #expect(entry.notCarried.map(\.en) == [#"the text of 3-1-2, "平均12日""#])
        #expect(draft.report.entry("2-3")?.status == .carried)
    }

    @Test("figures carry column by column; a ✓ the new condition does not support is left blank and reported")
    func figures() throws {
        let rows = [2018, 2019, 2020].map { FigureRow(year: $0, values: ["monthHours": Double(40 + $0 % 10), "yearHours": 300]) }
        let draft = try Self.renew(Self.oldDocument([
            "2-3-1": Answer(mark: .check, figures: rows),
            "3-1-1": Answer(mark: .check, figures: [FigureRow(year: 2019, values: ["days": 10.5])]),
        ]))
        #expect(draft.document.answers["2-1"] == Answer(mark: .check, figures: rows))
        #expect(draft.document.answers["3-1"] == nil)
        let entry = try #require(draft.report.entry("3-1"))
        #expect(entry.status == .notCarried)
        #expect(entry.notCarried.map(\.en) == ["the ✓ of 3-1-1", "Employees' average days of annual paid leave taken of 3-1-1 (2019)"])
        #expect(entry.note != nil)
    }

    @Test("usage carries by column, care leave and care days are added up per year, and only the latest years fit")
    func usage() throws {
        let draft = try Self.renew(Self.oldDocument([
            "4-1-5": Answer(mark: .check, usage: [2018, 2019, 2020].map { FigureRow(year: $0, values: ["men": 1, "women": 2]) }),
            "4-1-9": Answer(mark: .blank, usage: [FigureRow(year: 2019, values: ["men": 1, "women": 0])]),
            "4-1-10": Answer(mark: .check, usage: [FigureRow(year: 2019, values: ["women": 2]), FigureRow(year: 2020, values: ["men": 1, "women": 1])]),
            "4-1-11": Answer(mark: .blank, text: "介護休暇を時間単位で取得可"),
        ]))
        #expect(draft.document.answers["4-3"] == Answer(mark: .check, usage: [2019, 2020].map { FigureRow(year: $0, values: ["men": 1, "women": 2]) }))
        #expect(draft.document.answers["5-3"] == Answer(
            mark: .check, text: "介護休暇を時間単位で取得可",
            usage: [FigureRow(year: 2019, values: ["people": 3]), FigureRow(year: 2020, values: ["people": 2])]))
        let entry = try #require(draft.report.entry("4-3"))
        #expect(entry.status == .partly)
        #expect(entry.notCarried.map(\.en) == ["usage of 2018 (the form has room for 2 years; the latest are kept)"])
    }

    @Test("managers come from the latest year of the old breakdown, the target text beside them")
    func managers() throws {
        let draft = try Self.renew(Self.oldDocument([
            "5-1-1": Answer(mark: .check, text: "女性管理職3名"),
            "5-1-2": Answer(mark: .blank, figures: [FigureRow(year: 2020, values: ["men": 5, "women": 2]), FigureRow(year: 2019, values: ["men": 6, "women": 1])]),
        ]))
        #expect(draft.document.answers["4-1"] == Answer(mark: .check, text: "女性管理職3名", managers: GenderCount(men: 5, women: 2)))
        #expect(draft.report.entry("4-1")?.notCarried.map(\.en) == ["managers of 2019 from 5-1-2 (the new form takes the latest year, 2020)"])
    }

    @Test("answers on dropped items are listed with their notes; nothing is lost silently")
    func dropped() throws {
        let draft = try Self.renew(Self.oldDocument([
            "1-3-1": Answer(mark: .check, text: "両立支援のひろば"),
            "4-1-1": Answer(mark: .check, figures: [FigureRow(year: 2020, values: ["cases": 4])]),
            "4-1-2": Answer(mark: .check, text: "在宅勤務"),
        ]))
        #expect(draft.report.dropped.map(\.item) == ["1-3-1"])
        #expect(draft.document.answers["5-2"] == Answer(mark: .check, text: "在宅勤務"))
        #expect(draft.report.entry("5-2")?.notCarried.map(\.en) == ["Usage of 4-1-1 (2020)"])
        let text = draft.report.text(.ja)
        #expect(text.contains("1-3-1: ✓、公表アドレス「両立支援のひろば」"))
        #expect(draft.report.text(.en).contains("Carried over: asaka-points → asaka-2023 (previous certificate R2-009)"))
    }

    @Test("sdgs and every other field carry in a same-version renewal, which round-trips every new-form document")
    func sameVersionRoundTrip() throws {
        let folder = Fixtures.repository.appendingPathComponent("data/demo/applications")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
            + ["kappo-asaka", "midori-kensetsu", "sakura-seiko"].map { Fixtures.repository.appendingPathComponent("data/examples/\($0).json").path }
        var count = 0
        for file in files {
            let document = try ApplicationFile.read(file, checklists: Fixtures.library)
            guard document.checklistID == "asaka-2023" else { continue }
            count += 1
            let draft = try RenewalDraft.make(from: document, previousCertificate: "R9-001", checklists: Fixtures.library, mappings: Self.mappings)
            var expected = document
            expected.kind = .renewal
            expected.previousCertificate = "R9-001"
            expected.receivedOn = nil
            #expect(draft.document == expected, "\(file)")
            #expect(draft.report.entries.allSatisfy { $0.notCarried.isEmpty }, "\(file)")
            #expect(draft.report.count(.new) == 0)
        }
        #expect(count >= 20)
        let sdgs = try Fixtures.example("sakura-seiko").answers["7-1"]?.sdgs
        #expect(sdgs == [5, 8])
    }

    @Test("a renewal of each old-form certified demo firm is a valid new-form document that evaluates")
    func demoOldFormRenewals() throws {
        let folder = Fixtures.repository.appendingPathComponent("data/demo/applications")
        for name in ["02-asaka-unyu", "03-mizonuma-clinic", "07-asaka-unyu-koushin", "08-mizonuma-clinic-koushin"] {
            let document = try ApplicationFile.read(folder.appendingPathComponent(name + ".json").path, checklists: Fixtures.library)
            #expect(document.checklistID == "asaka-points")
            let draft = try RenewalDraft.make(from: document, previousCertificate: document.previousCertificate, checklists: Fixtures.library, mappings: Self.mappings)
            let text = ApplicationWriter.text(draft.document, checklist: Fixtures.asaka)
            let read = try ApplicationReader.read(text, checklists: Fixtures.library)
            #expect(read == draft.document, "\(name) reads back the same")
            let evaluation = Fixtures.evaluate(read)
            #expect(evaluation.sections.count == 7)
            #expect(draft.report.entries.count == Fixtures.asaka.items.count)
            #expect(draft.report.count(.carried) + draft.report.count(.partly) >= 8, "\(name): most of the answers carry")
        }
    }

    @Test("no mapping between two versions is a clear refusal")
    func noMapping() {
        do {
            _ = try RenewalDraft.make(from: Fixtures.document([:]), previousCertificate: nil, to: "asaka-points", checklists: Fixtures.library, mappings: Self.mappings)
            Issue.record("there is no mapping back to the old form")
        } catch {
            #expect(error.text(.en) == "there is no mapping from asaka-2023 to asaka-points (data/checklists/mappings/)")
            #expect(error.text(.ja).contains("対応表がありません"))
        }
    }

    // MARK: what changed

    @Test("changes between two hand-made documents: mark, text, options, figures by year, managers, sdgs, header")
    func changes() throws {
        let before = Fixtures.document([
            "1-1": Answer(mark: .check, text: "宣言"),
            "2-3": Answer(mark: .check, options: ["a", "b"]),
            "3-1": Answer(mark: .check, figures: [FigureRow(year: 2021, values: ["rate": 60]), FigureRow(year: 2022, values: ["rate": 62])]),
            "4-1": Answer(mark: .check, managers: GenderCount(men: 5, women: 1)),
            "7-1": Answer(mark: .blank, sdgs: [5]),
        ])
        var after = Fixtures.document([
            "1-1": Answer(mark: .check, text: "宣言（改訂）"),
            "2-3": Answer(mark: .check, options: ["b", "c"]),
            "3-1": Answer(mark: .check, figures: [FigureRow(year: 2022, values: ["rate": 63.5]), FigureRow(year: 2023, values: ["rate": 65])]),
            "4-1": Answer(mark: .check, managers: GenderCount(men: 5, women: 2)),
            "7-1": Answer(mark: .check, sdgs: [5, 8]),
        ])
        after.firm.employees = 52
        let changes = try ApplicationChanges.compare(before: before, after: after, checklists: Fixtures.library, mappings: Self.mappings)
        #expect(changes.changes("1-1") == [.text(before: "宣言", after: "宣言（改訂）")])
        #expect(changes.changes("2-3") == [.options(added: ["c"], removed: ["a"])])
        #expect(changes.changes("3-1") == [
            .figure(key: .figures, year: 2021, column: "rate", before: 60, after: nil),
            .figure(key: .figures, year: 2022, column: "rate", before: 62, after: 63.5),
            .figure(key: .figures, year: 2023, column: "rate", before: nil, after: 65),
        ])
        #expect(changes.changes("4-1") == [.managers(before: GenderCount(men: 5, women: 1), after: GenderCount(men: 5, women: 2))])
        #expect(changes.changes("7-1") == [.mark(before: .blank, after: .check), .sdgs(added: [8], removed: [])])
        #expect(changes.sections.map(\.section) == ["1", "2", "3", "4", "7"])
        #expect(changes.header.map(\.field.en) == ["employees"])
        #expect(changes.header.first?.before == nil && changes.header.first?.after == "52")
        let ja = changes.text(.ja, checklist: Fixtures.asaka)
        #expect(ja.contains("  2-3 選択肢: +c −a"))
        #expect(ja.contains("  3-1 2022年 取得率: 62% → 63.5%"))
        #expect(ja.contains("  7-1 チェック: 空欄 → ✓"))
        let en = changes.text(.en, checklist: Fixtures.asaka)
        #expect(en.contains("  4-1 managers: 5 men, 1 women → 5 men, 2 women"))
        #expect(en.contains("  employees: — → 52"))

        let same = try ApplicationChanges.compare(before: before, after: before, checklists: Fixtures.library, mappings: Self.mappings)
        #expect(same.isEmpty)
        #expect(same.text(.en, checklist: Fixtures.asaka) == "Changes (asaka-2023)\nNothing changed\n")
    }

    @Test("changes across versions compare on the new form through the mapping")
    func changesAcrossVersions() throws {
        let before = Self.oldDocument(["1-1-1": Answer(mark: .check, text: "宣言"), "2-4-1": Answer(mark: .check, options: ["a", "b", "c"])])
        let draft = try Self.renew(before)
        var after = draft.document
        #expect(try ApplicationChanges.compare(before: before, after: after, checklists: Fixtures.library, mappings: Self.mappings).sections.isEmpty)
        after.answers["2-3"]?.options = ["a"]
        after.answers["2-4"] = Answer(mark: .check, text: "RPA")
        let changes = try ApplicationChanges.compare(before: before, after: after, checklists: Fixtures.library, mappings: Self.mappings)
        #expect(changes.beforeChecklistID == "asaka-points")
        #expect(changes.carryOver != nil)
        #expect(changes.changes("2-3") == [.options(added: [], removed: ["b"])])
        #expect(changes.changes("2-4") == [.mark(before: .blank, after: .check), .text(before: nil, after: "RPA")])
        #expect(changes.text(.en, checklist: Fixtures.asaka).hasPrefix("Changes (asaka-points → asaka-2023;"))
    }
}
