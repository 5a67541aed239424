import NinteiCore
import NinteiStore
import Testing

@Suite("Shipped checklist versions")
struct ChecklistDataTests {
    @Test("the 2023 form has 23 items in 7 sections, as on the paper")
    func newFormShape() {
        let checklist = Fixtures.asaka
        #expect(checklist.sections.map(\.id) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(checklist.sections.map(\.items.count) == [2, 4, 3, 5, 3, 4, 2])
        #expect(checklist.items.count == 23)
        #expect(checklist.items.filter(\.allowsNA).map(\.id) == ["4-3", "4-4"])
        guard case .perSectionHalf(let needed) = checklist.scoring.method else {
            Issue.record("the new form scores per section")
            return
        }
        #expect(needed == 3)
        #expect(checklist.scoring.naPolicy == .excludeFromCount)
        #expect(checklist.declarations.map(\.id) == ["lawCompliance"])
        #expect(checklist.declarations.allSatisfy { $0.requiredToQualify })
        #expect(checklist.certificationSchemes.map(\.id) == ["kurumin", "kenko-keiei", "saitama-tayou", "saitama-sdgs"])
    }

    @Test("option items of the new form need one option and end with 上記以外の取組")
    func newFormOptions() {
        let optionItems = Fixtures.asaka.items.filter { $0.optionsField != nil }
        #expect(optionItems.map(\.id) == ["2-3", "3-2", "4-2", "5-1", "6-1", "6-2"])
        for item in optionItems {
            #expect(item.optionsField?.minimum == 1, "\(item.id)")
            #expect(item.optionsField?.choices.last?.id == "other", "\(item.id)")
        }
        #expect(Fixtures.asaka.item("3-2")?.optionsField?.choices.map(\.id) == ["a", "b", "c", "d", "other"])
    }

    @Test("every section has a public strength sentence")
    func strengths() {
        #expect(Fixtures.asaka.section(containing: "3-1")?.strength.ja == "休暇の取得促進に力を入れている")
        for section in Fixtures.asaka.sections {
            #expect(section.strength.ja.hasSuffix("に力を入れている"), "\(section.id)")
            #expect(!section.strength.en.isEmpty)
        }
    }

    @Test("the evidence fields of the paper form are all there")
    func evidence() {
        let checklist = Fixtures.asaka
        #expect(checklist.item("2-1")?.yearFigures(.figures)?.columns.map(\.key) == ["monthHours", "yearHours", "averageHours"])
        #expect(checklist.item("2-1")?.yearFigures(.figures)?.rows == 3)
        #expect(checklist.item("3-1")?.yearFigures(.figures)?.columns.map(\.kind) == [.percent])
        #expect(checklist.item("4-1")?.evidence.map(\.key) == [.text, .managers])
        #expect(checklist.item("4-3")?.yearFigures(.usage)?.columns.map(\.key) == ["men", "women"])
        #expect(checklist.item("4-3")?.yearFigures(.usage)?.rows == 2)
        #expect(checklist.item("5-3")?.evidence.map(\.key) == [.usage, .text])
        #expect(checklist.item("7-1")?.evidence.map(\.key) == [.sdgs, .text])
    }

    @Test("the old points form has six sections totalling 100 points, marked as placeholders to confirm")
    func oldForm() throws {
        guard let old = Fixtures.library.checklist("asaka-points") else {
            Issue.record("the old points form asaka-points is not in data/checklists")
            return
        }
        #expect(old.sections.count == 6)
        #expect(old.sections.compactMap(\.points) == [10, 16, 18, 26, 12, 18])
        #expect(old.toConfirm.contains { $0.path.contains("points") })
        #expect(old.toConfirm.contains { $0.path.contains("passMark") })
        for item in old.items {
            if let options = item.optionsField { #expect(options.minimum == 3, "\(item.id)") }
        }
    }

    @Test("reference figures are exactly those of DOMAIN.md, each with its source")
    func referenceFigures() {
        let reference = Fixtures.reference
        #expect(reference.leaveTakeUp(industry: "ALL", year: 2021)?.percent == 58.3)
        #expect(reference.leaveTakeUp(industry: "ALL", year: 2022)?.percent == 62.1)
        #expect(reference.leaveTakeUp(industry: "Q", year: 2022)?.percent == 74.8)
        #expect(reference.leaveTakeUp(industry: "M", year: 2021)?.percent == 44.3)
        #expect(reference.leaveTakeUp(industry: "D", year: 2021)?.percent == 53.2)
        #expect(reference.leaveTakeUp(industry: "D", year: 2022) == nil, "unknown values are absent, not guessed")
        #expect(reference.leaveTakeUp.count == 13)
        #expect(reference.womenManagerShare.isEmpty)
        #expect(reference.leaveTakeUp.allSatisfy { $0.source.contains("就労条件総合調査") })
        #expect(reference.industries.map(\.code) == (UInt8(ascii: "A")...UInt8(ascii: "T")).map { String(UnicodeScalar($0)) })
    }
}
