import Foundation
import NinteiClient
import NinteiCore
import NinteiStore
import Testing

/// The office through the server is the office on the file: the same answers, the same
/// refusals in the same words, and revision conflicts that name who and when.
@Suite struct OfficeClientTests {
    @Test func theServerNamesTheLoginTheKernelReportedAndItsRoles() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        #expect(client.identity == office.me)
        #expect(client.rolesAtConnect == [.officer])
        #expect(client.path == office.socketPath)
    }

    @Test func aCaseCreatedAndEditedThroughTheServerIsTheCaseInTheStore() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        let id = try client.createCase(try office.example("midori-kensetsu"))
        let loaded = try client.loadCase(id)
        let saved = try client.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string("株式会社みどり建設"), revision: loaded.revision)
        #expect(saved.document.firm.name == "株式会社みどり建設")
        let onFile = try office.owner.acting(as: office.me).loadCase(id)
        #expect(onFile == saved)
        #expect(try client.auditEvents(caseID: id).contains { $0.login == office.me.login && $0.action.contains("field") })
        #expect(try client.casePage(CaseListQuery(), offset: 0, limit: 10).map(\.id) == [id])
        #expect(try client.casePage(CaseListQuery(), from: nil, direction: .backward, limit: 10).map(\.id) == [id])
        let opening = try client.openCase(id)
        #expect(opening == CaseOpening(snapshot: saved, reviews: [], roles: [.officer]), "the case, its reviews and the roles in one request")
        let typed = try client.firstCasePage(CaseListQuery(search: "みどり建"), countingAtMost: 1001, limit: 19)
        #expect(typed.count == 1 && typed.rows.map(\.id) == [id] && typed.rows.first?.firmName == "株式会社みどり建設")
    }

    @Test func aCorporateNumberAndAKindChangeTravelThroughTheServerAndABadNumberIsRefusedNamingItsKey() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        var document = try office.example("midori-kensetsu")
        document.firm.corporateNumber = "7000012050002"
        let id = try client.createCase(document)
        #expect(try client.loadCase(id).document.firm.corporateNumber == "7000012050002")
        #expect(try client.exportDocuments([id]).first?.json.contains(#""corporateNumber": "7000012050002""#) == true)
        let loaded = try client.loadCase(id)
        let renewal = try client.saveField(caseID: id, path: JSONPath([.key("kind")]), value: .string("renewal"), revision: loaded.revision)
        #expect(renewal.document.kind == .renewal)
        #expect(try office.owner.acting(as: office.me).loadCase(id) == renewal)
        do {
            _ = try client.saveField(
                caseID: id, path: JSONPath([.key("firm"), .key("corporateNumber")]), value: .string("7000012050003"), revision: renewal.revision)
            Issue.record("a wrong check digit was saved")
        } catch {
            #expect(error.text(.en).contains("firm.corporateNumber") && error.text(.en).contains("check digit"), "\(error.text(.en))")
        }
        #expect(try client.loadCase(id) == renewal)
    }

    @Test func aStaleSaveIsAConflictThatNamesWhoChangedTheCaseAndWhen() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        let id = try client.createCase(try office.example("midori-kensetsu"))
        let mine = try client.loadCase(id)
        let other = try office.direct("other-officer", role: .officer)
        _ = try other.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string("相手の変更"), revision: mine.revision)
        #expect(throws: StoreError.self) {
            _ = try client.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string("私の変更"), revision: mine.revision)
        }
        do {
            _ = try client.saveField(caseID: id, path: JSONPath([.key("firm"), .key("name")]), value: .string("私の変更"), revision: mine.revision)
        } catch {
            guard case .staleRevision(let caseID, let who, _) = error else { Issue.record("not a conflict: \(error)"); return }
            #expect(caseID == id)
            #expect(who == "other-officer")
            #expect(error.text(.ja).contains("other-officer さんが変更しています"))
        }
        #expect(try client.loadCase(id).document.firm.name == "相手の変更")
    }

    @Test func aRefusalReadsAsTheStoreWordsIt() throws {
        let office = try ServerFixture()
        try office.grant(.viewer)
        let client = try office.client()
        let document = try office.example("midori-kensetsu")
        var refusal: StoreError?
        do { _ = try client.createCase(document) } catch { refusal = error }
        var direct: StoreError?
        do { _ = try office.owner.acting(as: office.me).createCase(document) } catch { direct = error }
        #expect(refusal != nil)
        #expect(refusal == direct)
    }

    @Test func aClientWhoseServerWentAwaySaysSo() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        let id = try client.createCase(try office.example("midori-kensetsu"))
        office.stop()
        var failure: StoreError?
        do { _ = try client.loadCase(id) } catch { failure = error }
        let words = failure?.text(.ja) ?? ""
        #expect(words.contains(office.socketPath))
        #expect(words.contains("事務所サーバーが応答しません"))
        try office.start()
        #expect(try client.loadCase(id).id == id)
    }

    @Test func theServersChecklistsAreTheOnesTheClientEvaluatesWith() throws {
        let office = try ServerFixture()
        try office.grant(.officer)
        let client = try office.client()
        #expect(client.checklistLibrary.checklists.map(\.id) == ServerFixture.data.checklists.checklists.map(\.id))
        let document = try office.example("midori-kensetsu")
        #expect(client.evaluate(document)?.qualifies == office.owner.evaluate(document)?.qualifies)
    }
}
