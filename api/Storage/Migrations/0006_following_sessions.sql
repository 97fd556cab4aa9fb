-- Following, second step (issue 11): what came after 0005_following was merged, so 0005 stays as applied.
-- Portable SQL: the same on SQLite and PostgreSQL. Ids, times, statuses and ciphertext only.

-- A lease on making/renewing a user's subscription: two instances (or the pane and the worker) never make two.
ALTER TABLE follow_subscription ADD COLUMN work_until TEXT;

-- MSAL's token cache (long-running on-behalf-of sessions), one entry per cache key, as Identity.Web's distributed
-- adapter writes it: already encrypted with ASP.NET Core Data Protection (Encrypt = true), stored as base64 text.
CREATE TABLE token_cache (
    cache_key           TEXT PRIMARY KEY,
    value               TEXT NOT NULL,
    expires_at          TEXT,
    sliding_seconds     INTEGER,
    absolute_expires_at TEXT
);
CREATE INDEX token_cache_expires ON token_cache (expires_at);

-- ASP.NET Core Data Protection's key ring, shared by every instance (each key is one XML element).
CREATE TABLE data_protection_key (
    friendly_name TEXT PRIMARY KEY,
    xml           TEXT NOT NULL
);

-- Follow-ups that fell due while the user was away, each recorded once: a check-in before an agreement's date
-- (subject = agreement id, occasion = its due date), a reminder or a call for someone who has not answered
-- (subject = their address, occasion = when they were last asked). The digest and To Do read these.
CREATE TABLE follow_up_due (
    tracked_id TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    occasion   TEXT NOT NULL,
    fired_at   TEXT NOT NULL,
    PRIMARY KEY (tracked_id, kind, subject, occasion)
);
