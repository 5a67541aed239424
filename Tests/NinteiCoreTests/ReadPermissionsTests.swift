import NinteiCore
import Testing

@Suite("Who reads what (ReadPermissions)")
struct ReadPermissionsTests {
    @Test("members read a case's file and contacts only on an agenda; the union of the roles applies")
    func table() {
        for role in Role.allCases {
            #expect(ReadPermissions.mayRead(.publishedList, roles: [role]))
        }
        #expect(ReadPermissions.mayRead(.publishedList, roles: []))
        #expect(!ReadPermissions.mayRead(.caseFile, roles: [.committee]))
        #expect(ReadPermissions.mayRead(.caseFile, roles: [.committee], onAgenda: true))
        #expect(ReadPermissions.mayRead(.contacts, roles: [.chair], onAgenda: true))
        #expect(!ReadPermissions.mayRead(.caseList, roles: [.chair, .committee, .admin, .viewer]))
        #expect(ReadPermissions.mayRead(.caseList, roles: [.viewer, .officer]), "the union of the roles applies")
        #expect(!ReadPermissions.mayRead(.audit, roles: [.chair]))
        #expect(ReadPermissions.mayRead(.backup, roles: [.admin]) && !ReadPermissions.mayRead(.backup, roles: [.officer]))
        #expect(ReadPermissions.needsAgenda(.caseFile, roles: [.committee]) && !ReadPermissions.needsAgenda(.caseFile, roles: [.officer, .committee]))
    }

    @Test("every subject but the published list is refused to a viewer and a login with no role, naming the login")
    func viewerRefused() {
        for subject in ReadPermissions.Subject.allCases where subject != .publishedList {
            for roles: Set<Role> in [[], [.viewer]] {
                #expect(!ReadPermissions.mayRead(subject, roles: roles, onAgenda: true), "\(subject)")
                do throws(Lifecycle.Refusal) {
                    try ReadPermissions.check(subject, login: "kimura", roles: roles, caseID: 3, onAgenda: true)
                    Issue.record("\(subject) read")
                } catch {
                    #expect(error.reason.en.hasPrefix("kimura may not read"), "\(error.reason.en)")
                    #expect(error.reason.ja.hasPrefix("kimura さんは"), "\(error.reason.ja)")
                }
            }
        }
    }

    @Test("only the chair of the committee prints the meeting's papers; only an administrator backs up")
    func papersAndBackup() {
        #expect(ReadPermissions.mayRead(.meetingDocuments, roles: [.chair]))
        #expect(!ReadPermissions.mayRead(.meetingDocuments, roles: [.committee]))
        #expect(!ReadPermissions.mayRead(.meetingDocuments, roles: [.admin]))
        #expect(ReadPermissions.mayRead(.reviewQueue, roles: [.committee]) && !ReadPermissions.mayRead(.reviewQueue, roles: [.officer]))
    }
}
