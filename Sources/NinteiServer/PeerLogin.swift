#if canImport(Glibc)
import Glibc
#endif

/// The login of a connecting process, from the uid the kernel reported for it (`SO_PEERCRED`)
/// and the server's own user database: nothing the client sends can choose it.
enum PeerLogin {
    static func login(uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        if getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name {
            return String(cString: name)
        }
        // A uid with no name: it holds no role unless an administrator adds "uid-N".
        return "uid-\(uid)"
    }
}
