-- The favour account's one fact tracking does not keep, and the Planner export (issue 12). Portable SQL: SQLite and PostgreSQL.
-- No message text: thanks are recorded as a fact (to whom, for what agreement, on which day), never the note's words.

-- A thank-you draft the user had the API write. One row per thing thanked for (thanks_key), however often the draft is opened.
CREATE TABLE favour_thanks (
    tenant_id   TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    thanks_key  TEXT NOT NULL,
    address     TEXT NOT NULL,
    tracked_id  TEXT,
    agreement_id TEXT,
    thanked_on  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id, thanks_key)
);

-- A tracked conversation exported to a Planner plan and bucket the user picked.
CREATE TABLE planner_export (
    tracked_id  TEXT PRIMARY KEY REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    plan_id     TEXT NOT NULL,
    plan_title  TEXT,
    bucket_id   TEXT NOT NULL,
    bucket_name TEXT,
    exported_at TEXT NOT NULL,
    synced_at   TEXT
);

-- One Planner task per agreement. The row is inserted before the task is made (task_id null, status 'creating'): the insert
-- is the claim, so exporting twice, or two instances at once, never make two tasks. status: creating, open, done, gone.
CREATE TABLE planner_task (
    tracked_id   TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    agreement_id TEXT NOT NULL,
    task_id      TEXT,
    status       TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (tracked_id, agreement_id)
);
