import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is acting: an OS login. The store records it on every change and looks up its roles.
/// It comes from the operating system (`getpwuid(geteuid())`), never from a flag or an
/// environment variable, so nobody can act as someone else; tests construct one in process.
public struct Identity: Sendable, Hashable {
    public let login: String

    public init(login: String) {
        self.login = login
    }

    public static func current() -> Identity {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return Identity(login: String(cString: name))
        }
        return Identity(login: "uid-\(geteuid())")
    }
}
