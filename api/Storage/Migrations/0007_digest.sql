-- The morning digest (issue 11): opt-in per user, at most one a day. Portable SQL: the same on SQLite and PostgreSQL.
-- last_sent_on is the user's own calendar day (yyyy-MM-dd in their time zone) of the last digest: claiming a day is
-- one conditional UPDATE, so two instances never send two.
CREATE TABLE digest_setting (
    tenant_id    TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    address      TEXT NOT NULL,
    enabled      INTEGER NOT NULL,
    last_sent_on TEXT,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id)
);
