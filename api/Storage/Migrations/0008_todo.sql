-- Microsoft To Do tasks for the user's own agreements and "call X" steps (issue 11). Portable SQL: SQLite and PostgreSQL.
-- Ids and statuses only: the task's title lives in the user's To Do, not here.

-- The user's "CrossDept" task list.
CREATE TABLE todo_list (
    tenant_id TEXT NOT NULL,
    object_id TEXT NOT NULL,
    list_id   TEXT NOT NULL,
    PRIMARY KEY (tenant_id, object_id)
);

-- One task per agreement (subject = agreement id) or call step (subject = the person's address). The row is inserted
-- before the task is made (task_id null, status 'creating'): the insert is the claim, so two instances never make two.
CREATE TABLE todo_task (
    tracked_id TEXT NOT NULL REFERENCES tracked_conversation (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    task_id    TEXT,
    status     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tracked_id, kind, subject)
);
