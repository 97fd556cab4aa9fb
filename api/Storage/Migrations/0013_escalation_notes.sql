-- The escalation summary about one person as the user rewrote it before sending: kept on the tracked conversation with who
-- and when, so it survives a reload and is what the escalation draft gives back. Gone with the conversation (Stop tracking,
-- DELETE /api/me/data). Portable SQL: SQLite and PostgreSQL.
CREATE TABLE escalation_note (
    tracked_id TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    text       TEXT NOT NULL,
    edited_by  TEXT NOT NULL,
    edited_at  TEXT NOT NULL,
    PRIMARY KEY (tracked_id, address)
);
