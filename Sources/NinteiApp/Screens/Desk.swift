import Foundation
import NinteiCore
import NinteiStore

/// What the desk's screens share about who is working: the open store and the login's roles.
/// Permissions are checked again by the store; here they only decide what is offered and why not.
enum Desk {
    /// Roles that change the store; a login with one of them opens it read-write.
    static let writingRoles: Set<Role> = [.officer, .committee, .chair, .admin]

    /// Roles that see the case list: the store lets only them read it (`ReadPermissions`);
    /// committee members read their cases through the review queue, viewers the public list.
    static let caseRoles: Set<Role> = ReadPermissions.Subject.caseList.readers

    /// Why this login cannot create a case here, or nil when it can.
    static func createRefusal(_ store: any OfficeService, roles: Set<Role>, language: Language) -> String? {
        writeRefusal(store, language: language) { () throws(Lifecycle.Refusal) in try Permissions.checkCreateCase(roles: roles) }
    }

    /// Why this login cannot record a contact here, or nil when it can.
    static func contactRefusal(_ store: any OfficeService, roles: Set<Role>, language: Language) -> String? {
        writeRefusal(store, language: language) { () throws(Lifecycle.Refusal) in try Permissions.checkRecordContact(roles: roles) }
    }

    /// The permission's refusal, or the store's when it is open read-only; nil when neither refuses.
    private static func writeRefusal(_ store: any OfficeService, language: Language, _ permission: () throws(Lifecycle.Refusal) -> Void) -> String? {
        do throws(Lifecycle.Refusal) {
            try permission()
        } catch {
            return error.reason.text(language)
        }
        return store.mode == .readOnly ? StoreError.readOnly(path: store.path).text(language) : nil
    }

    /// Why this login does not get the case list, or nil when it does.
    static func caseListRefusal(roles: Set<Role>, language: Language) -> String? {
        roles.isDisjoint(with: caseRoles) ? UIText.caseListForStaff(language) : nil
    }

    /// The store's refusal of a read this login may not make (`ReadPermissions`), or nil when it may.
    static func readRefusal(_ subject: ReadPermissions.Subject, _ store: any OfficeService, roles: Set<Role>, language: Language) -> String? {
        do throws(Lifecycle.Refusal) {
            try ReadPermissions.check(subject, login: store.identity.login, roles: roles)
        } catch {
            return StoreError.refused(error.reason).text(language)
        }
        return nil
    }

    /// The roles of the store's login; none when they cannot be read (the store refuses anyway).
    static func roles(_ store: any OfficeService) -> Set<Role> {
        (try? store.roles()) ?? []
    }
}
