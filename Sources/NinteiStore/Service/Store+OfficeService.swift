extension Store: OfficeService {
    public var reachedThroughServer: Bool { false }
}

extension Store {
    /// The audit log's head for the office server's own log, written after each change so a
    /// later `nintei audit verify --head` can prove the log was not cut or recomputed. Not an
    /// operation of the API: it answers whatever the acting login's roles.
    public func auditHeadForServerLog() throws(StoreError) -> AuditHead {
        try read { db in try AuditLog.head(db) }
    }
}
