import Foundation
import NinteiCore
#if canImport(Glibc)
import Glibc
#endif

/// The server is the only process that may open the store: it refuses to start while the store,
/// its -wal/-shm files or its folder can be read or written by the group or by others.
public enum StoreFolderSafety {
    /// What is open to others, in words that say how to fix it; nil when nothing is.
    public static func problems(storePath: String) -> [LocalizedText] {
        let folder = (storePath as NSString).deletingLastPathComponent.isEmpty ? "." : (storePath as NSString).deletingLastPathComponent
        var found: [LocalizedText] = []
        for path in [folder, storePath, storePath + "-wal", storePath + "-shm", storePath + ".lock"] {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                found.append(LocalizedText(
                    ja: "\(path) はシンボリックリンクです。実体の場所を --db に指定してください",
                    en: "\(path) is a symbolic link; give the real place with --db"))
                continue
            }
            let open = info.st_mode & 0o077
            guard open != 0 else { continue }
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            let fix = isFolder ? "chmod 700 \(path)" : "chmod 600 \(path)"
            found.append(LocalizedText(
                ja: "\(path) はグループか他の利用者が読み書きできます（\(String(info.st_mode & 0o777, radix: 8))）。\(fix) を実行してください",
                en: "\(path) can be read or written by its group or by others (mode \(String(info.st_mode & 0o777, radix: 8))); run: \(fix)"))
        }
        return found
    }
}
