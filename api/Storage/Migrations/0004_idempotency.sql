-- What a create-once request (a reply-all draft, a call on the calendar) answered, per user, operation and
-- Idempotency-Key: a retry on any instance, or after a restart, gets the same answer instead of a second item.
-- Rows expire (Idempotency:Retention, a day by default) and are purged as new ones are written.
-- Portable SQL: the same on SQLite and PostgreSQL.
CREATE TABLE idempotency_result (
    tenant_id TEXT NOT NULL,
    object_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    result_type TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id, operation, idempotency_key)
);

CREATE INDEX idempotency_result_expires ON idempotency_result (expires_at);
