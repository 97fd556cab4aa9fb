-- "Referred me on" after a call: whom they named, so the pane can say "referred you to X" and move the ask there.
-- Portable SQL: SQLite and PostgreSQL.
ALTER TABLE person_call ADD COLUMN referred_to_name TEXT;
ALTER TABLE person_call ADD COLUMN referred_to_address TEXT;
