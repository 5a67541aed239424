import NinteiCore

/// The store's commands (`nintei user`, `import`, `export`, `list`, `verify`, `backup`):
/// what they report.
extension UIText {
    static func roleGranted(_ login: String, role: LocalizedText) -> LocalizedText {
        LocalizedText(ja: "\(login) に役割「\(role.ja)」を付けました", en: "\(login) now has the role \(role.en)")
    }

    static func theRole(_ role: LocalizedText) -> LocalizedText { LocalizedText(ja: "役割「\(role.ja)」", en: "the role \(role.en)") }
    static let everyRole = LocalizedText(ja: "すべての役割", en: "every role")
    static func roleRemoved(_ what: String, from login: String) -> LocalizedText { LocalizedText(ja: "\(login) から\(what)を外しました", en: "Removed \(what) from \(login)") }
    static func importStopped(_ untried: Int, reason: String) -> LocalizedText {
        LocalizedText(ja: "残りの \(untried)件は取り込みませんでした: \(reason)", en: "the remaining \(untried) files were not imported: \(reason)")
    }

    static func importedFile(_ file: String, as id: Int64) -> LocalizedText { LocalizedText(ja: "取り込み: \(file) → 案件 \(id)", en: "imported: \(file) → case \(id)") }
    static func fileAlreadyImported(_ file: String, as id: Int64) -> LocalizedText {
        LocalizedText(ja: "既に取り込み済み: \(file)（案件 \(id)）", en: "already imported: \(file) (case \(id))")
    }

    static let wroteFile = LocalizedText(ja: "書き出しました: ", en: "Wrote ")
    static func wroteDocuments(_ count: Int, to folder: String) -> LocalizedText {
        LocalizedText(ja: "\(count)件を \(folder) に書き出しました", en: "Wrote \(count) documents to \(folder)")
    }

    static func caseCount(_ count: Int) -> LocalizedText { LocalizedText(ja: "\(count)件", en: "\(count) cases") }
    static func auditIntact(_ events: Int) -> LocalizedText { LocalizedText(ja: "監査記録 \(events)件: 改ざんはありません", en: "Audit log of \(events) events: intact") }
    static let backedUpTo = LocalizedText(ja: "バックアップしました: ", en: "Backed up to ")
    static let checkIntegrity = LocalizedText(ja: "整合性: ", en: "integrity: ")
    static let checkAuditLog = LocalizedText(ja: "監査記録: ", en: "audit log: ")
    static let checkDocuments = LocalizedText(ja: "申請書: ", en: "documents: ")
    static let expiryFailed = LocalizedText(ja: "期限切れの処理はできませんでした: ", en: "Could not expire ended certifications: ")

    static func storeCreated(_ path: String, administrator: String) -> LocalizedText {
        LocalizedText(
            ja: "保存ファイルを作成しました: \(path)\n管理者: \(administrator)（nintei user add で利用者を追加できます）",
            en: "Created the store: \(path)\nAdministrator: \(administrator) (add users with nintei user add)")
    }

    static func demoStoreCreated(_ path: String, cases: Int, administrator: String) -> LocalizedText {
        LocalizedText(
            ja: "デモ用の保存ファイルを作成しました: \(path)（案件 \(cases)件、管理者・事務局: \(administrator)）",
            en: "Created the demo store: \(path) (\(cases) cases; administrator and officer: \(administrator))")
    }

    static func importTally(imported: Int, refused: Int, skipped: Int) -> LocalizedText {
        LocalizedText(ja: "取り込み \(imported)件、拒否 \(refused)件、取り込み済み \(skipped)件", en: "\(imported) imported, \(refused) refused, \(skipped) already imported")
    }

    static func auditHeadHeader(lastEvent: Int64) -> LocalizedText {
        LocalizedText(
            ja: "監査記録の先頭（最後の記録 \(lastEvent)）: 控えておけば nintei audit verify --head で記録が書き換えられていないことを確かめられます",
            en: "Audit log head (last event \(lastEvent)): keep it, and nintei audit verify --head proves later that the log still extends it")
    }

    static func auditIntactExtending(_ events: Int, head: String) -> LocalizedText {
        LocalizedText(ja: "監査記録 \(events)件: 改ざんはありません。控えの先頭 \(head) から続いています", en: "Audit log of \(events) events: intact, and it extends the recorded head \(head)")
    }

    static func storeDamaged(_ path: String) -> LocalizedText {
        LocalizedText(
            ja: "\(path) は壊れています。書き込みを止め、最後のバックアップから戻してください（README「Backup and restore」）",
            en: "\(path) is damaged: stop writing to it and restore the last backup (README, \"Backup and restore\")")
    }

    static func storeVerified(_ path: String, auditEvents: Int) -> LocalizedText {
        LocalizedText(ja: "\(path): 整合性 ok、監査記録 \(auditEvents)件 ok", en: "\(path): integrity ok, audit log of \(auditEvents) events ok")
    }

    static func certificationExpired(_ caseID: Int64, firm: String, number: String, validUntil: LocalDate) -> LocalizedText {
        LocalizedText(
            ja: "期限切れにしました: 案件 \(caseID) \(firm)（\(number)、\(validUntil.iso) まで）",
            en: "Expired: case \(caseID) \(firm) (\(number), valid until \(validUntil.iso))")
    }

    // MARK: Column headings

    static let userColumns = columns(ja: ["ログイン", "氏名", "役職", "役割"], en: ["Login", "Name", "Title", "Roles"])
    static let caseTableColumns = columns(ja: ["案件", "状態", "受付日", "事業者名", "判定", "合格した節"], en: ["Case", "Status", "Received", "Firm", "Rule", "Sections passed"])
    static let auditColumns = columns(ja: ["番号", "日時", "ログイン", "案件", "操作", "変更前 → 変更後"], en: ["#", "When", "Login", "Case", "Action", "Before → after"])

    // MARK: Display names (nintei user name)

    static func userNamePart(_ name: String) -> LocalizedText { LocalizedText(ja: "氏名「\(name)」", en: "name \"\(name)\"") }
    static func userTitlePart(_ title: String) -> LocalizedText { LocalizedText(ja: "役職「\(title)」", en: "title \"\(title)\"") }
    static func userNamed(_ login: String, _ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            ja: "\(login) の\(parts.map(\.ja).joined(separator: "と"))を記録しました", en: "Recorded \(parts.map(\.en).joined(separator: " and ")) for \(login)")
    }

    // MARK: Progress of a long import or export

    static func progressTimeLeft(_ time: String) -> LocalizedText { LocalizedText(ja: "　残り約\(time)", en: "  about \(time) left") }
    static func progressSeconds(_ seconds: Int) -> LocalizedText { LocalizedText(ja: "\(seconds)秒", en: "\(seconds) s") }
    static func progressMinutes(_ minutes: Int) -> LocalizedText { LocalizedText(ja: "\(minutes)分", en: "\(minutes) min") }
}
