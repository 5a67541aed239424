import GRDB

/// Migration "v14-certified-until": each case's last day of certification (`certifiedUntil`,
/// the latest `validUntil` of its certificates), kept by triggers on `certificate` whoever
/// writes it, and the holding cases by that day. Each officer's open looks for holding cases
/// whose certificate has ended (`expireLapsedCertifications`); that look read every holding
/// case's certificates (about 7 ms of each open at 100 000 cases, growing with the office),
/// and from this index it reads only the cases that have lapsed.
enum CertifiedUntil {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE "case" ADD COLUMN certifiedUntil TEXT;
            """)
        try fill(db)
        try db.execute(sql: """
            CREATE INDEX case_certifiedUntil ON "case"(certifiedUntil) WHERE status IN (\(Store.holdingStatusList));
            CREATE TRIGGER certificate_insertUntil AFTER INSERT ON certificate BEGIN
                UPDATE "case" SET certifiedUntil = (SELECT MAX(validUntil) FROM certificate WHERE caseId = NEW.caseId)
                    WHERE id = NEW.caseId;
            END;
            CREATE TRIGGER certificate_updateUntil AFTER UPDATE OF caseId, validUntil ON certificate BEGIN
                UPDATE "case" SET certifiedUntil = (SELECT MAX(validUntil) FROM certificate WHERE caseId = "case".id)
                    WHERE id IN (OLD.caseId, NEW.caseId);
            END;
            CREATE TRIGGER certificate_deleteUntil AFTER DELETE ON certificate BEGIN
                UPDATE "case" SET certifiedUntil = (SELECT MAX(validUntil) FROM certificate WHERE caseId = OLD.caseId)
                    WHERE id = OLD.caseId;
            END;
            """)
    }

    /// Each case's last day of certification from the certificates already stored.
    static func fill(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE "case" SET certifiedUntil = (SELECT MAX(validUntil) FROM certificate WHERE caseId = "case".id)
                WHERE id IN (SELECT caseId FROM certificate)
            """)
    }
}
