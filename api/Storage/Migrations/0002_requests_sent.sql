-- How many of the user's requests each person asked has had, as far as the analyses showed them: the escalation
-- summary says "asked three times". Portable SQL: the same on SQLite and PostgreSQL.
ALTER TABLE person_asked ADD COLUMN requests_sent INTEGER NOT NULL DEFAULT 0;

UPDATE person_asked
SET requests_sent = CASE WHEN unanswered_requests > 0 THEN unanswered_requests WHEN last_asked_at IS NOT NULL THEN 1 ELSE 0 END;
