import Crypto
import Foundation
@testable import NinteiStore
import Testing

@Suite("Audit event hash")
struct AuditDigestTests {
    @Test("an event's hash is SHA-256 of its length-prefixed fields, as every store's log was written: logs made before verify the same")
    func hashOfTheFieldsAsWritten() {
        let events: [(id: Int64, at: String, login: String, caseID: Int64?, action: String, before: String?, after: String?, previous: String)] = [
            (1, "2026-11-21T21:32:51.123Z", "officer-user", 7, "field firm.name", "\"さくら精工\"", "\"株式会社さくら精工\"", AuditLog.genesis),
            (2, "2026-11-21T21:32:52.000Z", "admin-user", nil, "user.add", nil, nil, String(repeating: "a", count: 64)),
            (3, "", "", 0, "", "", "", ""),
        ]
        for event in events {
            let fields = [String(event.id), event.at, event.login, event.caseID.map(String.init) ?? "", event.action,
                          event.before ?? "\u{0}", event.after ?? "\u{0}", event.previous]
            let text = fields.map { "\($0.utf8.count):\($0)" }.joined()
            let expected = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(AuditLog.digest(id: event.id, at: event.at, login: event.login, caseID: event.caseID, action: event.action,
                                    before: event.before, after: event.after, previous: event.previous) == expected)
        }
    }
}
