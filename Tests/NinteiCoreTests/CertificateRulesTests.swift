import NinteiCore
import Testing

@Suite("Certificate numbers and validity")
struct CertificateRulesTests {
    func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test("valid through the day before the same date three years later, across fiscal years and leap days")
    func validity() {
        let cases: [(String, String)] = [
            ("2023-11-01", "2026-10-31"),  // the demo's R5-001
            ("2021-01-16", "2024-01-15"),  // the first firms of FY2020, expired 2024-01-15
            ("2024-03-31", "2027-03-30"),  // last day of FY2023
            ("2024-04-01", "2027-03-31"),  // first day of FY2024: ends on the last day of FY2026
            ("2024-01-01", "2026-12-31"),
            ("2024-02-29", "2027-02-28"),  // no 29 February in 2027: the month's last day
            ("2023-03-01", "2026-02-28"),
            ("2025-03-01", "2028-02-29"),  // the day before 1 March in a leap year
            ("2024-02-28", "2027-02-27"),
        ]
        for (issued, until) in cases {
            #expect(CertificateValidity.lastDay(issuedOn: date(issued), years: 3) == date(until), "\(issued)")
        }
        #expect(CertificateValidity.lastDay(issuedOn: date("2024-02-29"), years: 4) == date("2028-02-28"))
        #expect(CertificateSettings.standard.validUntil(issuedOn: date("2023-07-14")) == date("2026-07-13"))
    }

    @Test("the standard pattern numbers by Japanese fiscal year in the Reiwa era")
    func standardPattern() {
        let pattern = CertificateNumberPattern.standard
        #expect(pattern.next(issuedOn: date("2023-07-14"), existing: []) == "R5-001")
        #expect(pattern.next(issuedOn: date("2024-03-31"), existing: ["R5-001", "R5-002", "R4-009"]) == "R5-003")
        #expect(pattern.next(issuedOn: date("2024-04-01"), existing: ["R5-001", "R5-002"]) == "R6-001")
        #expect(pattern.next(issuedOn: date("2019-04-10"), existing: []) == "R1-001", "FY2019 is 令和元年度 although April 2019 was 平成31年")
        #expect(pattern.next(issuedOn: date("2019-03-10"), existing: []) == "H30-001")
        #expect(pattern.next(issuedOn: date("2023-07-14"), existing: ["R5-999"]) == "R5-1000", "a full run grows, never repeats")
        #expect(pattern.next(issuedOn: date("2023-07-14"), existing: ["R5-00x", "R50-001", "XR5-003"]) == "R5-001")
    }

    @Test("other patterns: Gregorian fiscal year, no year at all")
    func otherPatterns() throws {
        let gregorian = try CertificateNumberPattern("WLB-{fy}-{seq:4}")
        #expect(gregorian.next(issuedOn: date("2024-02-01"), existing: ["WLB-2023-0041"]) == "WLB-2023-0042")
        let running = try CertificateNumberPattern("第{seq}号")
        #expect(running.next(issuedOn: date("2030-01-01"), existing: ["第12号", "第3号"]) == "第13号")
    }

    @Test("a broken pattern says what is wrong")
    func brokenPatterns() {
        func problem(_ text: String) -> CertificateNumberPattern.PatternError.Problem? {
            do {
                _ = try CertificateNumberPattern(text)
                return nil
            } catch {
                return error.problem
            }
        }
        #expect(problem("{era}{eraYear}-") == .sequenceCount(0))
        #expect(problem("{seq}-{seq}") == .sequenceCount(2))
        #expect(problem("{year}-{seq}") == .unknownToken("year"))
        #expect(problem("{seq:0}") == .unknownToken("seq:0"))
        #expect(problem("R{seq") == .unclosedBrace)
        #expect(problem("R}{seq}") == .strayBrace)
    }

    @Test("the settings file is checked key by key")
    func settingsFile() throws {
        let good = """
            {"schema": "nintei-certificates/1", "numberPattern": "{era}{eraYear}-{seq:3}", "validityYears": 3,
             "programName": {"ja": "認定", "en": "certification"}, "issuer": {"ja": "市長", "en": "Mayor"}}
            """
        let settings = try CertificateSettingsReader.read(good)
        #expect(settings.validityYears == 3)
        #expect(settings.numberPattern == .standard)
        func message(_ text: String) -> String? {
            do {
                _ = try CertificateSettingsReader.read(text)
                return nil
            } catch {
                return error.text(.en)
            }
        }
        #expect(message(good.replacingOccurrences(of: "{seq:3}", with: "")) == "numberPattern: needs exactly one {seq} (has 0)")
        #expect(message(good.replacingOccurrences(of: "\"validityYears\": 3", with: "\"validityYears\": 0")) == "validityYears: must be a number of years from 1 to 10")
        #expect(message(good.replacingOccurrences(of: "\"validityYears\"", with: "\"validity\""))?.contains("validityYears") == true)
    }
}
