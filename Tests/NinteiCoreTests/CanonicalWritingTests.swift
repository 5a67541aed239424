import NinteiCore
import Testing

/// The bytes the store keeps for a document: the writer's exact output, pinned, so a faster
/// writer (or reader, or parser) cannot change what is stored.
@Suite("The canonical text of a document")
struct CanonicalWritingTests {
    @Test("an example read and written gives the same bytes as the writer always gave, escapes and all")
    func pinnedText() throws {
        var document = try Fixtures.example("sakura-seiko")
        document.firm.name = "esc \n \t \" \\ / é 😀 \u{1B} \u{202E}株式会社さくら精工"
        let written = ApplicationWriter.text(document, checklist: Fixtures.asaka)
        #expect(written == Self.sakuraSeiko + "\n")
        let parsed = try JSONParser.parse(Self.sakuraSeiko)
        #expect(JSONWriter.write(parsed) == written)
        #expect(try ApplicationReader.read(written, checklists: Fixtures.library) == document)
    }

    @Test("every scalar in a string is written as itself or escaped, exactly as the rule says")
    func everyScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: String
            switch scalar {
            case "\"": expected = "\\\""
            case "\\": expected = "\\\\"
            case "\n": expected = "\\n"
            case "\r": expected = "\\r"
            case "\t": expected = "\\t"
            case _ where String.isEscapedForDisplay(scalar):
                let hex = String(value, radix: 16)
                expected = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: expected = String(scalar)
            }
            let written = JSONWriter.write(.string("語" + String(scalar) + "a"), pretty: false)
            if written != "\"語" + expected + "a\"" {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) written as \(written.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test("a checklist finds each of its items by id, in paper order, and no other")
    func itemLookup() {
        let checklist = Fixtures.asaka
        #expect(checklist.items.map(\.id) == checklist.sections.flatMap { $0.items.map(\.id) })
        for item in checklist.items {
            #expect(checklist.item(item.id)?.id == item.id)
        }
        #expect(checklist.item("9-9") == nil)
        #expect(checklist.item("") == nil)
    }

    static let sakuraSeiko = #"""
        {
          "format": "nintei-application/2",
          "checklist": "asaka-2023",
          "kind": "new",
          "receivedOn": "2023-07-14",
          "firm": {
            "name": "esc \n \t \" \\ / é 😀 \u001b \u202e株式会社さくら精工",
            "corporateNumber": "7999901000001",
            "kana": "カブシキガイシャサクラセイコウ",
            "address": "埼玉県朝霞市本町1-1-1",
            "industry": "E",
            "employees": 48,
            "representative": "桜井 一郎",
            "contactName": "総務部 山田",
            "phone": "048-000-0000",
            "email": "soumu@example.jp"
          },
          "declarations": {
            "lawCompliance": true
          },
          "certifications": [
            {
              "scheme": "kurumin",
              "category": "くるみん"
            },
            {
              "scheme": "kenko-keiei",
              "category": "中小規模法人部門"
            },
            {
              "scheme": "saitama-tayou",
              "category": "ゴールド"
            },
            {
              "scheme": "saitama-sdgs",
              "number": "R4-0123"
            }
          ],
          "answers": {
            "1-1": {
              "mark": "check",
              "text": "社長がイクボス宣言を実施"
            },
            "2-1": {
              "mark": "check",
              "figures": [
                {
                  "year": 2020,
                  "monthHours": 40,
                  "yearHours": 320
                },
                {
                  "year": 2021,
                  "monthHours": 38,
                  "yearHours": 300
                },
                {
                  "year": 2022,
                  "monthHours": 30,
                  "yearHours": 250
                }
              ]
            },
            "2-3": {
              "mark": "check",
              "options": [
                "a",
                "other"
              ],
              "otherText": "朝礼での声かけ"
            },
            "3-1": {
              "mark": "check",
              "figures": [
                {
                  "year": 2020,
                  "rate": 61.5
                },
                {
                  "year": 2021,
                  "rate": 63
                },
                {
                  "year": 2022,
                  "rate": 66.2
                }
              ]
            },
            "4-1": {
              "mark": "check",
              "text": "2025年までに女性管理職3名",
              "managers": {
                "men": 8,
                "women": 2
              }
            },
            "4-3": {
              "mark": "na"
            },
            "4-4": {
              "mark": "check",
              "usage": [
                {
                  "year": 2021,
                  "men": 0,
                  "women": 1
                }
              ]
            },
            "5-3": {
              "mark": "check",
              "usage": [
                {
                  "year": 2022,
                  "people": 1
                }
              ],
              "text": ""
            },
            "7-1": {
              "mark": "check",
              "sdgs": [
                5,
                8
              ],
              "text": "SDGs宣言をホームページで公表"
            }
          }
        }
        """#
}
