import Foundation
import NinteiCore
@testable import NinteiPrint
@testable import NinteiStore
import Testing

@Suite("Return notices (差し戻し通知) and renewal notices (更新のご案内)")
struct NoticeLetterTests {
    @Test("a return notice is for a returned case; recorded in the audit log, the second time a reissue")
    func returnNotice() throws {
        let f = try CommitteeFixture()
        #expect(refusal { () throws(StoreError) in try f.officer.recordLetter(caseID: f.fails, kind: .returnNotice) }?
            .contains("decided \"returned for more information\"") == true)
        try f.chair.decide(caseID: f.fails, outcome: .returnForInformation, reason: "育児休業の実績の記載が必要")
        let first = try f.officer.recordLetter(caseID: f.fails, kind: .returnNotice)
        #expect(!first.isReissue)
        #expect(try f.officer.recordLetter(caseID: f.fails, kind: .returnNotice).isReissue)
        let events = try f.officer.auditEvents(caseID: f.fails).filter { $0.action == "letter.returnNotice" }
        #expect(events.map(\.after) == ["差し戻し通知", "差し戻し通知（再発行 1回目）"])
        let letter = DecisionLetter(
            kind: .returnNotice, caseID: f.fails, firmName: "日の出商会", address: nil, representative: nil,
            decidedOn: CommitteeFixture.meetingDay, certificate: nil, reason: "育児休業の実績の記載が必要",
            missing: ["[3-1] 育児休業の取得者数がありません"], reissue: true, writtenOn: CommitteeFixture.meetingDay)
        let settings = try StoreFixture.data.loadCertificateSettings()
        let text = LetterExport.text(letter, settings: settings)
        #expect(text.contains("差し戻し通知"))
        #expect(text.contains("再発行"))
        #expect(text.contains("審査会の意見: 育児休業の実績の記載が必要"))
        #expect(text.contains("[3-1] 育児休業の取得者数がありません"))
        #expect(LetterExport.baseName(letter) == "letter-\(f.fails)-return")
        #expect(LetterExport.text(letter, settings: settings, language: .en).contains("Return notice"))
    }

    @Test("a return notice asks the firm only for facts it left out, not for the office's gaps or judgements")
    func missingFacts() {
        #expect(FindingCode.figuresMissing.isMissingFact && FindingCode.declarationMissing.isMissingFact)
        #expect(!FindingCode.leaveNoReference.isMissingFact && !FindingCode.womenManagersNoReference.isMissingFact)
        #expect(!FindingCode.leaveBelowAverage.isMissingFact)
    }

    @Test("a renewal notice needs a certificate; it names its end and what to send, and is audit-logged with reissues marked")
    func renewalNotice() throws {
        let f = try CommitteeFixture()
        #expect(refusal { () throws(StoreError) in try f.officer.recordLetter(caseID: f.meets, kind: .renewalNotice) }?
            .contains("without a certificate") == true)
        try f.chair.decide(caseID: f.meets, outcome: .approve)
        let settings = try StoreFixture.data.loadCertificateSettings()
        let certificate = try f.officer.issueCertificate(caseID: f.meets, issuedOn: LocalDate(iso: "2023-07-21")!, settings: settings)
        #expect(try !f.officer.recordLetter(caseID: f.meets, kind: .renewalNotice).isReissue)
        #expect(try f.officer.recordLetter(caseID: f.meets, kind: .renewalNotice).isReissue)
        let events = try f.officer.auditEvents(caseID: f.meets).filter { $0.action == "letter.renewalNotice" }
        #expect(events.map(\.after) == [
            "更新のご案内 \(certificate.number)（有効期限 \(certificate.validUntil.iso)）",
            "更新のご案内 \(certificate.number)（有効期限 \(certificate.validUntil.iso)）（再発行 1回目）",
        ])
        let letter = DecisionLetter(
            kind: .renewalNotice, caseID: f.meets, firmName: "株式会社さくら精工", address: nil, representative: nil, decidedOn: nil,
            certificate: certificate, reason: "", reissue: false, writtenOn: LocalDate(iso: "2026-02-01")!)
        let text = LetterExport.text(letter, settings: settings)
        #expect(text.contains("更新のご案内"))
        #expect(text.contains("申請の期限: \(certificate.validUntil.japanese)"))
        #expect(text.contains("更新申請書"))
        #expect(!text.contains("再発行"))
        #expect(LetterExport.baseName(letter) == "letter-\(f.meets)-renewal")
    }
}
