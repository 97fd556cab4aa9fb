-- SQLite variant: differs from the PostgreSQL one only in how row ids are generated.
-- Tracking: what a user follows up, per user (tenant id + object id from the token).
-- Only what tracking needs: no message bodies, no signatures, no drafts. Instants are ISO 8601 text with the
-- sender's offset (business days are counted in the asker's own time zone); dates are YYYY-MM-DD text.

CREATE TABLE tracked_conversation (
    id                TEXT PRIMARY KEY,
    tenant_id         TEXT NOT NULL,
    object_id         TEXT NOT NULL,
    conversation_id   TEXT NOT NULL,
    subject           TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    last_refreshed_at TEXT NOT NULL,
    version           INTEGER NOT NULL,
    UNIQUE (tenant_id, object_id, conversation_id)
);

-- Everyone the user asked in the conversation, as of the latest analysis.
CREATE TABLE person_asked (
    tracked_id          TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    address             TEXT NOT NULL,
    name                TEXT,
    status              TEXT NOT NULL,
    unanswered_requests INTEGER NOT NULL,
    replies             INTEGER NOT NULL,
    last_asked_at       TEXT,
    last_reply_at       TEXT,
    away_until          TEXT,
    PRIMARY KEY (tracked_id, address)
);

CREATE TABLE person_status_history (
    id                  INTEGER PRIMARY KEY,
    tracked_id          TEXT NOT NULL,
    address             TEXT NOT NULL,
    at                  TEXT NOT NULL,
    status              TEXT NOT NULL,
    unanswered_requests INTEGER NOT NULL,
    away_until          TEXT,
    FOREIGN KEY (tracked_id, address) REFERENCES person_asked (tracked_id, address) ON DELETE CASCADE
);
CREATE INDEX person_status_history_person ON person_status_history (tracked_id, address);

-- match_key (owner + normalised "what") keeps an agreement's id and status across re-analyses.
CREATE TABLE agreement (
    id                 TEXT PRIMARY KEY,
    tracked_id         TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    match_key          TEXT NOT NULL,
    owner_address      TEXT NOT NULL,
    owner_name         TEXT,
    what               TEXT NOT NULL,
    due                TEXT,
    due_text           TEXT,
    quote              TEXT NOT NULL,
    source_message_id  TEXT,
    status             TEXT NOT NULL,
    status_changed_at  TEXT,
    done_on            TEXT,
    in_latest_analysis INTEGER NOT NULL,
    UNIQUE (tracked_id, match_key)
);

-- A call scheduled or made is recorded once: the same call reported twice is one row.
CREATE TABLE person_call (
    id          INTEGER PRIMARY KEY,
    tracked_id  TEXT NOT NULL,
    address     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    meeting_id  TEXT,
    recorded_at TEXT NOT NULL,
    UNIQUE (tracked_id, address, kind, at),
    FOREIGN KEY (tracked_id, address) REFERENCES person_asked (tracked_id, address) ON DELETE CASCADE
);

-- Evidence for an escalation: what was asked, when, how often, who answered, what was done.
CREATE TABLE activity (
    id           INTEGER PRIMARY KEY,
    tracked_id   TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    address      TEXT,
    agreement_id TEXT,
    detail       TEXT
);
CREATE INDEX activity_tracked ON activity (tracked_id, id);
CREATE INDEX agreement_tracked ON agreement (tracked_id);
