-- Agreements the user corrected: who changed one and when (an edit survives the next analysis; the match key stays the
-- analysis's, so the same commitment read again finds the edited row), and removed ones kept hidden so the next analysis
-- does not bring them back. A call made has an outcome that moves the person on. Portable SQL: SQLite and PostgreSQL.
ALTER TABLE agreement ADD COLUMN edited_at TEXT;
ALTER TABLE agreement ADD COLUMN edited_by TEXT;
ALTER TABLE agreement ADD COLUMN removed_at TEXT;
ALTER TABLE person_call ADD COLUMN outcome TEXT;
